// Hypotheses the viewer may see, newest first: the supervisors' queue and the canvas overlay.
// $status (or null), $proposer (or null), $type (or null), $createdBefore (datetime or null),
// $decidedAfter (datetime or null: approved or rejected since, and still so),
// $investigationId (or null), $entityIds (list or null: touching any of these), $skip, $limit,
// $clearance, $compartments. Returns h, fromId, toId; one more row than $limit if more follow.
// Need-to-know: the hypothesis's own protection (taken when proposed) and its ends' as they are
// now, should an end have been protected since.
MATCH (a:Entity)<-[:FROM_ENTITY]-(h:Hypothesis)-[:TO_ENTITY]->(b:Entity)
WHERE ($status IS NULL OR h.status = $status)
  AND ($proposer IS NULL OR h.proposer = $proposer)
  AND ($type IS NULL OR h.type = $type)
  AND ($createdBefore IS NULL OR h.createdAt < $createdBefore)
  AND ($decidedAfter IS NULL OR (h.status IN ['APPROVED', 'REJECTED'] AND h.updatedAt > $decidedAfter))
  AND ($investigationId IS NULL OR h.investigationId = $investigationId)
  AND ($entityIds IS NULL OR a.id IN $entityIds OR b.id IN $entityIds)
WITH h, a, b, [h, a, b] AS guards
WHERE {{> fragments/guards-visible}}
RETURN h, a.id AS fromId, b.id AS toId
ORDER BY h.createdAt DESC, h.id
SKIP $skip
LIMIT $limit + 1
