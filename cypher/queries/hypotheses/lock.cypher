// Locks a hypothesis for a state change in this transaction and returns it with its ends.
// Need-to-know as in get.cypher. An end protected since the proposal raises the hypothesis's
// own protection here, so the new state, its pushed notice and the link an approval confirms
// carry it (ADR 0012): the marking of its guards, itself and its ends (fragments/guards-*).
// $id, $clearance, $compartments. Returns h, a, b (nothing if missing or hidden).
MATCH (a:Entity)<-[:FROM_ENTITY]-(h:Hypothesis {id: $id})-[:TO_ENTITY]->(b:Entity)
WITH h, a, b, [h, a, b] AS guards
WHERE {{> fragments/guards-visible}}
SET h.version = h.version + 1,
    h.classification = {{> fragments/guards-level}},
    h.compartments = {{> fragments/guards-compartments}}
RETURN h, a, b
