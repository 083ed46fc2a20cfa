// Report subjects (uif/reportes_sujetos.csv): the FinancialReport CONCERNS {role} a subject
// record (person or company) or an account (merged just before by account.cypher).
// Returns lines whose report or subject is not in the graph.
// $rows: [{line, sourceId, grade, reportId, targetId, role}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (f:Entity {id: r.reportId})
OPTIONAL MATCH (t:Entity {id: r.targetId})
FOREACH (_ IN CASE WHEN f IS NULL OR t IS NULL THEN [] ELSE [1] END |
  MERGE (f)-[l:CONCERNS]->(t)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId, l.role = r.role)
WITH r, f, t WHERE f IS NULL OR t IS NULL
RETURN collect(r.line) AS missing
