// A fragment, not a query: the organisations and cells `node` (a person) is or was a member of,
// by the links and organisations the viewer may see (need-to-know on both, ADR 0006), as a list
// of up to four {name, ended}: a search hit names them, as "which El Chino? the one of Los
// Tlacuaches" tells namesakes apart. A cell is named with the organisation it is a cell of, as
// the viewer may see it ("Célula Centro (Los Tlacuaches)": QA, two gangs' cells of one name). Those the person is still a member of come first, then the
// ended ones (an `until` before today, and no other membership of the organisation the viewer
// may see that holds), each in alphabetical order. Needs $clearance, $compartments.
// No aggregation here: one inside an expression of the including query's aggregating RETURN is
// refused as an implicit grouping key of it.
// No comment at the end of a line here: it would swallow what follows the include.
COLLECT {
  MATCH (node)-[m:MEMBER_OF]->(o:Entity)
  WHERE coalesce(m.classification, 0) <= $clearance
    AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
    AND coalesce(o.classification, 0) <= $clearance
    AND all(c IN coalesce(o.compartments, []) WHERE c IN $compartments)
  WITH DISTINCT coalesce(o.caption, o.id) + coalesce(' (' + head(COLLECT {
         MATCH (o)-[s:SUBCELL_OF]->(p:Entity)
         WHERE coalesce(s.classification, 0) <= $clearance
           AND all(c IN coalesce(s.compartments, []) WHERE c IN $compartments)
           AND coalesce(p.classification, 0) <= $clearance
           AND all(c IN coalesce(p.compartments, []) WHERE c IN $compartments)
         RETURN coalesce(p.caption, p.id) ORDER BY coalesce(p.caption, p.id) LIMIT 1
       }) + ')', '') AS name,
       coalesce(m.until < date(), false) AND NOT EXISTS {
         MATCH (node)-[held:MEMBER_OF]->(o)
         WHERE coalesce(held.until >= date(), true)
           AND coalesce(held.classification, 0) <= $clearance
           AND all(c IN coalesce(held.compartments, []) WHERE c IN $compartments)
       } AS ended
  ORDER BY ended, name
  LIMIT 4
  RETURN {name: name, ended: ended}
}
