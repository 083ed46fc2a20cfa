// After fgj-intervinientes.cypher: a protected person record (MIN or GV) protects its residence
// and phone links too, so they cannot reveal a victim or a minor to an uncleared reader. A shared
// address or phone graded by that record (its most permissive one when loaded) is graded again
// by the most permissive link still naming it (ADR 0003): a victim's phone that no other record
// mentions is then hidden like the victim.
// $rows: the same rows as fgj-intervinientes.cypher.
UNWIND $rows AS r
MATCH (p:Entity {id: r.personId})
WHERE size(p.compartments) > 0
MATCH (p)-[h:LIVES_AT|USES_PHONE]->(x)
// The write lock before reading again: parallel loader lanes may touch this link.
FOREACH (_ IN CASE WHEN h.classification < p.classification
      OR any(c IN p.compartments WHERE NOT c IN h.compartments) THEN [1] ELSE [] END |
  SET h._lock = true
  SET h.classification = CASE WHEN h.classification < p.classification THEN p.classification ELSE h.classification END,
      h.compartments = h.compartments + [c IN p.compartments WHERE NOT c IN h.compartments]
  REMOVE h._lock)
// Lock x before reading which record governs it: a lane protecting another record naming x
// then waits, and reads this lane's result (and this lane's raised link) when it goes on.
WITH DISTINCT p, x
SET x._lock = true
WITH x, x.source = p.source AND x.sourceId = p.sourceId AS governed
OPTIONAL CALL (x, governed) {
  WITH x WHERE governed
  // Links placing an address in its colonia, quadrant and borough name no record.
  MATCH (x)-[l]-()
  WHERE NOT type(l) IN ['IN_COLONIA', 'IN_CUADRANTE', 'IN_ALCALDIA']
  RETURN l ORDER BY l.classification, size(l.compartments), l.source, l.sourceId LIMIT 1
}
FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END |
  SET x.classification = l.classification, x.compartments = l.compartments, x.source = l.source,
      x.sourceId = l.sourceId, x.reliability = l.reliability, x.credibility = l.credibility)
// An address's place in its colonia, quadrant and borough follows its grade (address.cypher).
WITH x
CALL (x) {
  MATCH (x)-[l:IN_COLONIA|IN_CUADRANTE|IN_ALCALDIA]->()
  WITH x AS a, l
  WHERE NOT coalesce({{> load/fragments/graded-as-address}}, false)
  SET l.source = a.source, l.sourceId = a.sourceId, l.reliability = a.reliability,
      l.credibility = a.credibility, l.classification = a.classification,
      l.compartments = a.compartments
}
REMOVE x._lock
