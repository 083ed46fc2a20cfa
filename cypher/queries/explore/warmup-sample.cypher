// Two open people, for the start-up warm-up (api/src/warmup.ts): it asks the queries of a
// user's first minute about real entities, so they are planned and run as users' will be.
// No parameters. Returns id.
MATCH (p:Person)
WHERE coalesce(p.classification, 0) = 0 AND size(coalesce(p.compartments, [])) = 0
RETURN p.id AS id
LIMIT 2
