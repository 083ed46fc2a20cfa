// Which of $ids name an entity or a hypothesis, and whether the viewer may see it: the
// need-to-know rule of explore/nodes.cypher and hypotheses/get.cypher (a hypothesis and its two
// ends), for the audit trail's redaction (ADR 0006, audit addendum). Ids that name neither are
// not returned.
// An entity's name (its caption now) comes too, shown only where visible.
// Its marking too (the highest level and every compartment of it and, for a hypothesis, its
// ends), which an export of the trail carries where the name shows. Visibility and marking are
// those of its guards (the entity; a hypothesis and its ends): cypher/queries/fragments/guards-*.
// $ids; need-to-know: $clearance, $compartments. Returns id, visible, caption, hypothesis,
// classification, compartments (one row per known id; caption null for a hypothesis).
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Entity {id: id})
  RETURN [x] AS guards, x.caption AS caption, false AS hypothesis
  UNION
  MATCH (a:Entity)<-[:FROM_ENTITY]-(x:Hypothesis {id: id})-[:TO_ENTITY]->(b:Entity)
  RETURN [x, a, b] AS guards, null AS caption, true AS hypothesis
}
WITH id, guards, caption, hypothesis
RETURN id, caption, hypothesis,
  {{> fragments/guards-visible}} AS visible,
  {{> fragments/guards-level}} AS classification,
  {{> fragments/guards-compartments}} AS compartments
