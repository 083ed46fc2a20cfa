// Every user, by username. Returns u.
MATCH (u:User)
RETURN u
ORDER BY u.username
