// One page of the neighbours of the entities $ids that the viewer may see, filtered: a page
// holds neighbours (one row per centre and neighbour), not links, so two phones that called
// each other 200 times take one place, not the whole page. Each row brings one link between
// the two that the viewer may see (whichever the store finds first); link-bundles.cypher
// counts them all. Neighbours are told apart before their links are checked: a phone with
// 6,000 calls to 190 numbers is checked once per number, not per call, and the cost of a page
// does not grow with how often two entities are linked.
// Placeholders (allow-listed in api/src/graph/model.ts): {{LEFT}} and {{RIGHT}} are the arrow
// ends for the direction ('-'/'<-' and '-'/'->'), {{REL}} the relationship pattern, {{PAGE}}
// how the page is cut, one of two fragments: explore/fragments/page-any (whatever the store
// finds first) or explore/fragments/page-best-connected (candidates for ranking by degree).
// $ids; $neighborTypes (entity types, all when unfiltered); $agencies (list or null:
// relationship's source agency); $from, $to (datetimes or null: window on the link's or
// neighbour's occurredAt; undated links are kept); need-to-know $clearance, $compartments; and
// the page fragment's parameters. Returns centre (id), other, link, out (whether the link
// starts at the centre), and what the page fragment adds.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}(m:Entity)
WITH DISTINCT n, m
CALL (n, m) {
  MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}(m)
  WHERE {{> explore/fragments/visible-link}}
  RETURN r AS link, startNode(r) = n AS out
  LIMIT 1
}
WITH n, m, link, out
{{PAGE}}
