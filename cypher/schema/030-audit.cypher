// The audit trail: append-only (:AuditRecord) nodes chained by hash, and one (:AuditHead) that
// holds the last sequence number and hash. Appending locks the head, so appends are serialised
// across API instances and the chain has no gaps or forks.
CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.seq IS UNIQUE;
CREATE CONSTRAINT audit_head IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.key IS UNIQUE;
CREATE RANGE INDEX audit_user IF NOT EXISTS FOR (a:AuditRecord) ON (a.user);
CREATE RANGE INDEX audit_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at);
// Counted the daily restricted-link notices until they were kept on the user's node
// (auth/reserve-notice.cypher): no longer written to on every record.
DROP INDEX audit_user_outcome_at IF EXISTS;
MERGE (h:AuditHead {key: 'audit'}) ON CREATE SET h.seq = 0, h.hash = 'genesis';
