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
// The hypothesis and both its ends, as list.cypher shows them: an end protected since the
// proposal (not yet carried by the hypothesis) hides it, and an end the viewer may not see
// finds nothing here, so the proposal is refused as NOT_FOUND, never as a duplicate.
WITH d, a, b, [d, a, b] AS guards
WHERE {{> fragments/guards-visible}}
RETURN d.id AS id, d.status AS status
ORDER BY d.createdAt
LIMIT 1
