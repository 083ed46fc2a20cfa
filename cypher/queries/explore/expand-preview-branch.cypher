// One branch of expand-preview-typed.cypher: the links of n of one relationship type ({{REL}})
// that the viewer may see, up to $cap. Placeholders and filters as in expand.cypher.
// Returns links, capped.
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
                  label: [l IN labels(m) WHERE l <> 'Entity'][0], agency: r.source}) AS links,
         count(*) >= $cap AS capped
