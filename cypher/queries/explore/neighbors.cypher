// Neighbours of one entity that the viewer may see, at most $limit of them.
// $id: entity id; $limit; need-to-know: $clearance, $compartments. Returns the centre, the
// number of visible relationships (counted up to $cap + 1, as explore/degrees.cypher), and up to
// $limit {rel, other, start} maps (start: id of the relationship's start node).
MATCH (counted:Entity {id: $id})
WHERE coalesce(counted.classification, 0) <= $clearance
  AND all(c IN coalesce(counted.compartments, []) WHERE c IN $compartments)
RETURN counted AS centre,
       {{> explore/fragments/visible-degree}} AS total,
       COLLECT {
         MATCH (counted)-[r]-(m:Entity)
         WHERE coalesce(r.classification, 0) <= $clearance
           AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
           AND coalesce(m.classification, 0) <= $clearance
           AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
         RETURN {rel: r, other: m, start: startNode(r).id}
         LIMIT $limit
       } AS items
