// The daily cap on restricted-link notices, second step (in the transaction of
// auth/notice-lock.cypher, which holds the user's node): one notice given now. $user.
MATCH (u:User {username: $user})
SET u.restrictedNoticesAt = coalesce(u.restrictedNoticesAt, []) + [datetime()]
