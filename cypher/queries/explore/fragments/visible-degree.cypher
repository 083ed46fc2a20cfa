// A fragment, not a query: how many links the entity `counted` has to things the viewer may
// see (need-to-know on the link and on its other end, ADR 0006), counted up to $cap + 1. One
// text for the degrees loader, a person's neighbour list and the best-connected expansion, so
// that a degree reads the same wherever it is shown. Needs $clearance, $compartments, $cap.
// No comment at the end of a line here: it would swallow what follows the include.
COUNT {
  MATCH (counted)-[dr]-(dm:Entity)
  WHERE coalesce(dr.classification, 0) <= $clearance
    AND all(c IN coalesce(dr.compartments, []) WHERE c IN $compartments)
    AND coalesce(dm.classification, 0) <= $clearance
    AND all(c IN coalesce(dm.compartments, []) WHERE c IN $compartments)
  RETURN 1 LIMIT $cap + 1
}
