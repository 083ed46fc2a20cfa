// Prison admissions (pen/ingresos.csv): Custody CUSTODY_OF the inmate's person record (loaded
// just before by person.cypher) and FOR_CASE the FGJ carpeta when known.
// $rows: [{id, sourceId, grade, props, personId, caseId, admittedOn, releasedOn, occurredAt}];
// $ingestedAt: datetime. props: caption, facility, releaseReason, legalStatus, crime, causa.
UNWIND $rows AS r
OPTIONAL MATCH (p:Entity {id: r.personId})
OPTIONAL MATCH (c:Entity {id: r.caseId})
MERGE (k:Entity {id: r.id})
ON CREATE SET k.ingestedAt = $ingestedAt
SET k:Custody, k += r.grade, k += r.props, k.sourceId = r.sourceId,
    k.admittedOn = date(r.admittedOn), k.releasedOn = date(r.releasedOn),
    k.occurredAt = datetime(r.occurredAt)
FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END |
  MERGE (k)-[l:CUSTODY_OF]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END |
  MERGE (k)-[l:FOR_CASE]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
