// Full-text search over entity names and aliases (accent- and case-insensitive index).
// $query: Lucene query built by api/src/graphql/explore/search-query.ts from folded tokens only.
// $limit: maximum hits; $window: how many of Lucene's best to read; $typedWords: how many words
// were typed. Need-to-know: $clearance (int), $compartments (list); hidden entities are dropped
// before the limit so they neither show nor count. One row: `read`, how many candidates Lucene
// gave (fewer than $window: there are no more), and `hits`, best first, what a list of hits
// shows and ranks by (node: a map of its names, a person's clues (entity.ts CLUE_KEYS) and
// provenance; labels; ties, whose a phone, vehicle or account is (fragments/holders.cypher) or
// what a person is a member of (fragments/member-of.cypher)). A word held by many hidden
// records can leave fewer than $limit visible among the window: the service asks again with a
// wider one. The rest of an entity is read only when asked for (explore/nodes.cypher). Whole
// nodes made a search ~25% slower at bench scale (docs/benchmarks.md).
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $window})
YIELD node, score
WITH collect({node: node, score: score}) AS found
RETURN size(found) AS read, COLLECT {
  UNWIND found AS hit
  WITH hit.node AS node, hit.score AS score
  WHERE coalesce(node.classification, 0) <= $clearance
    AND all(c IN coalesce(node.compartments, []) WHERE c IN $compartments)
  // Places (boroughs, colonias, quadrants) and organisations count half: their names are
  // short, so Lucene ranks "San Juan" or "Célula Juan Escutia" over every Juan, while people
  // and what they did are what is looked for. Not one named in no more words than were typed
  // ($typedWords): "Iztapalapa" typed is the borough, not the hundreds of addresses in it that
  // would otherwise fill the page.
  // A lead word ($leads) is not counted: "centro 2" names Cuadrante CENTRO 2, "tlacuaches"
  // Los Tlacuaches.
  WITH node, score, split(trim(coalesce(node.searchText, '')), ' ') AS named
  WITH node, score * CASE WHEN (node:Alcaldia OR node:Colonia OR node:Cuadrante OR node:Organization)
                           AND size(named) - CASE WHEN toLower(named[0]) IN $leads THEN 1 ELSE 0 END
                               > $typedWords
                          THEN 0.5 ELSE 1.0 END AS score
  // Ties (a common alias: a hundred people called "el Chino") in the order of their ids, not in
  // whatever order the index returned them. Among the window's candidates only: with more hits
  // of one score than that, which of them come still depends on the index.
  ORDER BY score DESC, node.id
  LIMIT $limit
  RETURN {node: node {.id, .caption, .searchText, .aliases, .birthDate, .curp, .source, .sourceId,
                      .ingestedAt, .reliability, .credibility, .sources,
                      .classification, .compartments},
          labels: labels(node),
          ties: CASE WHEN node:Phone OR node:Vehicle OR node:BankAccount
                     THEN {{> explore/fragments/holders}}
                     WHEN node:Person THEN {{> explore/fragments/member-of}} ELSE [] END}
} AS hits
