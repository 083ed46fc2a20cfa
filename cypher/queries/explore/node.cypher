// One entity by id, if the viewer may see it. $id; need-to-know: $clearance, $compartments.
// Returns node.
MATCH (node:Entity {id: $id})
WHERE coalesce(node.classification, 0) <= $clearance
  AND all(c IN coalesce(node.compartments, []) WHERE c IN $compartments)
RETURN node
