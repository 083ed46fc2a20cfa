// Addresses: shared nodes keyed by borough + colonia + normalised street and number, merged
// from every feed that carries one; `sources` lists each source record that mentioned it.
// The most permissive single source record governs the node's classification (ADR 0003).
// New addresses are placed in their colonia, quadrant and borough (point-in-polygon).
// $rows: [{id, sourceId, ref, grade, caption, searchText, street, colonia, alcaldia, lat, lon,
//          coloniaId, cuadranteId, alcaldiaId}]; $ingestedAt: datetime.
UNWIND $rows AS r
MERGE (a:Entity {id: r.id})
ON CREATE SET a:Address, a += r.grade, a.sourceId = r.sourceId, a.ingestedAt = $ingestedAt,
    a.sources = [r.ref], a.caption = r.caption, a.searchText = r.searchText, a.street = r.street,
    a.colonia = r.colonia, a.alcaldia = r.alcaldia,
    a.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END
ON MATCH SET a.sources = CASE WHEN r.ref IN a.sources THEN a.sources ELSE a.sources + r.ref END
FOREACH (_ IN CASE WHEN r.grade.classification < a.classification
    OR (r.grade.classification = a.classification AND size(r.grade.compartments) < size(a.compartments))
    THEN [1] ELSE [] END | SET a += r.grade, a.sourceId = r.sourceId)
WITH a, r
CALL (a, r) {
  WITH * WHERE r.coloniaId IS NOT NULL
  MATCH (c:Entity {id: r.coloniaId})
  MERGE (a)-[l:IN_COLONIA]->(c)
  ON CREATE SET l += r.grade, l.sourceId = r.sourceId, l.ingestedAt = $ingestedAt
}
CALL (a, r) {
  WITH * WHERE r.cuadranteId IS NOT NULL
  MATCH (q:Entity {id: r.cuadranteId})
  MERGE (a)-[l:IN_CUADRANTE]->(q)
  ON CREATE SET l += r.grade, l.sourceId = r.sourceId, l.ingestedAt = $ingestedAt
}
CALL (a, r) {
  WITH * WHERE r.alcaldiaId IS NOT NULL
  MATCH (m:Entity {id: r.alcaldiaId})
  MERGE (a)-[l:IN_ALCALDIA]->(m)
  ON CREATE SET l += r.grade, l.sourceId = r.sourceId, l.ingestedAt = $ingestedAt
}
