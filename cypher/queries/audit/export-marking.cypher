// The marking of what an export held: the highest classification and every compartment of the
// entities $ids that the exporter may see (only those could be in the file; ADR 0014).
// $ids; need-to-know $clearance, $compartments. Returns classification, compartments (sorted),
// entities (how many of $ids were counted).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
UNWIND CASE WHEN size(coalesce(n.compartments, [])) = 0 THEN [null]
            ELSE n.compartments END AS c
WITH max(coalesce(n.classification, 0)) AS classification, collect(DISTINCT c) AS compartments,
     count(DISTINCT n) AS entities
RETURN coalesce(classification, 0) AS classification,
       [x IN compartments WHERE x IS NOT NULL | x] AS compartments, entities
