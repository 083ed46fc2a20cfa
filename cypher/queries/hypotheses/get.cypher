// One hypothesis with its ends, evidence and history, if the viewer may see it.
// $id, $clearance, $compartments. Returns h, fromId, toId, evidence (ids), history (maps).
// Need-to-know as in list.cypher: the hypothesis's protection and its ends' as they are now.
MATCH (a:Entity)<-[:FROM_ENTITY]-(h:Hypothesis {id: $id})-[:TO_ENTITY]->(b:Entity)
WITH h, a, b, [h, a, b] AS guards
WHERE {{> fragments/guards-visible}}
RETURN h, a.id AS fromId, b.id AS toId,
       COLLECT { MATCH (h)-[:EVIDENCE]->(e:Entity)
                 WHERE coalesce(e.classification, 0) <= $clearance AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
                 RETURN e.id } AS evidence,
       COLLECT { MATCH (h)-[:HISTORY]->(ev:HypothesisEvent) RETURN properties(ev) AS ev ORDER BY ev.at, ev.seq } AS history
