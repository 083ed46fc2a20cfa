// Operations (uif/operaciones.csv): a Transfer node FROM the debited account TO the credited
// one (accounts merged just before; a cash deposit has no FROM, a withdrawal no TO), and the
// report it was disclosed in CONCERNS it.
// $rows: [{id, sourceId, grade, props, occurredAt, fromId, toId, reportId}];
// $ingestedAt: datetime. props: caption, amount, currency, kind, concept.
UNWIND $rows AS r
OPTIONAL MATCH (a:Entity {id: r.fromId})
OPTIONAL MATCH (b:Entity {id: r.toId})
OPTIONAL MATCH (f:Entity {id: r.reportId})
MERGE (t:Entity {id: r.id})
ON CREATE SET t.ingestedAt = $ingestedAt
SET t:Transfer, t += r.grade, t += r.props, t.sourceId = r.sourceId,
    t.occurredAt = datetime(r.occurredAt)
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END |
  MERGE (t)-[l:FROM]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
FOREACH (x IN CASE WHEN b IS NULL THEN [] ELSE [b] END |
  MERGE (t)-[l:TO]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
FOREACH (x IN CASE WHEN f IS NULL THEN [] ELSE [f] END |
  MERGE (x)-[l:CONCERNS]->(t)
  ON CREATE SET l.ingestedAt = $ingestedAt, l.role = 'OPERACION'
  SET l += r.grade, l.sourceId = r.sourceId)
