// One user by username. $username. Returns u (with passwordHash: never send it to clients).
MATCH (u:User {username: $username})
RETURN u
