// One spur search of Yen's k shortest routes (explore/paths.ts): from the spur entity of the
// last route found, the shortest path to $to through entities and links the viewer may see,
// that avoids the route's earlier entities ($avoid) and does not leave the spur towards an
// entity that found routes with the same start already take ($banned). {{REL}}, {{MAX_HOPS}}
// as in shortest-paths.cypher; $hops (≤ MAX_HOPS) bounds this spur; need-to-know $clearance,
// $compartments. Returns nodes, rels (no row when there is no such path within $hops).
// The links from the spur to a banned entity are named by element id: a condition on one
// variable stays inside the search, while one on y and x together is checked only on whole
// paths (it took 86 s instead of 0.1 s on the demo graph).
MATCH (a:Entity {id: $spur}), (b:Entity {id: $to})
WITH a, b, COLLECT {
  UNWIND $banned AS id
  MATCH (a)-[link]-(:Entity {id: id})
  RETURN elementId(link)
} AS bannedLinks
MATCH p = SHORTEST 1 (a)
  ((:Entity)-[{{REL}}]-(x:Entity)
    WHERE coalesce(r.classification, 0) <= $clearance
      AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
      AND coalesce(x.classification, 0) <= $clearance
      AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments)
      AND NOT x.id IN $avoid
      AND NOT elementId(r) IN bannedLinks){1,{{MAX_HOPS}}}
  (b)
WHERE length(p) <= $hops
RETURN nodes(p) AS nodes, relationships(p) AS rels
