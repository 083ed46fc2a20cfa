// A fragment, not a query: whether the viewer may see every element of the list `guards` (ADR
// 0006), the nodes and relationships that together stand behind one thing shown: an entity
// alone, a link with its two ends, a hypothesis with its ends. Each must have a classification
// of at most $clearance (none counts as 0) and only compartments in $compartments. One text
// for the queries that show or mark such a thing; guards-level and guards-compartments give
// the marking of the same list. Needs $clearance, $compartments.
// No comment at the end of a line here: it would swallow what follows the include.
all(g IN guards WHERE coalesce(g.classification, 0) <= $clearance
    AND all(c IN coalesce(g.compartments, []) WHERE c IN $compartments))
