// The names of investigations $ids for $username: an investigation's name is read by those who
// may open it (its owner, those it is shared with) and, when $oversees (a supervisor), by anyone:
// a supervisor deciding a hypothesis made in it reads its name, as the audit trail's purpose
// column shows it to her. Returns id, name (null where not to be read).
UNWIND $ids AS id
MATCH (i:Investigation {id: id})
RETURN i.id AS id,
       CASE WHEN $oversees OR i.owner = $username
                 OR EXISTS { (:User {username: $username})-[:CAN_READ|CAN_EDIT]->(i) }
            THEN i.name END AS name
