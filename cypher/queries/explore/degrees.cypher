// How many links each of the entities $ids has to things the viewer may see, counted up to
// 100001 (a batched loader: one query for a whole page of entities).
// $ids; need-to-know $clearance, $compartments. Returns id, degree.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COUNT {
  MATCH (n)-[r]-(m:Entity)
  WHERE coalesce(r.classification, 0) <= $clearance
    AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
    AND coalesce(m.classification, 0) <= $clearance
    AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
  RETURN 1 LIMIT 100001
} AS degree
