// Appends chained audit records and moves the head. $records: [{seq, at (datetime), user, action,
// target, entities, details (JSON string), ip, purpose, outcome, automatic (only when true),
// prevHash, hash}]; $seq, $hash:
// the new head. Must run in the transaction that locked the head.
UNWIND $records AS r
CREATE (a:AuditRecord)
SET a = r
WITH count(*) AS appended
MATCH (h:AuditHead {key: 'audit'})
SET h.seq = $seq, h.hash = $hash
RETURN appended
