// Removes the confirmed relationship created from hypothesis $id (when it is reopened): looked
// for between the hypothesis's two ends, not in every relationship of the graph.
MATCH (h:Hypothesis {id: $id})-[:FROM_ENTITY]->(a:Entity), (h)-[:TO_ENTITY]->(b:Entity)
MATCH (a)-[r]->(b)
WHERE r.hypothesisId = $id
DELETE r
RETURN count(*) AS removed
