// Prison visits (pen/visitas.csv): VISITED {occurredAt, kinship} from the visitor's person
// record (loaded just before) to the inmate's Custody. Returns lines whose custody is missing.
// $rows: [{line, sourceId, grade, visitorId, custodyId, occurredAt, kinship}];
// $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (v:Entity {id: r.visitorId})
OPTIONAL MATCH (k:Entity {id: r.custodyId})
FOREACH (_ IN CASE WHEN v IS NULL OR k IS NULL THEN [] ELSE [1] END |
  MERGE (v)-[l:VISITED {sourceId: r.sourceId}]->(k)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.occurredAt = datetime(r.occurredAt), l.kinship = r.kinship)
WITH r, v, k WHERE v IS NULL OR k IS NULL
RETURN collect(r.line) AS missing
