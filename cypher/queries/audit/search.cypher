// Audit records, newest first, filtered: $user (or null), $entity (an entity id the action
// touched, or null), $from/$to (datetimes or null), $beforeSeq (paging; null for the newest),
// $limit. Returns a (properties).
MATCH (a:AuditRecord)
WHERE ($user IS NULL OR a.user = $user)
  AND ($entity IS NULL OR $entity IN a.entities)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
  AND ($beforeSeq IS NULL OR a.seq < $beforeSeq)
RETURN properties(a) AS a
ORDER BY a.seq DESC
LIMIT $limit
