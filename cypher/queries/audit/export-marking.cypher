// The marking of what an export held (ADR 0014): the highest classification and every
// compartment of the entities $ids, the links $linkIds (element ids) and the hypotheses
// $hypothesisIds that the exporter may see (only those could be in the file).
// $ids, $linkIds, $hypothesisIds; need-to-know $clearance, $compartments. Returns
// classification, compartments.
CALL () {
  UNWIND $ids AS id
  MATCH (x:Entity {id: id})
  RETURN x.classification AS level, x.compartments AS marks
  UNION ALL
  UNWIND $hypothesisIds AS id
  MATCH (x:Hypothesis {id: id})
  RETURN x.classification AS level, x.compartments AS marks
  UNION ALL
  UNWIND $linkIds AS id
  MATCH ()-[x]->()
  WHERE elementId(x) = id
  RETURN x.classification AS level, x.compartments AS marks
}
WITH coalesce(level, 0) AS level, coalesce(marks, []) AS marks
WHERE level <= $clearance AND all(c IN marks WHERE c IN $compartments)
UNWIND CASE WHEN size(marks) = 0 THEN [null] ELSE marks END AS c
WITH max(level) AS classification, collect(DISTINCT c) AS compartments
RETURN coalesce(classification, 0) AS classification, compartments
