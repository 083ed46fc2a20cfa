// Companies: one node per source record (RPC sociedad or UIF persona moral), REGISTERED_AT the
// address merged just before by address.cypher.
// $rows: [{id, sourceId, grade, props, incorporatedOn, addressId}]; $ingestedAt: datetime.
// props: caption, name, searchText, rfc, legalForm, folio, purpose, capital, activity.
UNWIND $rows AS r
OPTIONAL MATCH (a:Entity {id: r.addressId})
MERGE (c:Entity {id: r.id})
ON CREATE SET c.ingestedAt = $ingestedAt
SET c:Company, c += r.grade, c += r.props, c.sourceId = r.sourceId,
    c.incorporatedOn = date(r.incorporatedOn)
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END |
  MERGE (c)-[l:REGISTERED_AT]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
