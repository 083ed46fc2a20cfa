// The live session with this token hash and its user, active or not (a disabled account's
// session is refused by the caller, and its requests audited under its name). $tokenHash.
// Returns s, u.
MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
WHERE s.expiresAt > datetime()
RETURN s, u
