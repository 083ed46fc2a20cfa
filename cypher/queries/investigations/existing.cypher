// How many of the saved entities $ids and links $links still exist, seen or not by the reader:
// only for telling a reader how many were deleted since (never how many are hidden from them),
// and, kept on the server, which saved entities exist (`present`: a group's member that exists
// but is not readable is hidden, one that does not is deleted; api/.../canvas.ts).
// A link is found as investigations/links.cypher finds it (a confirmed one approved again, by
// its hypothesis). $ids; $links: [{id, type, source, target, hypothesisId?}]. Returns entities,
// present, links.
CALL {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN count(n) AS entities, collect(n.id) AS present
}
CALL {
  UNWIND $links AS link
  MATCH (a:Entity {id: link.source}), (b:Entity {id: link.target})
  WHERE EXISTS {
    MATCH (a)-[rel]->(b)
    WHERE {{> investigations/fragments/saved-link}}
  }
  RETURN count(*) AS links
}
RETURN entities, present, links
