// A fragment, not a query: the classification and compartments a load row r gives, raised by
// the protection its record rec already has (rec: the record's node, or null); set after r.grade
// as `x.classification = g.classification, x.compartments = g.compartments` (named properties:
// another map SET adds an Eager step to the plan). fgj-intervinientes.cypher sets
// rec.protectedBy (MIN, GV) on a victim's or a minor's person record; a reload of that record,
// its address or its phone then keeps the protection instead of lowering them until
// intervinientes runs again.
// No comment at the end of a line here: it would swallow what follows the include.
{classification: CASE WHEN size(coalesce(rec.protectedBy, [])) > 0 AND r.grade.classification < 2
    THEN 2 ELSE r.grade.classification END,
  compartments: r.grade.compartments
    + [c IN coalesce(rec.protectedBy, []) WHERE NOT c IN r.grade.compartments]}
