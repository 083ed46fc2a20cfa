// Person records: one node per agency record ("FGJ:persona:1000001"), never merged across
// agencies here (entity resolution is a separate, reversible step). Links the record to the
// address and phone it gives (merged just before by address.cypher and phone.cypher).
// A record protected by fgj-intervinientes.cypher (protectedBy) keeps its protection: the row's
// grade is raised by it (fragments/record-grade.cypher), for the record and its links.
// $rows: [{id, sourceId, grade, props, birthDate, registeredOn, addressId, phoneId}];
// $ingestedAt: datetime.
// props: caption, searchText, givenNames, paternalSurname, maternalSurname, aliases, sex, curp,
//        rfc, recordKind, occupation, cjmRole (a null value removes the property).
UNWIND $rows AS r
OPTIONAL MATCH (a:Entity {id: r.addressId})
OPTIONAL MATCH (t:Entity {id: r.phoneId})
OPTIONAL MATCH (rec:Entity {id: r.id})
WITH r, a, t, {{> load/fragments/record-grade}} AS g
MERGE (p:Entity {id: r.id})
ON CREATE SET p.ingestedAt = $ingestedAt
SET p:Person, p += r.grade, p.classification = g.classification, p.compartments = g.compartments, p += r.props, p.sourceId = r.sourceId, p.birthDate = date(r.birthDate),
    p.registeredOn = date(r.registeredOn)
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END |
  MERGE (p)-[l:LIVES_AT]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.classification = g.classification, l.compartments = g.compartments, l.sourceId = r.sourceId)
FOREACH (x IN CASE WHEN t IS NULL THEN [] ELSE [t] END |
  MERGE (p)-[l:USES_PHONE]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.classification = g.classification, l.compartments = g.compartments, l.sourceId = r.sourceId)
