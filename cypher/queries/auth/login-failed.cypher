// Counts a failed login to $username (a failure more than $minutes after the last one starts
// the count again) and drops counts nobody has added to for $minutes. Returns failures.
MERGE (t:LoginThrottle {username: $username})
SET t.failures = CASE WHEN t.lastFailureAt > datetime() - duration({minutes: $minutes})
                      THEN t.failures + 1 ELSE 1 END,
    t.lastFailureAt = datetime()
WITH t
CALL (t) {
  MATCH (old:LoginThrottle) WHERE old.lastFailureAt < datetime() - duration({minutes: $minutes})
  WITH old LIMIT 1000
  DELETE old
}
RETURN t.failures AS failures
