// A user changes their own password: the new hash, no longer a temporary one, and every other
// session of the account ended (one opened with the old password must not outlive it); the
// session making the change stays. Returns u, or nothing (no such active user).
// $username, $passwordHash, $keepTokenHash.
MATCH (u:User {username: $username})
WHERE u.active
SET u.passwordHash = $passwordHash,
    u.mustChangePassword = false,
    u.passwordChangedAt = datetime(),
    u.updatedAt = datetime()
WITH u
OPTIONAL MATCH (u)<-[:OF]-(s:Session) WHERE s.tokenHash <> $keepTokenHash
DETACH DELETE s
WITH DISTINCT u
RETURN u
