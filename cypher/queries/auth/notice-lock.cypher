// The daily cap on restricted-link notices (ADR 0006), first step: locks the user's node (the
// SET, undone at once: the lock holds until the transaction ends, and a route that gives no
// notice leaves nothing to write), so that routes at the same moment, on any API instance, are
// answered one after the other, and counts the notices of the last 24 hours (by the database's
// clock). Run at the start of the route's searches; the transaction is held until they end.
// $user. Returns given (nothing for an unknown user).
MATCH (u:User {username: $user})
SET u._lock = true
REMOVE u._lock
RETURN size([t IN coalesce(u.restrictedNoticesAt, []) WHERE t >= datetime() - duration('P1D')]) AS given
