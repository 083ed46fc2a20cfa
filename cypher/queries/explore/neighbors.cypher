// Neighbours of one entity, at most $limit of them.
// $id: entity id; $limit: maximum neighbours. Returns the centre, the total number of its
// relationships, and up to $limit {rel, other, start} maps (start: id of the relationship's start).
MATCH (n:Entity {id: $id})
RETURN n AS centre,
       COUNT { (n)--() } AS total,
       COLLECT {
         MATCH (n)-[r]-(m:Entity)
         RETURN {rel: r, other: m, start: startNode(r).id}
         LIMIT $limit
       } AS items
