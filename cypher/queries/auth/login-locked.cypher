// Whether logins to $username are refused for now: $maxFailures failed attempts, the last one
// less than $minutes ago. Returns locked (boolean).
OPTIONAL MATCH (t:LoginThrottle {username: $username})
RETURN t IS NOT NULL AND t.failures >= $maxFailures
       AND t.lastFailureAt > datetime() - duration({minutes: $minutes}) AS locked
