// SSC detainees (ssc/iph_detenidos.csv): ARRESTED from the Arrest to the detainee's person
// record (loaded just before by person.cypher). Returns lines whose arrest is not in the graph.
// $rows: [{line, sourceId, grade, arrestId, personId, age}]; $ingestedAt: datetime.
UNWIND $rows AS r
OPTIONAL MATCH (x:Entity {id: r.arrestId})
MATCH (p:Entity {id: r.personId})
CALL (x, p, r) {
  WITH * WHERE x IS NOT NULL
  MERGE (x)-[l:ARRESTED]->(p)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId, l.ageAtEvent = r.age
}
WITH r, x WHERE x IS NULL
RETURN collect(r.line) AS missing
