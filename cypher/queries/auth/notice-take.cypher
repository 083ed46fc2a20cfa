// The daily cap on restricted-link notices, second step (in the transaction of
// auth/notice-lock.cypher, which holds the user's node): one notice given now, the times older
// than 24 hours dropped. $user.
MATCH (u:User {username: $user})
SET u.restrictedNoticesAt =
  [t IN coalesce(u.restrictedNoticesAt, []) WHERE t >= datetime() - duration('P1D')] + [datetime()]
