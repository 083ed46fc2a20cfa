// A fragment, not a query: the classification of the list `guards` as one thing (ADR 0006,
// ADR 0012): the highest of its elements' (0, public, for an element without one, and for an
// empty list). With guards-compartments, the marking that what they stand behind inherits.
// No comment at the end of a line here: it would swallow what follows the include.
reduce(level = 0, g IN guards | CASE WHEN coalesce(g.classification, 0) > level
                                     THEN coalesce(g.classification, 0) ELSE level END)
