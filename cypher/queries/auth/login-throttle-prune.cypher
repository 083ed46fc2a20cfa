// Drops failed-login counts nobody has added to for $minutes (at most 1000 at a time).
MATCH (t:LoginThrottle) WHERE t.lastFailureAt < datetime() - duration({minutes: $minutes})
WITH t LIMIT 1000
DELETE t
