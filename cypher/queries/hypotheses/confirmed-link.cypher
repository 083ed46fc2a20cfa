// The relationship that the approval of hypothesis $id created, when the viewer may see it and
// both its ends (it carries the hypothesis's grade and protection). Found between the two ends,
// never by a scan of every relationship. $id; need-to-know $clearance, $compartments.
// Returns rel, source, target (entity ids); no row when there is none to show.
MATCH (h:Hypothesis {id: $id})-[:FROM_ENTITY]->(a:Entity), (h)-[:TO_ENTITY]->(b:Entity)
MATCH (a)-[r]->(b)
WHERE r.hypothesisId = $id
  AND coalesce(r.classification, 0) <= $clearance
  AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
  AND coalesce(a.classification, 0) <= $clearance
  AND all(c IN coalesce(a.compartments, []) WHERE c IN $compartments)
  AND coalesce(b.classification, 0) <= $clearance
  AND all(c IN coalesce(b.compartments, []) WHERE c IN $compartments)
RETURN r AS rel, a.id AS source, b.id AS target
LIMIT 1
