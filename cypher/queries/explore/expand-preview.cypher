// What expanding $ids would bring, without the neighbours: counts per relationship type ×
// direction × neighbour type × agency, over the links the viewer may see. Each entity's links
// are counted up to $cap, so a supernode answers as fast as a small node; `capped` says a
// count is a lower bound. Placeholders and filters as in expand.cypher.
// $ids, $agencies, $from, $to, $cap, $clearance, $compartments.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
CALL {
  WITH n
  MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}({{NEIGHBOR}})
  WHERE coalesce(r.classification, 0) <= $clearance
    AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
    AND coalesce(m.classification, 0) <= $clearance
    AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
    AND ($agencies IS NULL OR r.source IN $agencies)
    AND ($from IS NULL OR coalesce(r.occurredAt, m.occurredAt) IS NULL OR coalesce(r.occurredAt, m.occurredAt) >= $from)
    AND ($to IS NULL OR coalesce(r.occurredAt, m.occurredAt) IS NULL OR coalesce(r.occurredAt, m.occurredAt) < $to)
  WITH n, r, m LIMIT $cap
  RETURN collect({type: type(r), out: startNode(r) = n,
                  label: [l IN labels(m) WHERE l <> 'Entity'][0], agency: r.source}) AS links
}
UNWIND links AS link
RETURN link.type AS relType, CASE WHEN link.out THEN 'OUT' ELSE 'IN' END AS direction,
       link.label AS neighborType, link.agency AS agency, count(*) AS count,
       max(size(links)) >= $cap AS capped
ORDER BY count DESC
