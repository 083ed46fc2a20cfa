// The saved links that still exist as saved (same element id, type and ends) and that the
// viewer may see, ends included. A deleted relationship's element id can be reused by Neo4j,
// hence the type and end checks. A link confirmed by a hypothesis that was reopened and approved
// again is a new relationship: found by its hypothesis (`hypothesisId`) between the same ends.
// $links: [{id, type, source, target, hypothesisId?}]; need-to-know $clearance, $compartments.
// Returns rel, source, target (entity ids) and savedId (the saved reference's id).
UNWIND $links AS link
// One for each saved link: the one of its element id first.
CALL (link) {
  MATCH (a:Entity {id: link.source})-[rel]->(b:Entity {id: link.target})
  WHERE {{> investigations/fragments/saved-link}}
    AND coalesce(rel.classification, 0) <= $clearance
    AND all(c IN coalesce(rel.compartments, []) WHERE c IN $compartments)
    AND coalesce(a.classification, 0) <= $clearance
    AND all(c IN coalesce(a.compartments, []) WHERE c IN $compartments)
    AND coalesce(b.classification, 0) <= $clearance
    AND all(c IN coalesce(b.compartments, []) WHERE c IN $compartments)
  RETURN rel, a.id AS source, b.id AS target
  ORDER BY elementId(rel) = link.id DESC
  LIMIT 1
}
RETURN rel, source, target, link.id AS savedId
