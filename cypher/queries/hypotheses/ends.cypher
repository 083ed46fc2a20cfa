// The kinds of the two entities a proposal would link, if the proposer may see both: whether
// the hypothesis's type fits them (api/src/graphql/hypotheses/kinds.ts).
// $fromId, $toId, $labels (the entity types, api/src/graph/model.ts), $clearance,
// $compartments. Returns from, to (type labels), or nothing.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
WITH a, b, [a, b] AS guards
WHERE {{> fragments/guards-visible}}
RETURN [l IN labels(a) WHERE l IN $labels][0] AS from, [l IN labels(b) WHERE l IN $labels][0] AS to
