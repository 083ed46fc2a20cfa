// Locks a hypothesis for a state change in this transaction and returns it with its ends.
// $id, $clearance, $compartments. Returns h, a, b (nothing if missing or hidden).
MATCH (a:Entity)<-[:FROM_ENTITY]-(h:Hypothesis {id: $id})-[:TO_ENTITY]->(b:Entity)
WHERE coalesce(h.classification, 0) <= $clearance
  AND all(c IN coalesce(h.compartments, []) WHERE c IN $compartments)
SET h.version = h.version + 1
RETURN h, a, b
