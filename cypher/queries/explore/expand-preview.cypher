// What expanding $ids would bring, without the neighbours: the links per relationship type ×
// direction × neighbour type × agency, and the distinct neighbours per relationship type ×
// neighbour type, over the links the viewer may see to entities outside $centres (all the
// entities asked about: a link between two of them brings no one new, and would be counted
// from both ends), in one pass over each entity's links. An entity with more than $cap links
// (the store's degree, unfiltered: it only chooses the method and is never returned) is not
// scanned here: it yields one row with its id as `denseId`, and the API counts it type by type
// (expand-preview-types.cypher, then expand-preview-typed.cypher).
// Placeholders and filters as in expand.cypher.
// $ids, $centres, $neighborTypes, $agencies, $from, $to, $cap, $clearance, $compartments.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
CALL (n) {
  WITH n WHERE COUNT { (n)--() } <= $cap
  MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}(m:Entity)
  WHERE {{> explore/fragments/visible-link}} AND NOT m.id IN $centres
  RETURN collect({type: type(r), out: startNode(r) = n, other: elementId(m),
                  label: [l IN labels(m) WHERE l <> 'Entity'][0], agency: r.source}) AS links,
         false AS dense
  UNION ALL
  WITH n WHERE COUNT { (n)--() } > $cap
  RETURN [] AS links, true AS dense
}
UNWIND CASE WHEN dense THEN [null] ELSE links END AS link
// The neighbours of a link type and neighbour type, whatever the direction or agency (two
// phones that called each other both ways are one neighbour): the same on each of its rows.
WITH link.type AS relType, link.label AS neighborType, CASE WHEN dense THEN n.id END AS denseId,
     collect(link) AS same, count(DISTINCT link.other) AS neighbors
UNWIND CASE WHEN size(same) = 0 THEN [null] ELSE same END AS link
RETURN relType, CASE WHEN link.out THEN 'OUT' ELSE 'IN' END AS direction, neighborType,
       link.agency AS agency, count(link) AS count, neighbors, false AS capped, denseId
ORDER BY count DESC
