// Other person records that may be the same person as $id (entity resolution by suggestion:
// nothing is merged; an analyst proposes "Misma persona" and a supervisor decides, ADR 0015).
// Candidates come from four blocks, each cheap on an index or a bounded walk: the same CURP or
// RFC; the same birth date; a phone, address, vehicle or account both records name (skipping
// identifiers shared by more than $busy people: a building, a switchboard); and names alike in
// the full-text index ($query: each folded word of the name, optional, built by the service).
// The service scores them (api/src/graphql/explore/same-person.ts).
// $id, $query, $busy, $nameHits; need-to-know $clearance, $compartments.
// Returns node (the candidate), shared ([{id, type}] of identifiers both name).
MATCH (p:Person:Entity {id: $id})
WHERE coalesce(p.classification, 0) <= $clearance
  AND all(c IN coalesce(p.compartments, []) WHERE c IN $compartments)
CALL (p) {
  MATCH (q:Person) WHERE p.curp IS NOT NULL AND q.curp = p.curp
  RETURN q
  UNION
  MATCH (q:Person) WHERE p.rfc IS NOT NULL AND q.rfc = p.rfc
  RETURN q
  UNION
  MATCH (q:Person) WHERE p.birthDate IS NOT NULL AND q.birthDate = p.birthDate
  RETURN q
  UNION
  // Only through what the viewer may see: a suggestion must not hint at a hidden link.
  MATCH (p)-[r1:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(x:Entity)
  WHERE COUNT { (x)-[:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(:Person) } <= $busy
    AND coalesce(x.classification, 0) <= $clearance
    AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments)
    AND coalesce(r1.classification, 0) <= $clearance
    AND all(c IN coalesce(r1.compartments, []) WHERE c IN $compartments)
  MATCH (x)-[r2:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(q:Person)
  WHERE coalesce(r2.classification, 0) <= $clearance
    AND all(c IN coalesce(r2.compartments, []) WHERE c IN $compartments)
  RETURN q
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $nameHits})
  YIELD node
  WITH node AS q WHERE q:Person
  RETURN q
}
WITH DISTINCT p, q
WHERE q <> p
  AND coalesce(q.classification, 0) <= $clearance
  AND all(c IN coalesce(q.compartments, []) WHERE c IN $compartments)
  // Already linked as the same person (an approved hypothesis): nothing to suggest.
  AND NOT EXISTS { (p)-[:SAME_AS]-(q) }
RETURN q AS node, COLLECT {
  MATCH (p)-[r1:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(x:Entity)-[r2:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(q)
  WHERE coalesce(x.classification, 0) <= $clearance
    AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments)
    AND coalesce(r1.classification, 0) <= $clearance
    AND all(c IN coalesce(r1.compartments, []) WHERE c IN $compartments)
    AND coalesce(r2.classification, 0) <= $clearance
    AND all(c IN coalesce(r2.compartments, []) WHERE c IN $compartments)
  RETURN DISTINCT {id: x.id, type: [l IN labels(x) WHERE l <> 'Entity'][0]}
} AS shared
