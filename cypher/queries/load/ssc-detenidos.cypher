// SSC detainees (ssc/iph_detenidos.csv): ARRESTED from the Arrest to the detainee's person
// record (loaded just before by person.cypher). Returns lines whose arrest is not in the graph.
// $rows: [{line, sourceId, grade, arrestId, personId, age}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (x:Entity {id: r.arrestId})
OPTIONAL MATCH (p:Entity {id: r.personId})
FOREACH (_ IN CASE WHEN x IS NULL OR p IS NULL THEN [] ELSE [1] END |
  MERGE (x)-[l:ARRESTED]->(p)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId, l.ageAtEvent = r.age)
WITH r, x, p WHERE x IS NULL OR p IS NULL
RETURN collect(r.line) AS missing
