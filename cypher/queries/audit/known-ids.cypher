// Which of $ids name an entity or a hypothesis, and whether the viewer may see it: the
// need-to-know rule of explore/nodes.cypher and hypotheses/get.cypher, word for word, for the
// audit trail's redaction (ADR 0006, audit addendum). Ids that name neither are not returned.
// $ids; need-to-know: $clearance, $compartments. Returns id, visible (one row per known id).
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Entity {id: id})
  RETURN x
  UNION
  MATCH (x:Hypothesis {id: id})
  RETURN x
}
WITH id, x
RETURN id,
  coalesce(x.classification, 0) <= $clearance
    AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments) AS visible
