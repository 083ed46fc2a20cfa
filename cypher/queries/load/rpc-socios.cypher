// Partners and officers (rpc/socios.csv): OWNS {share} for shareholders and DIRECTOR_OF {role}
// for officers, from the partner's person record (loaded just before) to the company.
// Returns lines whose company is not in the graph.
// $rows: [{line, sourceId, grade, personId, companyId, role, share, since, owner}];
// $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (p:Entity {id: r.personId})
OPTIONAL MATCH (c:Entity {id: r.companyId})
FOREACH (_ IN CASE WHEN p IS NULL OR c IS NULL OR NOT r.owner THEN [] ELSE [1] END |
  MERGE (p)-[l:OWNS {sourceId: r.sourceId}]->(c)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.share = r.share, l.since = date(r.since))
FOREACH (_ IN CASE WHEN p IS NULL OR c IS NULL OR r.owner THEN [] ELSE [1] END |
  MERGE (p)-[l:DIRECTOR_OF {sourceId: r.sourceId}]->(c)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.role = r.role, l.since = date(r.since))
WITH r, p, c WHERE p IS NULL OR c IS NULL
RETURN collect(r.line) AS missing
