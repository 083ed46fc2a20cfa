// People in FGJ case files (fgj/intervinientes.csv): INVOLVED_IN {role} from the person record
// to the Case. Minors and victims of gender violence are protected: the link and the person
// record are raised to confidential (2) with the MIN or GV compartment (fgj-protect.cypher
// then raises the record's residence and phone links). The record keeps them in protectedBy, so
// a reload of the record, its address or phone raises their row's grade the same way
// (fragments/record-grade.cypher). Returns the lines whose person or case is not in the graph.
// $rows: [{line, sourceId, grade, personId, caseId, role, sourceRole, age, minor}];
// $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (p:Entity {id: r.personId})
OPTIONAL MATCH (c:Entity {id: r.caseId})
WITH r, p, c, [x IN [CASE WHEN r.minor THEN 'MIN' END,
                     CASE WHEN c.genderViolence AND r.role = 'VICTIM' THEN 'GV' END]
               WHERE x IS NOT NULL AND NOT x IN r.grade.compartments] AS comps
FOREACH (_ IN CASE WHEN p IS NULL OR c IS NULL THEN [] ELSE [1] END |
  MERGE (p)-[l:INVOLVED_IN {sourceId: r.sourceId}]->(c)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.role = r.role, l.sourceRole = r.sourceRole, l.ageAtEvent = r.age,
      l.compartments = r.grade.compartments + comps,
      l.classification = CASE WHEN size(comps) > 0 AND r.grade.classification < 2 THEN 2
                              ELSE r.grade.classification END)
FOREACH (_ IN CASE WHEN p IS NULL OR c IS NULL OR size(comps) = 0 THEN [] ELSE [1] END |
  SET p._lock = true // the write lock before reading: parallel loader lanes may touch this record
  SET p.classification = CASE WHEN p.classification < 2 THEN 2 ELSE p.classification END,
      p.compartments = p.compartments + [x IN comps WHERE NOT x IN p.compartments],
      p.protectedBy = coalesce(p.protectedBy, []) + [x IN comps WHERE NOT x IN coalesce(p.protectedBy, [])]
  REMOVE p._lock)
WITH r, p, c WHERE p IS NULL OR c IS NULL
RETURN collect(r.line) AS missing
