// Person records: one node per agency record ("FGJ:persona:1000001"), never merged across
// agencies here (entity resolution is a separate, reversible step). Links the record to the
// address and phone it gives (loaded just before by address.cypher and phone.cypher).
// $rows: [{id, sourceId, grade, props, birthDate, addressId, phoneId}]; $ingestedAt: datetime.
// props: caption, searchText, givenNames, paternalSurname, maternalSurname, aliases, sex, curp,
//        rfc, recordKind, occupation (null values remove the property).
UNWIND $rows AS r
MERGE (p:Entity {id: r.id})
ON CREATE SET p.ingestedAt = $ingestedAt
SET p:Person, p += r.grade, p += r.props, p.sourceId = r.sourceId, p.birthDate = date(r.birthDate)
WITH p, r
CALL (p, r) {
  WITH * WHERE r.addressId IS NOT NULL
  MATCH (a:Entity {id: r.addressId})
  MERGE (p)-[l:LIVES_AT]->(a)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
CALL (p, r) {
  WITH * WHERE r.phoneId IS NOT NULL
  MATCH (t:Entity {id: r.phoneId})
  MERGE (p)-[l:USES_PHONE]->(t)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
