// Which of $ids name an entity or a hypothesis the viewer may not see: the need-to-know rule of
// explore/nodes.cypher and hypotheses/get.cypher, word for word, for the audit trail's redaction
// (ADR 0006, audit addendum). Ids that name neither (dates, investigations, unknown ids) are not
// returned. $ids; need-to-know: $clearance, $compartments. Returns id, one row per hidden id.
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Entity {id: id})
  RETURN x
  UNION
  MATCH (x:Hypothesis {id: id})
  RETURN x
}
WITH id, x
WHERE NOT (coalesce(x.classification, 0) <= $clearance
  AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments))
RETURN DISTINCT id
