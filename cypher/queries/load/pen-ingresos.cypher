// Prison admissions (pen/ingresos.csv): Custody CUSTODY_OF the inmate's person record (loaded
// just before by person.cypher) and FOR_CASE the FGJ carpeta when known.
// $rows: [{id, sourceId, grade, props, personId, caseId, admittedOn, releasedOn, occurredAt}];
// $ingestedAt: datetime. props: caption, facility, releaseReason, legalStatus, crime, causa.
UNWIND $rows AS r
MERGE (k:Entity {id: r.id})
ON CREATE SET k.ingestedAt = $ingestedAt
SET k:Custody, k += r.grade, k += r.props, k.sourceId = r.sourceId,
    k.admittedOn = date(r.admittedOn), k.releasedOn = date(r.releasedOn),
    k.occurredAt = datetime(r.occurredAt)
WITH k, r
MATCH (p:Entity {id: r.personId})
MERGE (k)-[l:CUSTODY_OF]->(p)
ON CREATE SET l.ingestedAt = $ingestedAt
SET l += r.grade, l.sourceId = r.sourceId
WITH k, r
CALL (k, r) {
  WITH * WHERE r.caseId IS NOT NULL
  MATCH (c:Entity {id: r.caseId})
  MERGE (k)-[l:FOR_CASE]->(c)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
