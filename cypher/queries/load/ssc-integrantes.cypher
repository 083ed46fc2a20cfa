// Membership (ssc/inteligencia_integrantes.csv): MEMBER_OF {role, since, until} from a person
// record of any agency to an organisation or cell, graded by the analyst.
// Returns lines whose person or organisation is not in the graph.
// $rows: [{line, sourceId, grade, personId, orgId, role, since, until}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (p:Entity {id: r.personId})
OPTIONAL MATCH (o:Entity {id: r.orgId})
FOREACH (_ IN CASE WHEN p IS NULL OR o IS NULL THEN [] ELSE [1] END |
  MERGE (p)-[l:MEMBER_OF {sourceId: r.sourceId}]->(o)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.role = r.role, l.since = date(r.since), l.until = date(r.until))
WITH r, p, o WHERE p IS NULL OR o IS NULL
RETURN collect(r.line) AS missing
