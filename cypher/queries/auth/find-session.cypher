// The live session with this token hash and its active user. $tokenHash. Returns s, u.
MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User {active: true})
WHERE s.expiresAt > datetime()
RETURN s, u
