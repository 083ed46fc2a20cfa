// A fragment, not a query: the organisations and cells `node` (a person) is or was a member of,
// by the links and organisations the viewer may see (need-to-know on both, ADR 0006), as a list
// of up to four distinct names in alphabetical order: a search hit names them, as "which El
// Chino? the one of Los Tlacuaches" tells namesakes apart. Needs $clearance, $compartments.
// No comment at the end of a line here: it would swallow what follows the include.
COLLECT {
  MATCH (node)-[m:MEMBER_OF]->(o:Entity)
  WHERE coalesce(m.classification, 0) <= $clearance
    AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
    AND coalesce(o.classification, 0) <= $clearance
    AND all(c IN coalesce(o.compartments, []) WHERE c IN $compartments)
  WITH DISTINCT coalesce(o.caption, o.id) AS name
  ORDER BY name
  LIMIT 4
  RETURN name
}
