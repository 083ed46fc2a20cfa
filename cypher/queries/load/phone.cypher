// Phones: shared nodes keyed by the 10-digit number ("phone:5512345678"); `sources` lists each
// source record that mentioned the number (a call-record warrant counts once, not per call).
// $rows: [{id, sourceId, ref, grade, number}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (rec:Entity {id: r.ref})
WITH r, {{> load/fragments/record-grade}} AS g
MERGE (p:Entity {id: r.id})
ON CREATE SET p:Phone, p += r.grade, p.classification = g.classification, p.compartments = g.compartments, p.sourceId = r.sourceId, p.ingestedAt = $ingestedAt,
    p.sources = [r.ref], p.number = r.number, p.caption = r.number
// Loader lanes may write this node concurrently: when the row changes it, take the node's write
// lock (SET _lock) before reading it again, so no concurrent update is lost.
FOREACH (_ IN CASE WHEN NOT r.ref IN p.sources OR g.classification < p.classification
      OR (g.classification = p.classification AND size(g.compartments) < size(p.compartments))
    THEN [1] ELSE [] END |
  SET p._lock = true
  SET p.sources = CASE WHEN r.ref IN p.sources THEN p.sources ELSE p.sources + r.ref END
  FOREACH (_ IN CASE WHEN g.classification < p.classification
      OR (g.classification = p.classification AND size(g.compartments) < size(p.compartments))
      THEN [1] ELSE [] END | SET p += r.grade, p.classification = g.classification, p.compartments = g.compartments, p.sourceId = r.sourceId)
  REMOVE p._lock)
