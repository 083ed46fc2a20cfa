// One page of the neighbours of the entities $ids that the viewer may see, filtered: a page
// holds neighbours (one row per centre and neighbour), not links, so two phones that called
// each other 200 times take one place, not the whole page. The links between the two come as
// bundles, one per type and direction, each with its count (up to $pairCap), first and last
// date and its $perBundle most recent links. Neighbours are told apart before their links are
// checked: a phone with 6,000 calls to 190 numbers is checked once per number, not per call.
// Placeholders (allow-listed in api/src/graph/model.ts): {{LEFT}} and {{RIGHT}} are the arrow
// ends for the direction ('-'/'<-' and '-'/'->'), {{REL}} the relationship pattern, {{NEIGHBOR}}
// the neighbour pattern, {{ORDER}} either nothing or an ORDER BY on the neighbour's degree over
// the first 5000 candidates.
// $ids; $agencies (list or null: relationship's source agency); $from, $to (datetimes or null:
// window on the link's or neighbour's occurredAt; undated links are kept); $skip; $limit;
// $perBundle; $pairCap; need-to-know $clearance, $compartments. Returns centre (id), other,
// bundles [{type, out, count, firstAt, lastAt, rels}]; one row more than $limit when there is
// a next page.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}({{NEIGHBOR}})
WITH DISTINCT n, m
WHERE EXISTS {
  MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}(m)
  WHERE {{> explore/fragments/visible-link}}
}
{{ORDER}}
SKIP $skip
LIMIT $limit + 1
CALL (n, m) {
  MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}(m)
  WHERE {{> explore/fragments/visible-link}}
  WITH r LIMIT $pairCap
  WITH r ORDER BY r.occurredAt IS NULL, r.occurredAt DESC, elementId(r)
  WITH type(r) AS type, startNode(r) = n AS out, collect(r) AS rels,
       min(r.occurredAt) AS firstAt, max(r.occurredAt) AS lastAt
  RETURN collect({type: type, out: out, count: size(rels), firstAt: firstAt, lastAt: lastAt,
                  rels: rels[..$perBundle]}) AS bundles
}
RETURN n.id AS centre, m AS other, bundles
