// CJM gender-violence cases (cjm/casos.csv): a CjmCase with the woman (VICTIM) and the
// aggressor (SUSPECT) INVOLVED_IN it, the aggressor FAMILY_OF {kind} the victim, FOR_CASE the
// FGJ carpeta when referred, located at its address. Everything is GV-confidential.
// Returns lines whose victim or aggressor record is not in the graph.
// $rows: [{line, id, sourceId, grade, props, occurredAt, lat, lon, addressId, victimId,
//          aggressorId, relation, caseId}]; $ingestedAt: datetime.
// props: caption, centre, violenceType, modality, riskLevel, protectionOrders.
UNWIND $rows AS r
MERGE (k:Entity {id: r.id})
ON CREATE SET k.ingestedAt = $ingestedAt
SET k:CjmCase, k += r.grade, k += r.props, k.sourceId = r.sourceId,
    k.occurredAt = datetime(r.occurredAt),
    k.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END
WITH k, r
OPTIONAL MATCH (v:Entity {id: r.victimId})
OPTIONAL MATCH (g:Entity {id: r.aggressorId})
CALL (k, v, r) {
  WITH * WHERE v IS NOT NULL
  MERGE (v)-[l:INVOLVED_IN {sourceId: r.sourceId}]->(k)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.role = 'VICTIM', l.sourceRole = 'USUARIA'
}
CALL (k, g, r) {
  WITH * WHERE g IS NOT NULL
  MERGE (g)-[l:INVOLVED_IN {sourceId: r.sourceId}]->(k)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.role = 'SUSPECT', l.sourceRole = 'AGRESOR'
}
CALL (v, g, r) {
  WITH * WHERE v IS NOT NULL AND g IS NOT NULL
  MERGE (g)-[l:FAMILY_OF {sourceId: r.sourceId}]->(v)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.kind = r.relation
}
CALL (k, r) {
  WITH * WHERE r.addressId IS NOT NULL
  MATCH (a:Entity {id: r.addressId})
  MERGE (k)-[l:OCCURRED_AT]->(a)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
CALL (k, r) {
  WITH * WHERE r.caseId IS NOT NULL
  MATCH (c:Entity {id: r.caseId})
  MERGE (k)-[l:FOR_CASE]->(c)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
WITH r, v, g WHERE v IS NULL OR g IS NULL
RETURN collect(r.line) AS missing
