// Creates the confirmed relationship of an approved hypothesis, linked back to it by
// hypothesisId and carrying its grade and protection. {{TYPE}} is the allow-listed type for
// the hypothesis type, and who proposed and confirmed it (usernames, and names as shown).
// $id, $fromId, $toId, $user, $userName. Returns the relationship's element id.
MATCH (h:Hypothesis {id: $id})-[:FROM_ENTITY]->(a:Entity {id: $fromId}), (h)-[:TO_ENTITY]->(b:Entity {id: $toId})
CREATE (a)-[r:{{TYPE}} {source: 'TRAMA', sourceId: h.id, hypothesisId: h.id, ingestedAt: datetime(),
        reliability: h.reliability, credibility: h.credibility, classification: h.classification,
        compartments: h.compartments, confirmedBy: $user, proposedBy: h.proposer,
        confirmedByName: $userName, proposedByName: coalesce(h.proposerName, h.proposer),
        status: 'CONFIRMED'}]->(b)
RETURN elementId(r) AS relId
