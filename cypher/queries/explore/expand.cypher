// One page of the neighbours of the entities $ids that the viewer may see, filtered.
// Placeholders (allow-listed in api/src/graph/model.ts): {{LEFT}} and {{RIGHT}} are the arrow
// ends for the direction ('-'/'<-' and '-'/'->'), {{REL}} the relationship pattern, {{NEIGHBOR}}
// the neighbour pattern, {{ORDER}} either nothing or an ORDER BY on the neighbour's degree over
// the first 5000 candidates.
// $ids; $agencies (list or null: relationship's source agency); $from, $to (datetimes or null:
// window on the link's or neighbour's occurredAt; undated links are kept); $skip; $limit;
// need-to-know $clearance, $compartments. Returns centre (id), rel, other, start (id); one
// row more than $limit when there is a next page.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
MATCH (n){{LEFT}}[{{REL}}]{{RIGHT}}({{NEIGHBOR}})
WHERE {{> explore/fragments/visible-link}}
WITH n, r, m
{{ORDER}}
RETURN n.id AS centre, r AS rel, m AS other, startNode(r).id AS start
SKIP $skip
LIMIT $limit + 1
