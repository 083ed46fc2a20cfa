// Companies: one node per source record (RPC sociedad or UIF persona moral), registered at an
// address loaded just before by address.cypher.
// $rows: [{id, sourceId, grade, props, incorporatedOn, addressId}]; $ingestedAt: datetime.
// props: caption, name, searchText, rfc, legalForm, folio, purpose, capital, activity.
UNWIND $rows AS r
MERGE (c:Entity {id: r.id})
ON CREATE SET c.ingestedAt = $ingestedAt
SET c:Company, c += r.grade, c += r.props, c.sourceId = r.sourceId,
    c.incorporatedOn = date(r.incorporatedOn)
WITH c, r
CALL (c, r) {
  WITH * WHERE r.addressId IS NOT NULL
  MATCH (a:Entity {id: r.addressId})
  MERGE (c)-[l:REGISTERED_AT]->(a)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
