// One entity by id, if the viewer may see it. $id; need-to-know: $clearance, $compartments.
// Returns node and degree (number of relationships to entities the viewer may see, up to 100001).
MATCH (node:Entity {id: $id})
WHERE coalesce(node.classification, 0) <= $clearance
  AND all(c IN coalesce(node.compartments, []) WHERE c IN $compartments)
RETURN node, COUNT {
  MATCH (node)-[r]-(m:Entity)
  WHERE coalesce(r.classification, 0) <= $clearance
    AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
    AND coalesce(m.classification, 0) <= $clearance
    AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
  RETURN 1 LIMIT 100001
} AS degree
