// The links confirmed by hypotheses between two saved entities ($ids) that the viewer may see,
// ends included: a decision made after the investigation was saved shows when it is opened (QA:
// a link approved after the analyst saved was missing on reopening). Found through the approved
// hypotheses of the saved entities, never by a scan of their links (a saved hub may have
// 100,000). Need-to-know $clearance, $compartments. Returns rel, source, target (entity ids).
MATCH (a:Entity)<-[:FROM_ENTITY]-(h:Hypothesis {status: 'APPROVED'})-[:TO_ENTITY]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
MATCH (a)-[rel]->(b)
WHERE rel.hypothesisId = h.id
  AND coalesce(rel.classification, 0) <= $clearance
  AND all(c IN coalesce(rel.compartments, []) WHERE c IN $compartments)
  AND coalesce(a.classification, 0) <= $clearance
  AND all(c IN coalesce(a.compartments, []) WHERE c IN $compartments)
  AND coalesce(b.classification, 0) <= $clearance
  AND all(c IN coalesce(b.compartments, []) WHERE c IN $compartments)
RETURN rel, a.id AS source, b.id AS target
