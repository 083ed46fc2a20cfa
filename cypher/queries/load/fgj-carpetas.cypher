// FGJ case files (fgj/carpetas.csv): one Case per carpeta, located at its address.
// $rows: [{id, sourceId, grade, props, occurredAt, reportedAt, lat, lon, addressId}];
// $ingestedAt: datetime. props: caption, folio, folioBare, folioAsWritten, crime, crimeKey, category, year,
// status, fiscalia, agency, unit, alcaldia, colonia, genderViolence.
UNWIND $rows AS r
OPTIONAL MATCH (a:Entity {id: r.addressId})
MERGE (c:Entity {id: r.id})
ON CREATE SET c.ingestedAt = $ingestedAt
SET c:Case, c += r.grade, c += r.props, c.sourceId = r.sourceId,
    c.occurredAt = datetime(r.occurredAt), c.reportedAt = datetime(r.reportedAt),
    c.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END |
  MERGE (c)-[l:OCCURRED_AT]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
