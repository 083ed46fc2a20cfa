// One page of the neighbours of the entities $ids that the viewer may see, filtered: a page
// holds neighbours (one row per centre and neighbour), not links, so two phones that called
// each other 200 times take one place, not the whole page. Each row brings one link between
// the two that the viewer may see (whichever the store finds first); link-bundles.cypher
// counts them all. Neighbours are told apart before their links are checked: a phone with
// 6,000 calls to 190 numbers is checked once per number, not per call, and the cost of a page
// does not grow with how often two entities are linked.
// Placeholders (allow-listed in api/src/graph/model.ts): {{LEFT}} and {{RIGHT}} are the arrow
// ends for the direction ('-'/'<-' and '-'/'->'), {{REL}} the relationship pattern, {{ORDER}}
// either nothing or an ORDER BY on the neighbour's degree over the first 5000 candidates.
// $ids; $neighborTypes (entity types, all when unfiltered); $agencies (list or null:
// relationship's source agency); $from, $to (datetimes or null: window on the link's or
// neighbour's occurredAt; undated links are kept); $skip; $limit;
// need-to-know $clearance, $compartments. Returns centre (id), other, link, out (whether the
// link starts at the centre); one row more than $limit when there is a next page.
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
{{ORDER}}
SKIP $skip
LIMIT $limit + 1
RETURN n.id AS centre, m AS other, link, out
