// Phones: shared nodes keyed by the 10-digit number ("phone:5512345678"); `sources` lists each
// source record that mentioned the number (a call-record warrant counts once, not per call).
// $rows: [{id, sourceId, ref, grade, number}]; $ingestedAt: datetime.
UNWIND $rows AS r
MERGE (p:Entity {id: r.id})
ON CREATE SET p:Phone, p += r.grade, p.sourceId = r.sourceId, p.ingestedAt = $ingestedAt,
    p.sources = [r.ref], p.number = r.number, p.caption = r.number
// Loader lanes commit in parallel: take the node's write lock before reading its lists.
REMOVE p._lock
FOREACH (_ IN CASE WHEN r.ref IN p.sources THEN [] ELSE [1] END | SET p.sources = p.sources + r.ref)
FOREACH (_ IN CASE WHEN r.grade.classification < p.classification
    OR (r.grade.classification = p.classification AND size(r.grade.compartments) < size(p.compartments))
    THEN [1] ELSE [] END | SET p += r.grade, p.sourceId = r.sourceId)
