// After fgj-intervinientes.cypher: a protected person record (MIN or GV) protects its residence
// and phone links too, so they cannot reveal a victim or a minor to an uncleared reader.
// $rows: the same rows as fgj-intervinientes.cypher.
UNWIND $rows AS r
MATCH (p:Entity {id: r.personId})
WHERE size(p.compartments) > 0
MATCH (p)-[h:LIVES_AT|USES_PHONE]->()
WHERE h.classification < p.classification OR any(x IN p.compartments WHERE NOT x IN h.compartments)
// The write lock before reading again: parallel loader lanes may touch this link.
SET h._lock = true
SET h.classification = CASE WHEN h.classification < p.classification THEN p.classification ELSE h.classification END,
    h.compartments = h.compartments + [x IN p.compartments WHERE NOT x IN h.compartments]
REMOVE h._lock
