// Locks the audit head for this transaction (the SET takes a write lock) and returns the last
// sequence number and hash. No parameters. Returns seq, hash.
MATCH (h:AuditHead {key: 'audit'})
SET h.lockedAt = datetime()
RETURN h.seq AS seq, h.hash AS hash
