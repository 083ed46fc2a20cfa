// C5 emergency incidents (c5/incidentes.csv): Incident located at its address and, when the
// caller's number is known, REPORTED_BY that phone (graded separately: the caller's number is
// not public; for gender-violence calls it is GV-confidential).
// $rows: [{id, sourceId, grade, props, occurredAt, closedAt, lat, lon, addressId, phoneId,
//          callerGrade}]; $ingestedAt: datetime. props: caption, folio, folioBare, type, typeKey,
// alarmClass, closureCode, entry, alcaldia, colonia.
UNWIND $rows AS r
OPTIONAL MATCH (a:Entity {id: r.addressId})
OPTIONAL MATCH (t:Entity {id: r.phoneId})
MERGE (i:Entity {id: r.id})
ON CREATE SET i.ingestedAt = $ingestedAt
SET i:Incident, i += r.grade, i += r.props, i.sourceId = r.sourceId,
    i.occurredAt = datetime(r.occurredAt), i.closedAt = datetime(r.closedAt),
    i.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END |
  MERGE (i)-[l:OCCURRED_AT]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
FOREACH (x IN CASE WHEN t IS NULL THEN [] ELSE [t] END |
  MERGE (i)-[l:REPORTED_BY]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.callerGrade, l.sourceId = r.sourceId)
