// Length of the shortest path between $from and $to over every entity and link, visible or not,
// following {{REL}} links within {{MAX_HOPS}} hops. Used only to tell a viewer that a restricted
// link exists; nothing of the path itself leaves the server. Returns hops, or no row.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)((:Entity)-[{{REL}}]-(:Entity)){1,{{MAX_HOPS}}}(b)
RETURN length(p) AS hops
