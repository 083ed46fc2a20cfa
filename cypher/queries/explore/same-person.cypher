// Other person records that may be the same person as $id (entity resolution by suggestion:
// nothing is merged; an analyst proposes "Misma persona" and a supervisor decides, ADR 0015).
// Candidates come from four blocks, each cheap on an index or a bounded walk: the same CURP or
// RFC (not one of SAT's generic RFCs, $genericRfcs, which thousands may bear); the same birth
// date ($birth: the record's, or the one its CURP or RFC writes; a date shared by more than
// $busyDate people the viewer may see, a placeholder such as 1900-01-01, proposes no one); a
// phone, address, vehicle or account both records name (one named by more than $busy people the
// viewer may see, a building or a switchboard, proposes no one); and names alike in the
// full-text index ($query: each word of the name, optional, built by the service; null: none to
// look for).
// Need-to-know (ADR 0006) on every record, identifier and link walked, and on the SAME_AS link
// that leaves a pair out, so that no suggestion (or its absence) tells of something hidden.
// The service scores the candidates (api/src/graphql/explore/same-person.ts).
// $id, $birth, $query, $genericRfcs, $busy, $busyDate, $nameHits; $clearance, $compartments.
// Returns node (the candidate), shared (the identifiers both name).
MATCH (p:Person:Entity {id: $id})
WHERE coalesce(p.classification, 0) <= $clearance
  AND all(c IN coalesce(p.compartments, []) WHERE c IN $compartments)
// The identifiers that tell this person: named by the record through a link the viewer may see,
// and by at most $busy people the viewer may see. Found once, for the candidates they bring and
// for what each candidate shares.
WITH p, COLLECT {
  MATCH (p)-[r1:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(x:Entity)
  WHERE (x:Phone OR x:Address OR x:Vehicle OR x:BankAccount)
    AND coalesce(x.classification, 0) <= $clearance
    AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments)
    AND coalesce(r1.classification, 0) <= $clearance
    AND all(c IN coalesce(r1.compartments, []) WHERE c IN $compartments)
    AND COUNT {
      MATCH (x)-[r:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(o:Person)
      WHERE coalesce(r.classification, 0) <= $clearance
        AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
        AND coalesce(o.classification, 0) <= $clearance
        AND all(c IN coalesce(o.compartments, []) WHERE c IN $compartments)
      RETURN o LIMIT $busy + 1
    } <= $busy
  RETURN DISTINCT x
} AS telling
CALL (p, telling) {
  MATCH (q:Person) WHERE p.curp IS NOT NULL AND q.curp = p.curp
  RETURN q
  UNION
  MATCH (q:Person) WHERE p.rfc IS NOT NULL AND NOT p.rfc IN $genericRfcs AND q.rfc = p.rfc
  RETURN q
  UNION
  WITH p WHERE $birth IS NOT NULL
    AND COUNT {
      MATCH (o:Person) WHERE o.birthDate = date($birth)
        AND coalesce(o.classification, 0) <= $clearance
        AND all(c IN coalesce(o.compartments, []) WHERE c IN $compartments)
      RETURN o LIMIT $busyDate + 1
    } <= $busyDate
  MATCH (q:Person) WHERE q.birthDate = date($birth)
    AND coalesce(q.classification, 0) <= $clearance
    AND all(c IN coalesce(q.compartments, []) WHERE c IN $compartments)
  RETURN q LIMIT $busyDate
  UNION
  UNWIND telling AS x
  MATCH (x)-[r2:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(q:Person)
  WHERE coalesce(r2.classification, 0) <= $clearance
    AND all(c IN coalesce(r2.compartments, []) WHERE c IN $compartments)
  RETURN q
  UNION
  // Like the search box (search-names.cypher): hidden entities and other types are dropped
  // after the index answers, so it is asked for more than is kept.
  WITH p WHERE $query IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $nameHits * 4})
  YIELD node
  WITH node AS q WHERE q:Person
    AND coalesce(q.classification, 0) <= $clearance
    AND all(c IN coalesce(q.compartments, []) WHERE c IN $compartments)
  RETURN q LIMIT $nameHits
}
WITH DISTINCT p, telling, q
WHERE q <> p
  AND coalesce(q.classification, 0) <= $clearance
  AND all(c IN coalesce(q.compartments, []) WHERE c IN $compartments)
  // Already linked as the same person (an approved hypothesis the viewer may see).
  AND NOT EXISTS {
    MATCH (p)-[s:SAME_AS]-(q)
    WHERE coalesce(s.classification, 0) <= $clearance
      AND all(c IN coalesce(s.compartments, []) WHERE c IN $compartments)
  }
RETURN q AS node, COLLECT {
  UNWIND telling AS x
  MATCH (x)-[r2:USES_PHONE|LIVES_AT|OWNS|HOLDS_ACCOUNT]-(q)
  WHERE coalesce(r2.classification, 0) <= $clearance
    AND all(c IN coalesce(r2.compartments, []) WHERE c IN $compartments)
  RETURN DISTINCT x
} AS shared
