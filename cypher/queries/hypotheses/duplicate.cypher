// A hypothesis of $type between the entities $fromId and $toId (either way round when $either:
// the undirected types), other than $except, whose status is one of $statuses, that the viewer
// may see: proposing it again, or approving a second, would draw the same link twice. Hidden
// ones are not looked for: refusing because of one would tell that it exists.
// $fromId, $toId, $type, $either, $except (or null), $statuses, $clearance, $compartments.
// Returns id, status.
MATCH (a:Entity {id: $fromId})<-[:FROM_ENTITY|TO_ENTITY]-(d:Hypothesis {type: $type})-[:FROM_ENTITY|TO_ENTITY]->(b:Entity {id: $toId})
WHERE d.status IN $statuses
  AND ($except IS NULL OR d.id <> $except)
  AND ($either OR EXISTS { (d)-[:FROM_ENTITY]->(a) })
  AND coalesce(d.classification, 0) <= $clearance
  AND all(c IN coalesce(d.compartments, []) WHERE c IN $compartments)
RETURN d.id AS id, d.status AS status
ORDER BY d.createdAt
LIMIT 1
