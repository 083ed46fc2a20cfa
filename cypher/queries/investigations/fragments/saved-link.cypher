// A fragment, not a query: whether `rel` is the saved link reference `link` ({id, type, source,
// target, hypothesisId?}; its ends matched by the including query): the relationship of its
// element id, or, for a link confirmed by a hypothesis and approved again after a reopening (a
// new relationship), the one of its hypothesis. Of the same type either way (a deleted
// relationship's element id can be reused by Neo4j).
type(rel) = link.type
AND (elementId(rel) = link.id
     OR (link.hypothesisId IS NOT NULL AND rel.hypothesisId = link.hypothesisId))
