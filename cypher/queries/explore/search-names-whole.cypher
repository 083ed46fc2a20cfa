// The names typed whole, best connected first: asked by the search (service.ts) only when more
// entities bear the name typed than a page shows ("el chino": a hundred people share the alias,
// and relevance, equal for them all, left the gang's leader 87th). Candidates: Lucene's best
// $window entities with every typed word ($query: the folded words, exact, no prefix or typo)
// that the reader may see (need-to-know, ADR 0006) and that have a name (caption or alias) of
// as many words as were typed ($typedWords; a hyphen parts words; one more when the first is a
// lead word, $leads: "El Güero" for "güero"; the service checks the words themselves). They are ranked by their visible links counted up to $cap + 1 (a count the
// reader may see, as the badges'), then by id, never by the store's degree, which counts
// hidden links too. As the best-connected expansion (fragments/page-best-connected.cypher),
// links are counted in two rounds, candidates in the order of their store degree (at least
// their visible degree): the first round counts the first $rankTo and keeps the best $limit; a
// candidate it did not count can enter them, or tie with the last, only if its store degree
// reaches the last one's visible degree, and the second round counts exactly those. The result
// is what counting every candidate would give; store degrees never leave the query. Rows
// (`hit`) as search-names.cypher's hits: the node's names, clues and provenance, its labels,
// its ties.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $window})
YIELD node
WHERE coalesce(node.classification, 0) <= $clearance
  AND all(c IN coalesce(node.compartments, []) WHERE c IN $compartments)
  AND any(name IN [coalesce(node.caption, '')] + coalesce(node.aliases, [])
          WHERE any(ws IN [[w IN split(replace(name, '-', ' '), ' ') WHERE w <> '']]
                    WHERE size(ws) = $typedWords
                       OR size(ws) = $typedWords + 1 AND toLower(ws[0]) IN $leads))
WITH node, COUNT { (node)--() } AS bound
ORDER BY bound DESC, node.id
WITH collect({node: node, bound: bound}) AS candidates
CALL (candidates) {
  UNWIND candidates[0..$rankTo] AS row
  WITH row, row.node AS counted
  WITH row, {{> explore/fragments/visible-degree}} AS degree
  ORDER BY degree DESC, row.node.id
  LIMIT $limit
  RETURN collect({node: row.node, degree: degree}) AS firstRound
}
WITH candidates, firstRound, coalesce(firstRound[$limit - 1].degree, 0) AS last
CALL (candidates, last) {
  UNWIND candidates[$rankTo..] AS row
  WITH row, row.node AS counted
  WHERE row.bound >= last
  WITH row, {{> explore/fragments/visible-degree}} AS degree
  ORDER BY degree DESC, row.node.id
  LIMIT $limit
  RETURN collect({node: row.node, degree: degree}) AS secondRound
}
UNWIND firstRound + secondRound AS ranked
WITH ranked.node AS node, ranked.degree AS degree
ORDER BY degree DESC, node.id
LIMIT $limit
RETURN {node: node {.id, .caption, .searchText, .aliases, .birthDate, .curp, .source, .sourceId,
                    .ingestedAt, .reliability, .credibility, .sources,
                    .classification, .compartments},
        labels: labels(node),
        ties: CASE WHEN node:Phone OR node:Vehicle OR node:BankAccount
                   THEN {{> explore/fragments/holders}}
                   WHEN node:Person THEN {{> explore/fragments/member-of}} ELSE [] END} AS hit
