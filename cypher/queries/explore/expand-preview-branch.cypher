// One branch of expand-preview-typed.cypher: the links of n of one relationship type ({{REL}})
// that the viewer may see, to entities outside $centres, up to $cap. Placeholders and filters
// as in expand.cypher.
// Returns links, capped.
  MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}(m:Entity)
  WHERE {{> explore/fragments/visible-link}} AND NOT m.id IN $centres
  WITH n, r, m LIMIT $cap
  RETURN collect({type: type(r), out: startNode(r) = n, other: elementId(m),
                  label: [l IN labels(m) WHERE l <> 'Entity'][0], agency: r.source}) AS links,
         count(*) >= $cap AS capped
