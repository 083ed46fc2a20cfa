// Investigations not yet checked for references none of their editors may see
// (api/src/graphql/investigations/forget-unseen.ts), $first at a time: each with its stored
// references and the clearances of its owner and of those who may edit it.
// Returns id, version, entityIds, links (JSON), people: [{clearance, compartments}].
MATCH (i:Investigation)
WHERE i.seenChecked IS NULL
WITH i LIMIT $first
OPTIONAL MATCH (owner:User {username: i.owner})
RETURN i.id AS id, i.version AS version, i.entityIds AS entityIds, i.links AS links,
       [u IN [owner] + COLLECT { MATCH (e:User)-[:CAN_EDIT]->(i) RETURN e } WHERE u IS NOT NULL
        | {clearance: coalesce(u.clearance, 0), compartments: coalesce(u.compartments, [])}] AS people
