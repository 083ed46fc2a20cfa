// Of an investigation's stored references, those to keep: an entity or link that no longer
// exists (said "deleted since" when opened), or one at least one of $people may see (for a
// link, the link and both its ends, found as investigations/links.cypher finds it).
// $ids; $links: [{id, type, source, target, hypothesisId?}]; $people: [{clearance,
// compartments}]. Returns entityIds, linkIds.
CALL {
  UNWIND $ids AS id
  OPTIONAL MATCH (n:Entity {id: id})
  WITH id, n
  WHERE n IS NULL
     OR any(p IN $people WHERE coalesce(n.classification, 0) <= p.clearance
                           AND all(c IN coalesce(n.compartments, []) WHERE c IN p.compartments))
  RETURN collect(id) AS entityIds
}
CALL {
  UNWIND $links AS link
  WITH link, COLLECT {
    MATCH (a:Entity {id: link.source})-[rel]->(b:Entity {id: link.target})
    WHERE {{> investigations/fragments/saved-link}}
    RETURN [x IN [a, rel, b] | {level: coalesce(x.classification, 0),
                                compartments: coalesce(x.compartments, [])}]
  } AS found
  WHERE size(found) = 0
     OR any(parts IN found WHERE any(p IN $people WHERE
          all(x IN parts WHERE x.level <= p.clearance
                            AND all(c IN x.compartments WHERE c IN p.compartments))))
  RETURN collect(link.id) AS linkIds
}
RETURN entityIds, linkIds
