// Length of the shortest path between $from and $to over every entity and link, visible or not,
// following {{REL}} links within {{MAX_HOPS}} hops. Used only to tell a viewer that a restricted
// link exists; nothing of the path itself leaves the server. Both ends must be visible to the
// viewer (need-to-know $clearance, $compartments): otherwise the answer would say that two
// hidden entities exist and are linked. Returns hops, or no row.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE coalesce(a.classification, 0) <= $clearance
  AND all(c IN coalesce(a.compartments, []) WHERE c IN $compartments)
  AND coalesce(b.classification, 0) <= $clearance
  AND all(c IN coalesce(b.compartments, []) WHERE c IN $compartments)
MATCH p = SHORTEST 1 (a)((:Entity)-[{{REL}}]-(:Entity)){1,{{MAX_HOPS}}}(b)
RETURN length(p) AS hops
