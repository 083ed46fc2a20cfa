// Links between people (ssc/inteligencia_vinculos.csv): FAMILY_OF {kind} for relatives and
// partners, ASSOCIATE_OF otherwise; from person record a to person record b.
// Returns lines whose people are not in the graph.
// $rows: [{line, sourceId, grade, fromId, toId, family, kind}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (a:Entity {id: r.fromId})
OPTIONAL MATCH (b:Entity {id: r.toId})
FOREACH (_ IN CASE WHEN a IS NULL OR b IS NULL OR NOT r.family THEN [] ELSE [1] END |
  MERGE (a)-[l:FAMILY_OF {sourceId: r.sourceId}]->(b)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.kind = r.kind)
FOREACH (_ IN CASE WHEN a IS NULL OR b IS NULL OR r.family THEN [] ELSE [1] END |
  MERGE (a)-[l:ASSOCIATE_OF {sourceId: r.sourceId}]->(b)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.kind = r.kind)
WITH r, a, b WHERE a IS NULL OR b IS NULL
RETURN collect(r.line) AS missing
