// How many links each of the entities $ids has to things the viewer may see, counted up to
// $cap + 1 (a batched loader: one query for a whole page of entities). Counting further cost a
// page of 50 neighbours ~60 ms at bench scale (a busy phone or colonia next to it); up to 1,001
// it costs ~14 ms, as the expand preview's per-type counts (docs/benchmarks.md, session 16).
// $ids; $cap; need-to-know $clearance, $compartments. Returns id, degree.
UNWIND $ids AS id
MATCH (counted:Entity {id: id})
RETURN id, {{> explore/fragments/visible-degree}} AS degree
