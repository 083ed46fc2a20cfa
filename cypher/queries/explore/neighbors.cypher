// Neighbours of one entity that the viewer may see, at most $limit of them.
// $id: entity id; $limit; need-to-know: $clearance, $compartments. Returns the centre, the
// number of visible relationships (counted up to $cap + 1, as explore/degrees.cypher), and up to
// $limit {rel, other, start} maps (start: id of the relationship's start node).
MATCH (n:Entity {id: $id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
RETURN n AS centre,
       COUNT {
         MATCH (n)-[r]-(m:Entity)
         WHERE coalesce(r.classification, 0) <= $clearance
           AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
           AND coalesce(m.classification, 0) <= $clearance
           AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
         RETURN 1 LIMIT $cap + 1
       } AS total,
       COLLECT {
         MATCH (n)-[r]-(m:Entity)
         WHERE coalesce(r.classification, 0) <= $clearance
           AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
           AND coalesce(m.classification, 0) <= $clearance
           AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
         RETURN {rel: r, other: m, start: startNode(r).id}
         LIMIT $limit
       } AS items
