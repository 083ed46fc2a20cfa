// Saves a new version of investigation $id for $username, only if they own it or may edit it
// and nobody has saved since the $version they opened (optimistic concurrency).
// $id, $username, $version, $name (null keeps the name), $canvas, $entityIds, $links.
// Returns outcome (OK, NOT_FOUND, FORBIDDEN or CONFLICT), the metadata map inv after the save
// (or as it stands, for a conflict), access and shares. No row when $id does not exist.
MATCH (i:Investigation {id: $id})
// Take the node's write lock before reading `version`: a concurrent save waits here and then
// reads the version the first one wrote, so it reports a conflict instead of overwriting.
SET i._lock = true
WITH i
OPTIONAL MATCH (:User {username: $username})-[mine:CAN_READ|CAN_EDIT]->(i)
WITH i, collect(type(mine)) AS mine
WITH i, CASE WHEN i.owner = $username THEN 'OWNER'
             WHEN 'CAN_EDIT' IN mine THEN 'EDIT'
             WHEN 'CAN_READ' IN mine THEN 'READ' END AS access
WITH i, access, CASE WHEN access IS NULL THEN 'NOT_FOUND'
                     WHEN access = 'READ' THEN 'FORBIDDEN'
                     WHEN i.version <> $version THEN 'CONFLICT'
                     ELSE 'OK' END AS outcome
FOREACH (_ IN CASE WHEN outcome = 'OK' THEN [1] ELSE [] END |
  SET i.canvas = $canvas, i.entityIds = $entityIds, i.links = $links,
      i.name = coalesce($name, i.name), i.version = i.version + 1,
      i.updatedAt = datetime(), i.updatedBy = $username)
REMOVE i._lock
WITH i, access, outcome
OPTIONAL MATCH (owner:User {username: i.owner})
OPTIONAL MATCH (editor:User {username: i.updatedBy})
OPTIONAL MATCH (u:User)-[s:CAN_READ|CAN_EDIT]->(i)
WITH i, access, outcome, owner, editor,
     collect(CASE WHEN u IS NULL THEN null ELSE {username: u.username, displayName: u.displayName,
             access: CASE type(s) WHEN 'CAN_EDIT' THEN 'EDIT' ELSE 'READ' END} END) AS shares
RETURN outcome,
       i {.id, .name, .owner, .version, .createdAt, .updatedAt, .updatedBy,
          ownerName: coalesce(owner.displayName, i.owner),
          updatedByName: coalesce(editor.displayName, i.updatedBy)} AS inv,
       access, shares
