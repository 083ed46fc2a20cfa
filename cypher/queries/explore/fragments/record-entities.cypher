// A fragment, not a query: the entity source record `ref` (agency:line) became, as a list (an
// expression) of none or one: the entity whose id is the record's (people, cases, incidents,
// reports…), else a borough, colonia or quadrant of the city's catalogues, whose id is its code
// (indexed by sourceId in cypher/schema/002-model.cypher). Variables: ref, agency, line.
// No need-to-know here: the including query applies it to what it returns.
// No comment at the end of a line here: it would swallow what follows the include.
COLLECT {
  MATCH (e:Entity {id: ref}) RETURN e
  UNION ALL
  MATCH (e:Alcaldia {sourceId: line}) WHERE e.source = agency RETURN e
  UNION ALL
  MATCH (e:Colonia {sourceId: line}) WHERE e.source = agency RETURN e
  UNION ALL
  MATCH (e:Cuadrante {sourceId: line}) WHERE e.source = agency RETURN e
}
