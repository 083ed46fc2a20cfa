// Prison visits (pen/visitas.csv): VISITED {occurredAt, kinship} from the visitor's person
// record (loaded just before) to the inmate's Custody. Returns lines whose custody is missing.
// $rows: [{line, sourceId, grade, visitorId, custodyId, occurredAt, kinship}];
// $ingestedAt: datetime.
UNWIND $rows AS r
MATCH (v:Entity {id: r.visitorId})
OPTIONAL MATCH (k:Entity {id: r.custodyId})
CALL (v, k, r) {
  WITH * WHERE k IS NOT NULL
  MERGE (v)-[l:VISITED {sourceId: r.sourceId}]->(k)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.occurredAt = datetime(r.occurredAt), l.kinship = r.kinship
}
WITH r, k WHERE k IS NULL
RETURN collect(r.line) AS missing
