// Fast path of fgj-llamadas.cypher for rows the checkpoint proves new (past the last committed
// line of an unchanged file): CREATE instead of MERGE, about a third less work per call. The
// uniqueness constraint on CALLED.sourceId still refuses a duplicate; the loader then reruns
// the batch with fgj-llamadas.cypher.
// $rows: [{sourceId, grade, from, to, occurredAt, durationSec, kind, carrier}];
// $ingestedAt: datetime.
UNWIND $rows AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
CREATE (a)-[c:CALLED]->(b)
SET c += r.grade, c.sourceId = r.sourceId, c.ingestedAt = $ingestedAt,
    c.occurredAt = datetime(r.occurredAt), c.durationSec = toInteger(r.durationSec),
    c.kind = r.kind, c.carrier = r.carrier
