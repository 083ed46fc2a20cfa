// Whether a route may tell of a restricted link, under the daily cap (ADR 0006): asked by every
// route while a cap holds, $wanted saying whether it has one to tell. The user's node is locked
// first (the SET), so routes at the same moment, on any API instance, are answered one after
// the other; then the notices of the last 24 hours (by the database's clock) are read, and one
// is taken if wanted and any are left. $user, $wanted, $perDay.
// Returns spent (none left before this route), granted.
MATCH (u:User {username: $user})
SET u._lock = true
WITH u, [t IN coalesce(u.restrictedNoticesAt, []) WHERE t >= datetime() - duration('P1D')] AS recent
WITH u, recent, size(recent) >= $perDay AS spent
WITH u, recent, spent, $wanted AND NOT spent AS granted
SET u.restrictedNoticesAt = CASE WHEN granted THEN recent + [datetime()] ELSE recent END
REMOVE u._lock
RETURN spent, granted
