// Operations (uif/operaciones.csv): a Transfer node FROM the debited account TO the credited
// one (accounts merged just before; a cash deposit has no FROM, a withdrawal no TO), and the
// report it was disclosed in CONCERNS it.
// $rows: [{id, sourceId, grade, props, occurredAt, fromId, toId, reportId}];
// $ingestedAt: datetime. props: caption, amount, currency, kind, concept.
UNWIND $rows AS r
MERGE (t:Entity {id: r.id})
ON CREATE SET t.ingestedAt = $ingestedAt
SET t:Transfer, t += r.grade, t += r.props, t.sourceId = r.sourceId,
    t.occurredAt = datetime(r.occurredAt)
WITH t, r
CALL (t, r) {
  WITH * WHERE r.fromId IS NOT NULL
  MATCH (a:Entity {id: r.fromId})
  MERGE (t)-[l:FROM]->(a)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
CALL (t, r) {
  WITH * WHERE r.toId IS NOT NULL
  MATCH (b:Entity {id: r.toId})
  MERGE (t)-[l:TO]->(b)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId
}
CALL (t, r) {
  WITH * WHERE r.reportId IS NOT NULL
  MATCH (f:Entity {id: r.reportId})
  MERGE (f)-[l:CONCERNS]->(t)
  ON CREATE SET l.ingestedAt = $ingestedAt, l.role = 'OPERACION'
  SET l += r.grade, l.sourceId = r.sourceId
}
