// How many restricted-link notices (audit outcome RESTRICTED_LINK) a user was given since a
// time: the daily cap on them (ADR 0006, session 31), asked only when a route would give one.
// A seek on the index audit_user_outcome_at. $user; $since (datetime). Returns given.
MATCH (a:AuditRecord)
WHERE a.user = $user AND a.at >= $since AND a.outcome = 'RESTRICTED_LINK'
RETURN count(a) AS given
