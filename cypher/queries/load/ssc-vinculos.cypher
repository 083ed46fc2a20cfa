// Links between people (ssc/inteligencia_vinculos.csv): FAMILY_OF {kind} for relatives and
// partners, ASSOCIATE_OF otherwise; from person record a to person record b.
// $rows: [{line, sourceId, grade, fromId, toId, family, kind}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (a:Entity {id: r.fromId})
OPTIONAL MATCH (b:Entity {id: r.toId})
CALL (a, b, r) {
  WITH * WHERE a IS NOT NULL AND b IS NOT NULL AND r.family
  MERGE (a)-[l:FAMILY_OF {sourceId: r.sourceId}]->(b)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.kind = r.kind
}
CALL (a, b, r) {
  WITH * WHERE a IS NOT NULL AND b IS NOT NULL AND NOT r.family
  MERGE (a)-[l:ASSOCIATE_OF {sourceId: r.sourceId}]->(b)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.kind = r.kind
}
WITH r, a, b WHERE a IS NULL OR b IS NULL
RETURN collect(r.line) AS missing
