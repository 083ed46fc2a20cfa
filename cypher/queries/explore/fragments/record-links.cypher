// A fragment, not a query: the links source record agency:line stands behind, as a list (an
// expression): a call line ("sabana:<oficio>:<line>"), or when `whole` (the record was cited as
// kind:id) every line of a whole warrant ("sabana:<oficio>"); or a link that is a record of its
// own: a declared tie, a case's participant, a member, a prison visit, a registry act, a
// vehicle's or account's holder (each type indexed by sourceId in cypher/schema/002-model.cypher:
// a type missing there would be read link by link). Links made from an entity's record carry
// that record's id and are not listed: the record is the entity (record-entities.cypher).
// Variables: agency, line, whole. No need-to-know here: the including query applies it.
// No comment at the end of a line here: it would swallow what follows the include.
COLLECT {
  MATCH ()-[r:CALLED]->()
  WHERE r.sourceId STARTS WITH line AND r.source = agency
    AND (r.sourceId = line OR (whole AND r.sourceId STARTS WITH line + ':'))
  RETURN r
  UNION ALL
  MATCH ()-[r:ASSOCIATE_OF {sourceId: line}]->() WHERE r.source = agency RETURN r
  UNION ALL
  MATCH ()-[r:FAMILY_OF {sourceId: line}]->() WHERE r.source = agency RETURN r
  UNION ALL
  MATCH ()-[r:INVOLVED_IN {sourceId: line}]->() WHERE r.source = agency RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF {sourceId: line}]->() WHERE r.source = agency RETURN r
  UNION ALL
  MATCH ()-[r:VISITED {sourceId: line}]->() WHERE r.source = agency RETURN r
  UNION ALL
  MATCH ()-[r:OWNS {sourceId: line}]->() WHERE r.source = agency RETURN r
  UNION ALL
  MATCH ()-[r:DIRECTOR_OF {sourceId: line}]->() WHERE r.source = agency RETURN r
  UNION ALL
  MATCH ()-[r:HOLDS_ACCOUNT {sourceId: line}]->() WHERE r.source = agency RETURN r
}
