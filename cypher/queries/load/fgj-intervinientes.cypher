// People in FGJ case files (fgj/intervinientes.csv): INVOLVED_IN {role} from the person record
// to the Case. Minors and victims of gender violence are protected: the link, the person record
// and that record's residence and phone links are raised to confidential (2) with the MIN or
// GV compartment. Returns the lines whose person or case is not in the graph.
// $rows: [{line, sourceId, grade, personId, caseId, role, sourceRole, age, minor}];
// $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (p:Entity {id: r.personId})
OPTIONAL MATCH (c:Entity {id: r.caseId})
CALL (p, c, r) {
  WITH * WHERE p IS NOT NULL AND c IS NOT NULL
  MERGE (p)-[l:INVOLVED_IN {sourceId: r.sourceId}]->(c)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.role = r.role, l.sourceRole = r.sourceRole, l.ageAtEvent = r.age
  WITH p, l, [x IN [CASE WHEN r.minor THEN 'MIN' END,
                    CASE WHEN c.genderViolence AND r.role = 'VICTIM' THEN 'GV' END]
              WHERE x IS NOT NULL] AS comps
  WHERE size(comps) > 0
  SET l.classification = CASE WHEN l.classification < 2 THEN 2 ELSE l.classification END,
      l.compartments = l.compartments + [x IN comps WHERE NOT x IN l.compartments],
      p.classification = CASE WHEN p.classification < 2 THEN 2 ELSE p.classification END,
      p.compartments = p.compartments + [x IN comps WHERE NOT x IN p.compartments]
  WITH p, comps
  OPTIONAL MATCH (p)-[h:LIVES_AT|USES_PHONE]->()
  FOREACH (x IN CASE WHEN h IS NULL THEN [] ELSE [h] END |
    SET x.classification = CASE WHEN x.classification < 2 THEN 2 ELSE x.classification END,
        x.compartments = x.compartments + [y IN comps WHERE NOT y IN x.compartments])
}
WITH r, p, c WHERE p IS NULL OR c IS NULL
RETURN collect(r.line) AS missing
