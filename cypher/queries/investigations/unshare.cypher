// Removes $target's access to investigation $id, owned by $username. $id, $username, $target.
// Returns id; no row unless $username owns $id.
MATCH (i:Investigation {id: $id}) WHERE i.owner = $username
OPTIONAL MATCH (:User {username: $target})-[s:CAN_READ|CAN_EDIT]->(i)
DELETE s
RETURN DISTINCT i.id AS id
