// CJM gender-violence cases (cjm/casos.csv): a CjmCase with the woman (VICTIM) and the
// aggressor (SUSPECT) INVOLVED_IN it, the aggressor FAMILY_OF {kind} the victim, FOR_CASE the
// FGJ carpeta when referred, located at its address. Everything is GV-confidential.
// Returns lines whose victim or aggressor record is not in the graph.
// $rows: [{line, id, sourceId, grade, props, occurredAt, lat, lon, addressId, victimId,
//          aggressorId, relation, caseId}]; $ingestedAt: datetime.
// props: caption, centre, violenceType, modality, riskLevel, protectionOrders.
UNWIND $rows AS r
OPTIONAL MATCH (v:Entity {id: r.victimId})
OPTIONAL MATCH (g:Entity {id: r.aggressorId})
OPTIONAL MATCH (a:Entity {id: r.addressId})
OPTIONAL MATCH (c:Entity {id: r.caseId})
MERGE (k:Entity {id: r.id})
ON CREATE SET k.ingestedAt = $ingestedAt
SET k:CjmCase, k += r.grade, k += r.props, k.sourceId = r.sourceId,
    k.occurredAt = datetime(r.occurredAt),
    k.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END
FOREACH (x IN CASE WHEN v IS NULL THEN [] ELSE [v] END |
  MERGE (x)-[l:INVOLVED_IN {sourceId: r.sourceId}]->(k)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.role = 'VICTIM', l.sourceRole = 'USUARIA')
FOREACH (x IN CASE WHEN g IS NULL THEN [] ELSE [g] END |
  MERGE (x)-[l:INVOLVED_IN {sourceId: r.sourceId}]->(k)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.role = 'SUSPECT', l.sourceRole = 'AGRESOR')
FOREACH (_ IN CASE WHEN v IS NULL OR g IS NULL THEN [] ELSE [1] END |
  MERGE (g)-[l:FAMILY_OF {sourceId: r.sourceId}]->(v)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.kind = r.relation)
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END |
  MERGE (k)-[l:OCCURRED_AT]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END |
  MERGE (k)-[l:FOR_CASE]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
WITH r, v, g WHERE v IS NULL OR g IS NULL
RETURN collect(r.line) AS missing
