// The shortest path between $from and $to through entities and links the viewer may see, at
// most {{MAX_HOPS}} hops, following {{REL}} links (placeholders are a checked integer and
// allow-listed types); the k shortest are Yen's rounds from it (spur-paths.cypher, ADR 0013).
// $from, $to: entity ids; $avoid: ids of entities the path may not pass through (the user's
// "avoid", e.g. a phone that thousands call; never $from or $to); need-to-know $clearance,
// $compartments.
// Returns one row (or none): nodes and rels, in path order.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE coalesce(a.classification, 0) <= $clearance
  AND all(c IN coalesce(a.compartments, []) WHERE c IN $compartments)
  AND coalesce(b.classification, 0) <= $clearance
  AND all(c IN coalesce(b.compartments, []) WHERE c IN $compartments)
MATCH p = SHORTEST 1 (a)
  ((:Entity)-[{{REL}}]-(x:Entity)
    WHERE coalesce(r.classification, 0) <= $clearance
      AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
      AND coalesce(x.classification, 0) <= $clearance
      AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments)
      AND NOT x.id IN $avoid){1,{{MAX_HOPS}}}
  (b)
RETURN nodes(p) AS nodes, relationships(p) AS rels
