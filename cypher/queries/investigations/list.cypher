// The investigations $username owns or that are shared with them, last changed first.
// $username. Returns inv (metadata map), access (OWNER, EDIT or READ), shares (list of
// {username, displayName, access}).
MATCH (me:User {username: $username})
CALL {
  WITH me
  MATCH (i:Investigation {owner: me.username})
  RETURN i, 'OWNER' AS access
  UNION
  WITH me
  MATCH (me)-[s:CAN_READ|CAN_EDIT]->(i:Investigation)
  RETURN i, CASE type(s) WHEN 'CAN_EDIT' THEN 'EDIT' ELSE 'READ' END AS access
}
WITH i, CASE WHEN 'OWNER' IN collect(access) THEN 'OWNER'
             WHEN 'EDIT' IN collect(access) THEN 'EDIT' ELSE 'READ' END AS access
OPTIONAL MATCH (owner:User {username: i.owner})
OPTIONAL MATCH (editor:User {username: i.updatedBy})
OPTIONAL MATCH (u:User)-[s:CAN_READ|CAN_EDIT]->(i)
WITH i, access, owner, editor,
     collect(CASE WHEN u IS NULL THEN null ELSE {username: u.username, displayName: u.displayName,
             access: CASE type(s) WHEN 'CAN_EDIT' THEN 'EDIT' ELSE 'READ' END} END) AS shares
RETURN i {.id, .name, .owner, .version, .createdAt, .updatedAt, .updatedBy,
          ownerName: coalesce(owner.displayName, i.owner),
          updatedByName: coalesce(editor.displayName, i.updatedBy)} AS inv,
       access, shares
ORDER BY i.updatedAt DESC, i.id
