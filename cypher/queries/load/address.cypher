// Addresses: shared nodes keyed by borough + colonia + normalised street and number, merged
// from every feed that carries one; `sources` lists each source record that mentioned it.
// The most permissive single source record governs the node's classification (ADR 0003).
// Each address is placed in its colonia, quadrant and borough (found by point-in-polygon) where
// its first located record put it: a later record with other coordinates for the same address
// (the same street and number in the same colonia, written apart) does not place it a second
// time (QA: addresses in two quadrants).
// Reads come first and conditional writes use FOREACH, so the plan needs no Eager per step.
// $rows: [{id, sourceId, ref, grade, caption, searchText, street, colonia, alcaldia, lat, lon,
//          coloniaId, cuadranteId, alcaldiaId}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (c:Entity {id: r.coloniaId})
OPTIONAL MATCH (q:Entity {id: r.cuadranteId})
OPTIONAL MATCH (m:Entity {id: r.alcaldiaId})
OPTIONAL MATCH (rec:Entity {id: r.ref})
WITH r, c, q, m, {{> load/fragments/record-grade}} AS g,
     CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END AS here
MERGE (a:Entity {id: r.id})
ON CREATE SET a:Address, a += r.grade, a.classification = g.classification, a.compartments = g.compartments, a.sourceId = r.sourceId, a.ingestedAt = $ingestedAt,
    a.sources = [r.ref], a.caption = r.caption, a.searchText = r.searchText, a.street = r.street,
    a.colonia = r.colonia, a.alcaldia = r.alcaldia,
    a.location = here
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
FOREACH (x IN CASE WHEN c IS NULL OR a.location <> here THEN [] ELSE [c] END |
  MERGE (a)-[l:IN_COLONIA]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt)
FOREACH (x IN CASE WHEN q IS NULL OR a.location <> here THEN [] ELSE [q] END |
  MERGE (a)-[l:IN_CUADRANTE]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt)
FOREACH (x IN CASE WHEN m IS NULL OR a.location <> here THEN [] ELSE [m] END |
  MERGE (a)-[l:IN_ALCALDIA]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt)
// Where an address lies is a fact about the address, not about the record that first named it:
// its links to its colonia, quadrant and borough carry the address's own grade and record, and
// follow it when a more permissive record lowers it (QA: a minor's record that named an address
// first kept its colonia from an analyst who may see the address, and named that record). The
// address's lock first, so that its grade is read as a lane changing it meanwhile left it.
FOREACH (l IN [(a)-[l:IN_COLONIA|IN_CUADRANTE|IN_ALCALDIA]->()
               WHERE NOT coalesce({{> load/fragments/graded-as-address}}, false) | l] |
  SET a._lock = true
  SET l.source = a.source, l.sourceId = a.sourceId, l.reliability = a.reliability,
      l.credibility = a.credibility, l.classification = a.classification,
      l.compartments = a.compartments
  REMOVE a._lock)
