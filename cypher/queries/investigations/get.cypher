// One investigation, if $username owns it or it is shared with them; no row otherwise.
// $id, $username; $withContent: also return the saved canvas and references.
// Returns inv (metadata map), access (OWNER, EDIT or READ), shares, canvas, entityIds, links
// (the last three null unless $withContent).
MATCH (i:Investigation {id: $id})
OPTIONAL MATCH (:User {username: $username})-[mine:CAN_READ|CAN_EDIT]->(i)
WITH i, collect(type(mine)) AS mine
WITH i, CASE WHEN i.owner = $username THEN 'OWNER'
             WHEN 'CAN_EDIT' IN mine THEN 'EDIT'
             WHEN 'CAN_READ' IN mine THEN 'READ' END AS access
WHERE access IS NOT NULL
OPTIONAL MATCH (owner:User {username: i.owner})
OPTIONAL MATCH (editor:User {username: i.updatedBy})
OPTIONAL MATCH (u:User)-[s:CAN_READ|CAN_EDIT]->(i)
WITH i, access, owner, editor,
     collect(CASE WHEN u IS NULL THEN null ELSE {username: u.username, displayName: u.displayName,
             access: CASE type(s) WHEN 'CAN_EDIT' THEN 'EDIT' ELSE 'READ' END} END) AS shares
RETURN i {.id, .name, .owner, .version, .createdAt, .updatedAt, .updatedBy,
          ownerName: coalesce(owner.displayName, i.owner),
          updatedByName: coalesce(editor.displayName, i.updatedBy)} AS inv,
       access, shares,
       CASE WHEN $withContent THEN i.canvas END AS canvas,
       CASE WHEN $withContent THEN i.entityIds END AS entityIds,
       CASE WHEN $withContent THEN i.links END AS links
