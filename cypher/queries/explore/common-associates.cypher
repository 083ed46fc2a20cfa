// People associated with at least $minShared of the persons $ids: directly (ASSOCIATE_OF,
// FAMILY_OF, CONFIRMED_LINK) or through one shared organisation, case, phone or address. Each
// person's candidate links (those the reader may see) are capped at 5000 so a shared supernode
// cannot stall the query.
// $ids, $minShared, $limit; need-to-know $clearance, $compartments.
// Returns associate node, linkedTo (ids of the given persons), links [{person, via, through}].
UNWIND $ids AS id
MATCH (p:Person:Entity {id: id})
WHERE coalesce(p.classification, 0) <= $clearance
  AND all(c IN coalesce(p.compartments, []) WHERE c IN $compartments)
CALL {
  WITH p
  MATCH (p)-[r:ASSOCIATE_OF|FAMILY_OF|CONFIRMED_LINK]-(a:Person:Entity)
  WHERE coalesce(r.classification, 0) <= $clearance
    AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
  RETURN a, type(r) AS via, null AS through
  UNION
  WITH p
  MATCH (p)-[r1:MEMBER_OF|INVOLVED_IN|USES_PHONE|LIVES_AT]-(x:Entity)-[r2:MEMBER_OF|INVOLVED_IN|USES_PHONE|LIVES_AT]-(a:Person:Entity)
  WHERE a <> p
    AND coalesce(r1.classification, 0) <= $clearance AND all(c IN coalesce(r1.compartments, []) WHERE c IN $compartments)
    AND coalesce(x.classification, 0) <= $clearance AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments)
    AND coalesce(r2.classification, 0) <= $clearance AND all(c IN coalesce(r2.compartments, []) WHERE c IN $compartments)
    // Before the cap: people the reader may not see must not take the places of those they may.
    AND NOT a.id IN $ids
    AND coalesce(a.classification, 0) <= $clearance AND all(c IN coalesce(a.compartments, []) WHERE c IN $compartments)
  WITH a, type(r1) AS via, x.id AS through LIMIT 5000
  RETURN a, via, through
}
WITH a, p, via, through
WHERE NOT a.id IN $ids
  AND coalesce(a.classification, 0) <= $clearance
  AND all(c IN coalesce(a.compartments, []) WHERE c IN $compartments)
WITH a, collect(DISTINCT p.id) AS linkedTo, collect(DISTINCT {person: p.id, via: via, through: through}) AS links
WHERE size(linkedTo) >= $minShared
RETURN a AS associate, linkedTo, links[..20] AS links
ORDER BY size(linkedTo) DESC, size(links) DESC, a.id
LIMIT $limit
