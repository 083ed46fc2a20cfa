// Shares investigation $id, owned by $username, with $target: replaces any earlier share of
// theirs with one CAN_READ or CAN_EDIT link.
// $id, $username, $target, $canEdit. Returns id; no row unless $username owns $id and $target
// exists.
MATCH (i:Investigation {id: $id}) WHERE i.owner = $username
MATCH (u:User {username: $target})
OPTIONAL MATCH (u)-[old:CAN_READ|CAN_EDIT]->(i)
DELETE old
WITH DISTINCT i, u
FOREACH (_ IN CASE WHEN $canEdit THEN [1] ELSE [] END | MERGE (u)-[:CAN_EDIT]->(i))
FOREACH (_ IN CASE WHEN $canEdit THEN [] ELSE [1] END | MERGE (u)-[:CAN_READ]->(i))
RETURN i.id AS id
