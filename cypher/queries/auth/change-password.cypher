// A user changes their own password: the new hash, no longer a temporary one, and every session
// of the account ended, the one asking too (a copy of its cookie in other hands must not outlive
// the change; the caller opens a new one). Only while the password checked ($checkedHash) is the
// one stored and the session asking ($tokenHash) exists: a reset or a logout in between wins.
// Returns u, or nothing. $username, $passwordHash, $checkedHash, $tokenHash.
MATCH (u:User {username: $username})<-[:OF]-(:Session {tokenHash: $tokenHash})
WHERE u.active AND u.passwordHash = $checkedHash
SET u.passwordHash = $passwordHash,
    u.mustChangePassword = false,
    u.passwordChangedAt = datetime(),
    u.updatedAt = datetime()
WITH u
OPTIONAL MATCH (u)<-[:OF]-(s:Session)
DETACH DELETE s
WITH DISTINCT u
RETURN u
