// expand-preview.cypher for the entities it left out (more than $cap links): the counts
// relationship type by type, each type up to $cap (`capped` says which counts are lower
// bounds). Neo4j keeps a dense node's links grouped by type, so a typed branch reads only its
// own links, and every type shows even when one type has 100,000 links.
// The BRANCHES placeholder: one expand-preview-branch.cypher per relationship type those
// entities have (expand-preview-types.cypher), joined by UNION ALL, rendered by
// ExpandService.preview.
// $ids (the dense ones), $centres, $neighborTypes, $agencies, $from, $to, $cap, $clearance,
// $compartments (as in expand-preview.cypher).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
CALL (n) {
{{BRANCHES}}
}
UNWIND links AS link
WITH link, capped
// Neighbours per link type and neighbour type, as in expand-preview.cypher.
WITH link.type AS relType, link.label AS neighborType,
     collect({link: link, capped: capped}) AS same, count(DISTINCT link.other) AS neighbors
UNWIND same AS one
RETURN relType, CASE WHEN one.link.out THEN 'OUT' ELSE 'IN' END AS direction, neighborType,
       one.link.agency AS agency, count(*) AS count, neighbors,
       sum(CASE WHEN one.capped THEN 1 ELSE 0 END) > 0 AS capped
ORDER BY count DESC
