// SSC arrest reports (ssc/iph_detenciones.csv): Arrest at its address, FOR_CASE the FGJ carpeta
// it was handed to (when loaded) and INVOLVED_VEHICLE (merged before by vehicle.cypher).
// $rows: [{id, sourceId, grade, props, occurredAt, lat, lon, addressId, caseId, vehicleId}];
// $ingestedAt: datetime. props: caption, folio, motive, motiveKey, motiveType, sector,
// cuadranteNumber, alcaldia, colonia.
UNWIND $rows AS r
MERGE (x:Entity {id: r.id})
ON CREATE SET x.ingestedAt = $ingestedAt
SET x:Arrest, x += r.grade, x += r.props, x.sourceId = r.sourceId,
    x.occurredAt = datetime(r.occurredAt),
    x.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END
WITH x, r
CALL (x, r) {
  WITH * WHERE r.addressId IS NOT NULL
  MATCH (a:Entity {id: r.addressId})
  MERGE (x)-[l:OCCURRED_AT]->(a)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
CALL (x, r) {
  WITH * WHERE r.caseId IS NOT NULL
  MATCH (c:Entity {id: r.caseId})
  MERGE (x)-[l:FOR_CASE]->(c)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
CALL (x, r) {
  WITH * WHERE r.vehicleId IS NOT NULL
  MATCH (v:Entity {id: r.vehicleId})
  MERGE (x)-[l:INVOLVED_VEHICLE]->(v)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
