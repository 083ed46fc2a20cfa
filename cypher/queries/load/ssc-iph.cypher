// SSC arrest reports (ssc/iph_detenciones.csv): Arrest at its address, FOR_CASE the FGJ carpeta
// it was handed to (when loaded) and INVOLVED_VEHICLE (merged just before by vehicle.cypher).
// $rows: [{id, sourceId, grade, props, occurredAt, lat, lon, addressId, caseId, vehicleId}];
// $ingestedAt: datetime. props: caption, folio, folioBare, motive, motiveKey, motiveType, sector,
// cuadranteNumber, alcaldia, colonia.
UNWIND $rows AS r
OPTIONAL MATCH (a:Entity {id: r.addressId})
OPTIONAL MATCH (c:Entity {id: r.caseId})
OPTIONAL MATCH (v:Entity {id: r.vehicleId})
MERGE (x:Entity {id: r.id})
ON CREATE SET x.ingestedAt = $ingestedAt
SET x:Arrest, x += r.grade, x += r.props, x.sourceId = r.sourceId,
    x.occurredAt = datetime(r.occurredAt),
    x.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END
FOREACH (y IN CASE WHEN a IS NULL THEN [] ELSE [a] END |
  MERGE (x)-[l:OCCURRED_AT]->(y)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
FOREACH (y IN CASE WHEN c IS NULL THEN [] ELSE [c] END |
  MERGE (x)-[l:FOR_CASE]->(y)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
FOREACH (y IN CASE WHEN v IS NULL THEN [] ELSE [v] END |
  MERGE (x)-[l:INVOLVED_VEHICLE]->(y)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
