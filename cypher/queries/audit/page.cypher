// Audit records in sequence order, from $afterSeq on, at most $limit. For verification.
// Returns a (the record's properties).
MATCH (a:AuditRecord)
WHERE a.seq > $afterSeq
RETURN properties(a) AS a
ORDER BY a.seq
LIMIT $limit
