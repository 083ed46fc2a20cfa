// Full-text search over entity names and aliases (accent- and case-insensitive index).
// $query: Lucene query built by api/src/graphql/explore/search-query.ts from folded tokens only.
// $limit: maximum hits. Returns node, score, best first.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
RETURN node, score
ORDER BY score DESC
