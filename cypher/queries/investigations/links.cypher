// The saved links that still exist as saved (same element id, type and ends) and that the
// viewer may see, ends included. A deleted relationship's element id can be reused by Neo4j,
// hence the type and end checks. $links: [{id, type, source, target}]; need-to-know
// $clearance, $compartments. Returns rel, source, target (entity ids).
UNWIND $links AS link
MATCH (a:Entity {id: link.source})-[rel]->(b:Entity {id: link.target})
WHERE elementId(rel) = link.id AND type(rel) = link.type
  AND coalesce(rel.classification, 0) <= $clearance
  AND all(c IN coalesce(rel.compartments, []) WHERE c IN $compartments)
  AND coalesce(a.classification, 0) <= $clearance
  AND all(c IN coalesce(a.compartments, []) WHERE c IN $compartments)
  AND coalesce(b.classification, 0) <= $clearance
  AND all(c IN coalesce(b.compartments, []) WHERE c IN $compartments)
RETURN rel, a.id AS source, b.id AS target
