// Counts a login attempt to $username from $address before its password is checked (a success
// clears that address's count: login-succeeded.cypher), so parallel attempts cannot all slip
// under the limit. Two counts: this name from this address, and this name from any address. A
// count restarts when its last attempt is more than $minutes old. Returns locked: already
// $maxFailures attempts from this address, or $maxNameFailures from all, within $minutes (this
// one is then refused and not counted). Per address, so that no one can lock a colleague out
// from their own machine by typing wrong passwords for her name; per name too, so that guessing
// from many addresses still stops.
UNWIND [[$username + '\n' + $address, $maxFailures], [$username + '\n*', $maxNameFailures]] AS k
MERGE (t:LoginThrottle {key: k[0]})
ON CREATE SET t.username = $username, t.failures = 0
// The node's write lock before reading it: concurrent attempts count one after another.
SET t._lock = true
WITH t, k[1] AS max,
     coalesce(t.lastFailureAt > datetime() - duration({minutes: $minutes}), false) AS recent
WITH collect({t: t, recent: recent, over: recent AND t.failures >= max}) AS counts
WITH counts, any(c IN counts WHERE c.over) AS locked
UNWIND counts AS c
WITH c.t AS t, c.recent AS recent, locked
// The last failure before this attempt, for a success to put back (login-succeeded.cypher).
SET t.priorFailureAt = CASE WHEN locked THEN t.priorFailureAt ELSE t.lastFailureAt END
SET t.failures = CASE WHEN locked THEN t.failures WHEN recent THEN t.failures + 1 ELSE 1 END,
    t.lastFailureAt = CASE WHEN locked THEN t.lastFailureAt ELSE datetime() END
REMOVE t._lock
WITH DISTINCT locked
RETURN locked
