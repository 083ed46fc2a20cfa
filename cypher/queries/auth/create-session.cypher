// Opens a session for an active user and drops that user's expired sessions.
// $username, $tokenHash, $csrfToken, $ttlSeconds. Returns the session's expiry, or nothing.
MATCH (u:User {username: $username, active: true})
OPTIONAL MATCH (u)<-[:OF]-(old:Session) WHERE old.expiresAt < datetime()
DETACH DELETE old
WITH DISTINCT u
CREATE (s:Session {tokenHash: $tokenHash, csrfToken: $csrfToken, createdAt: datetime(),
                   expiresAt: datetime() + duration({seconds: $ttlSeconds})})-[:OF]->(u)
RETURN s.expiresAt AS expiresAt
