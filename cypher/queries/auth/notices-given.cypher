// How many restricted-link notices a user was given since $since: read on every route while a
// daily cap holds (ADR 0006); auth/reserve-notice.cypher keeps the times. $user, $since
// (datetime). Returns given.
MATCH (u:User {username: $user})
RETURN size([t IN coalesce(u.restrictedNoticesAt, []) WHERE t >= $since]) AS given
