// Creates an investigation owned by $username. $id, $name, $username, $canvas (JSON view
// state), $entityIds (list of entity ids), $links (JSON list of link references).
// Returns inv (metadata map), access, shares (always empty for a new one).
MATCH (owner:User {username: $username})
CREATE (i:Investigation {
  id: $id, name: $name, owner: $username, canvas: $canvas, entityIds: $entityIds, links: $links,
  version: 1, createdAt: datetime(), updatedAt: datetime(), updatedBy: $username
})
RETURN i {.id, .name, .owner, .version, .createdAt, .updatedAt, .updatedBy,
          ownerName: owner.displayName, updatedByName: owner.displayName} AS inv,
       'OWNER' AS access, [] AS shares
