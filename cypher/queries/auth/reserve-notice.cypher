// Reserves one of a user's restricted-link notices, or refuses when $perDay were given since
// $since (ADR 0006). The user's node is locked first (the SET), so requests at the same moment,
// on any API instance, reserve one at a time and a burst cannot pass the cap; the times kept
// are those since $since. $user, $since (datetime), $perDay. Returns granted.
MATCH (u:User {username: $user})
SET u._lock = true
WITH u, [t IN coalesce(u.restrictedNoticesAt, []) WHERE t >= $since] AS recent
WITH u, recent, size(recent) < $perDay AS granted
SET u.restrictedNoticesAt = CASE WHEN granted THEN recent + [datetime()] ELSE recent END
REMOVE u._lock
RETURN granted
