// A fragment, not a query: the compartments of the list `guards` as one thing (ADR 0006, ADR
// 0012): every compartment of any of its elements, once each, in the order first met. With
// guards-level, the marking that what they stand behind inherits.
// No comment at the end of a line here: it would swallow what follows the include.
reduce(marks = [], c IN reduce(held = [], g IN guards | held + coalesce(g.compartments, []))
       | CASE WHEN c IN marks THEN marks ELSE marks + c END)
