// How many of the saved entities $ids and links $links still exist, seen or not by the reader:
// only for telling a reader how many were deleted since (never how many are hidden from them).
// $ids; $links: [{id, type, source, target}]. Returns entities, links.
CALL {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN count(n) AS entities
}
CALL {
  UNWIND $links AS link
  MATCH (:Entity {id: link.source})-[rel]->(:Entity {id: link.target})
  WHERE elementId(rel) = link.id AND type(rel) = link.type
  RETURN count(rel) AS links
}
RETURN entities, links
