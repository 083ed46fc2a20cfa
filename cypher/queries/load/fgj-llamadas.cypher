// Call detail records (fgj/sabanas_llamadas.csv): CALLED from caller to callee phone, one per
// sábana line (sourceId "sabana:<oficio>:<renglon>", unique: see 002-model.cypher).
// Phones are merged just before by phone.cypher.
// $rows: [{sourceId, grade, from, to, occurredAt, durationSec, kind, carrier}];
// $ingestedAt: datetime.
UNWIND $rows AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[c:CALLED {sourceId: r.sourceId}]->(b)
ON CREATE SET c.ingestedAt = $ingestedAt
SET c += r.grade, c.occurredAt = datetime(r.occurredAt), c.durationSec = toInteger(r.durationSec),
    c.kind = r.kind, c.carrier = r.carrier
