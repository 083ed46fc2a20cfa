// Addresses: shared nodes keyed by borough + colonia + normalised street and number, merged
// from every feed that carries one; `sources` lists each source record that mentioned it.
// The most permissive single source record governs the node's classification (ADR 0003).
// Each address is placed in its colonia, quadrant and borough (found by point-in-polygon).
// Reads come first and conditional writes use FOREACH, so the plan needs no Eager per step.
// $rows: [{id, sourceId, ref, grade, caption, searchText, street, colonia, alcaldia, lat, lon,
//          coloniaId, cuadranteId, alcaldiaId}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (c:Entity {id: r.coloniaId})
OPTIONAL MATCH (q:Entity {id: r.cuadranteId})
OPTIONAL MATCH (m:Entity {id: r.alcaldiaId})
OPTIONAL MATCH (rec:Entity {id: r.ref})
WITH r, c, q, m, {{> load/fragments/record-grade}} AS g
MERGE (a:Entity {id: r.id})
ON CREATE SET a:Address, a += r.grade, a.classification = g.classification, a.compartments = g.compartments, a.sourceId = r.sourceId, a.ingestedAt = $ingestedAt,
    a.sources = [r.ref], a.caption = r.caption, a.searchText = r.searchText, a.street = r.street,
    a.colonia = r.colonia, a.alcaldia = r.alcaldia,
    a.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END
// Loader lanes may write this node concurrently: when the row changes it, take the node's write
// lock (SET _lock) before reading it again, so no concurrent update is lost.
FOREACH (_ IN CASE WHEN NOT r.ref IN a.sources OR g.classification < a.classification
      OR (g.classification = a.classification AND size(g.compartments) < size(a.compartments))
    THEN [1] ELSE [] END |
  SET a._lock = true
  SET a.sources = CASE WHEN r.ref IN a.sources THEN a.sources ELSE a.sources + r.ref END
  FOREACH (_ IN CASE WHEN g.classification < a.classification
      OR (g.classification = a.classification AND size(g.compartments) < size(a.compartments))
      THEN [1] ELSE [] END | SET a += r.grade, a.classification = g.classification, a.compartments = g.compartments, a.sourceId = r.sourceId)
  REMOVE a._lock)
// MERGE from the address side is cheap: an address has only a handful of relationships.
FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END |
  MERGE (a)-[l:IN_COLONIA]->(x)
  ON CREATE SET l += r.grade, l.sourceId = r.sourceId, l.ingestedAt = $ingestedAt)
FOREACH (x IN CASE WHEN q IS NULL THEN [] ELSE [q] END |
  MERGE (a)-[l:IN_CUADRANTE]->(x)
  ON CREATE SET l += r.grade, l.sourceId = r.sourceId, l.ingestedAt = $ingestedAt)
FOREACH (x IN CASE WHEN m IS NULL THEN [] ELSE [m] END |
  MERGE (a)-[l:IN_ALCALDIA]->(x)
  ON CREATE SET l += r.grade, l.sourceId = r.sourceId, l.ingestedAt = $ingestedAt)
