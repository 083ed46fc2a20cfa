// Changes to the hypotheses between two entities, one at a time: the entity with the lower id
// is locked (a property set and removed: the lock holds until the transaction ends), so two
// requests proposing or approving the same link cannot both pass duplicate.cypher's check.
// $fromId, $toId.
MATCH (x:Entity)
WHERE x.id IN [$fromId, $toId]
WITH x ORDER BY x.id LIMIT 1
SET x._hypothesisLock = true
REMOVE x._hypothesisLock
