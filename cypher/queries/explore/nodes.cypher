// Entities by id, those the viewer may see (the details of search hits, read when asked).
// $ids; need-to-know: $clearance, $compartments. Returns node.
UNWIND $ids AS id
MATCH (node:Entity {id: id})
WHERE coalesce(node.classification, 0) <= $clearance
  AND all(c IN coalesce(node.compartments, []) WHERE c IN $compartments)
RETURN node
