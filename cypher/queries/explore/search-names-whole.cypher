// The names typed whole, best connected first: asked by the search (service.ts) only when more
// entities bear the name typed than a page shows ("el chino": a hundred people share the alias,
// and relevance, equal for them all, left the gang's leader 87th); or, with $people, the people
// with every word typed in their names ("ricardo": dozens of Ricardos, relevance telling them
// apart only by the length of their names). Candidates: Lucene's best $window entities with
// every typed word ($query: the folded words, exact, no prefix or typo) that the reader may see
// and that are named with as many words as typed, or are people when $people
// (fragments/named-as-typed.cypher). They are ranked by their visible links counted up to
// $cap + 1 (a count the reader may see, as the badges'), then by id, never by the store's
// degree, which counts hidden links too. As the best-connected expansion
// (fragments/page-best-connected.cypher), links are counted in two rounds, candidates in the
// order of their store degree (at least their visible degree): the first round counts the first
// $rankTo the reader may see and named as typed, and keeps the best $limit; a candidate it did
// not count can enter them, or tie with the last, only if its store degree reaches the last one's
// visible degree, and the second round counts exactly those. The result is what counting every
// candidate would give; store degrees never leave the query. A candidate's properties are read
// only as far as a round reaches (the store degree needs none): reading every candidate's first
// made the query ~30% slower at bench scale (session 43). Rows (`hit`) as search-names.cypher's
// hits: the node's names, clues and provenance, its labels, its ties.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $window})
YIELD node
WITH node, COUNT { (node)--() } AS bound
ORDER BY bound DESC
WITH collect({node: node, bound: bound}) AS candidates
CALL (candidates) {
  UNWIND range(0, size(candidates) - 1) AS i
  WITH i, candidates[i].node AS node
  WHERE {{> explore/fragments/named-as-typed}}
  WITH i, node AS counted
  LIMIT $rankTo
  WITH i, counted, {{> explore/fragments/visible-degree}} AS degree
  WITH collect({i: i, node: counted, degree: degree}) AS all
  RETURN [x IN all | x.i] AS countedAt,
         COLLECT {
           UNWIND all AS x
           WITH x ORDER BY x.degree DESC, x.node.id
           LIMIT $limit
           RETURN {node: x.node, degree: x.degree}
         } AS firstRound
}
WITH candidates, countedAt, firstRound, coalesce(firstRound[$limit - 1].degree, 0) AS last
CALL (candidates, countedAt, last) {
  UNWIND range(0, size(candidates) - 1) AS i
  WITH i, candidates[i] AS row
  WHERE row.bound >= last AND NOT i IN countedAt
  WITH row, row.node AS node
  WHERE {{> explore/fragments/named-as-typed}}
  WITH row, row.node AS counted
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
