// Counts a login attempt to $username before its password is checked (a success clears the
// count: login-succeeded.cypher), so parallel attempts cannot all slip under the limit.
// The count restarts when the last attempt is more than $minutes old. Returns locked: already
// $maxFailures attempts within $minutes (this one is then refused and not counted).
MERGE (t:LoginThrottle {username: $username})
ON CREATE SET t.failures = 0
// The node's write lock before reading it: concurrent attempts count one after another.
SET t._lock = true
WITH t, coalesce(t.lastFailureAt > datetime() - duration({minutes: $minutes}), false) AS recent
WITH t, recent, recent AND t.failures >= $maxFailures AS locked
SET t.failures = CASE WHEN locked THEN t.failures WHEN recent THEN t.failures + 1 ELSE 1 END,
    t.lastFailureAt = CASE WHEN locked THEN t.lastFailureAt ELSE datetime() END
REMOVE t._lock
RETURN locked
