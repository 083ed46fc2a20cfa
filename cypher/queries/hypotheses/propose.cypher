// Creates a proposed hypothesis between two entities the proposer may see, with its evidence
// and the first history step. It inherits the highest classification and every compartment of
// its two ends and of its cited evidence ($evidenceClassification, $evidenceCompartments, from
// evidence-check.cypher), so it is never shown to someone who may not see all of them.
// $id, $type, $fromId, $toId, $rationale, $confidence, $reliability, $credibility,
// $evidenceIds, $evidenceRecords, $evidenceClassification, $evidenceCompartments,
// $investigationId, $user, $clearance, $compartments.
// Returns h, or nothing when an end is missing or hidden from the proposer.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
WHERE all(x IN [a, b] WHERE coalesce(x.classification, 0) <= $clearance
      AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments))
CREATE (h:Hypothesis {id: $id, type: $type, rationale: $rationale, confidence: $confidence,
        reliability: $reliability, credibility: $credibility, evidenceRecords: $evidenceRecords,
        investigationId: $investigationId, status: 'PROPOSED', proposer: $user, proposerName: $userName,
        createdAt: datetime(), updatedAt: datetime(), version: 1,
        classification: reduce(m = $evidenceClassification, x IN [a, b] |
                               CASE WHEN coalesce(x.classification, 0) > m THEN coalesce(x.classification, 0) ELSE m END),
        compartments: reduce(acc = [], c IN coalesce(a.compartments, []) + coalesce(b.compartments, []) + $evidenceCompartments |
                             CASE WHEN c IN acc THEN acc ELSE acc + c END)})
CREATE (h)-[:FROM_ENTITY]->(a), (h)-[:TO_ENTITY]->(b)
CREATE (h)-[:HISTORY]->(:HypothesisEvent {at: datetime(), by: $user, byName: $userName, action: 'PROPOSED', reason: $rationale})
WITH h
CALL {
  WITH h
  UNWIND $evidenceIds AS eid
  MATCH (e:Entity {id: eid})
  WHERE coalesce(e.classification, 0) <= $clearance AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
  CREATE (h)-[:EVIDENCE]->(e)
  RETURN count(*) AS evidence
}
RETURN h
