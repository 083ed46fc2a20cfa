// The links between the entities $ids and the entities $others that the viewer may see,
// bundled: one bundle per pair, type and direction, with its count (up to $pairCap), first and
// last date and its most recent link. What an expansion's page stands for, counted (ADR 0010).
// Placeholders (allow-listed in api/src/graph/model.ts): {{LEFT}} and {{RIGHT}} are the arrow
// ends for the direction from the $ids ('-'/'<-' and '-'/'->'), {{REL}} the relationship
// pattern.
// The pair is counted up to $pairCap links in all, so when it has more, its bundles' counts are
// lower bounds (capped) and their latest link and span are among the links counted.
// $ids; $others (counted only when of one of $neighborTypes); $directed (false for both
// directions); $agencies (list or null: relationship's source agency); $from, $to (datetimes
// or null: window on the link's or neighbour's occurredAt; undated links are kept); $pairCap;
// need-to-know $clearance, $compartments. Returns centre (id), other (id), bundles
// [{type, out, count, capped, firstAt, lastAt, latest}]; pairs without a visible link are left out.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
UNWIND $others AS otherId
MATCH (m:Entity {id: otherId})
// Two centres linked to each other are counted once when both directions are asked.
WHERE m <> n AND ($directed OR NOT m.id IN $ids OR n.id < m.id)
CALL (n, m) {
  MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}(m)
  WHERE {{> explore/fragments/visible-link}}
  WITH r LIMIT $pairCap
  WITH r ORDER BY r.occurredAt IS NULL, r.occurredAt DESC, elementId(r)
  WITH collect(r) AS pair
  UNWIND pair AS r
  WITH size(pair) >= $pairCap AS capped, type(r) AS type, startNode(r) = n AS out,
       collect(r) AS rels, min(r.occurredAt) AS firstAt, max(r.occurredAt) AS lastAt
  RETURN collect({type: type, out: out, count: size(rels), capped: capped, firstAt: firstAt,
                  lastAt: lastAt, latest: rels[0]}) AS bundles
}
WITH n, m, bundles
WHERE size(bundles) > 0
RETURN n.id AS centre, m.id AS other, bundles
