// A successful login to $username from $address clears that address's count, and takes its own
// attempt (counted before its password was checked: login-attempt.cypher) back out of the name's
// count from any address, which counts failures: a shift's logins from many tabs and tools locked
// an account that had never failed. That count is not cleared: a success must not reset the
// count of someone guessing from elsewhere; it ends LOCK_MINUTES after its last failure, which
// is put back as it was before this attempt (or her logins would keep a guesser's count alive).
OPTIONAL MATCH (here:LoginThrottle {key: $username + '\n' + $address})
DELETE here
WITH count(*) AS cleared
MATCH (anywhere:LoginThrottle {key: $username + '\n*'})
SET anywhere.failures = CASE WHEN anywhere.failures > 0 THEN anywhere.failures - 1 ELSE 0 END,
    anywhere.lastFailureAt = coalesce(anywhere.priorFailureAt, anywhere.lastFailureAt)
