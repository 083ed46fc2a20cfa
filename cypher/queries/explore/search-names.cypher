// Full-text search over entity names and aliases (accent- and case-insensitive index).
// $query: Lucene query built by api/src/graphql/explore/search-query.ts from folded tokens only.
// $limit: maximum hits. Need-to-know: $clearance (int), $compartments (list); hidden entities
// are dropped before the limit so they neither show nor count. Returns node, score, best first.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit * 4})
YIELD node, score
WHERE coalesce(node.classification, 0) <= $clearance
  AND all(c IN coalesce(node.compartments, []) WHERE c IN $compartments)
RETURN node, score
ORDER BY score DESC
LIMIT $limit
