// Ends a session. $tokenHash.
MATCH (s:Session {tokenHash: $tokenHash})
DETACH DELETE s
