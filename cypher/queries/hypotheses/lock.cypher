// Locks a hypothesis for a state change in this transaction and returns it with its ends.
// Need-to-know as in get.cypher. An end protected since the proposal raises the hypothesis's
// own protection here, so the new state, its pushed notice and the link an approval confirms
// carry it (ADR 0012).
// $id, $clearance, $compartments. Returns h, a, b (nothing if missing or hidden).
MATCH (a:Entity)<-[:FROM_ENTITY]-(h:Hypothesis {id: $id})-[:TO_ENTITY]->(b:Entity)
WHERE all(x IN [h, a, b] WHERE coalesce(x.classification, 0) <= $clearance
          AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments))
SET h.version = h.version + 1,
    h.classification = reduce(m = coalesce(h.classification, 0), x IN [a, b] |
                              CASE WHEN coalesce(x.classification, 0) > m THEN coalesce(x.classification, 0) ELSE m END),
    h.compartments = reduce(acc = coalesce(h.compartments, []), c IN coalesce(a.compartments, []) + coalesce(b.compartments, []) |
                            CASE WHEN c IN acc THEN acc ELSE acc + c END)
RETURN h, a, b
