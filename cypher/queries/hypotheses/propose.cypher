// Creates a proposed hypothesis between two entities the proposer may see, with its evidence
// and the first history step. It inherits the highest classification and every compartment of
// its two ends and of its cited evidence ($evidenceClassification, $evidenceCompartments, from
// evidence-check.cypher), so it is never shown to someone who may not see all of them: the
// marking of its guards (fragments/guards-*), the two ends and the evidence's marking as one
// more. The proposer may see that one (evidence-check found it so), and must see the ends.
// $id, $type, $fromId, $toId, $rationale, $confidence, $reliability, $credibility,
// $evidenceIds, $evidenceRecords, $evidenceClassification, $evidenceCompartments,
// $investigationId, $user, $clearance, $compartments.
// Returns h, or nothing when an end is missing or hidden from the proposer.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
WITH a, b, [a, b, {classification: $evidenceClassification, compartments: $evidenceCompartments}] AS guards
WHERE {{> fragments/guards-visible}}
CREATE (h:Hypothesis {id: $id, type: $type, rationale: $rationale, confidence: $confidence,
        reliability: $reliability, credibility: $credibility, evidenceRecords: $evidenceRecords,
        investigationId: $investigationId, status: 'PROPOSED', proposer: $user, proposerName: $userName,
        createdAt: datetime(), updatedAt: datetime(), version: 1,
        classification: {{> fragments/guards-level}},
        compartments: {{> fragments/guards-compartments}}})
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
