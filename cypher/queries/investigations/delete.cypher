// Deletes investigation $id if $username owns it, with its shares. $id, $username.
// Returns deleted (1 or 0).
OPTIONAL MATCH (i:Investigation {id: $id}) WHERE i.owner = $username
DETACH DELETE i
RETURN count(i) AS deleted
