// Accounts disclosed to the UIF (uif/cuentas.csv): the holder (a UIF subject record, person or
// company) HOLDS_ACCOUNT the account (merged just before by account.cypher); the report that
// disclosed it CONCERNS it. Returns lines whose holder is not in the graph.
// $rows: [{line, sourceId, grade, accountId, holderId, reportId}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (b:Entity {id: r.accountId})
OPTIONAL MATCH (h:Entity {id: r.holderId})
OPTIONAL MATCH (f:Entity {id: r.reportId})
FOREACH (_ IN CASE WHEN b IS NULL OR h IS NULL THEN [] ELSE [1] END |
  MERGE (h)-[l:HOLDS_ACCOUNT]->(b)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
FOREACH (_ IN CASE WHEN b IS NULL OR f IS NULL THEN [] ELSE [1] END |
  MERGE (f)-[l:CONCERNS]->(b)
  ON CREATE SET l.ingestedAt = $ingestedAt, l.role = 'TITULAR'
  SET l += r.grade, l.sourceId = r.sourceId)
WITH r, b, h WHERE b IS NULL OR h IS NULL
RETURN collect(r.line) AS missing
