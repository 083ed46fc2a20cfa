// The audit head. Returns seq, hash.
MATCH (h:AuditHead {key: 'audit'})
RETURN h.seq AS seq, h.hash AS hash
