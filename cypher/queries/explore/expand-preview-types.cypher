// The relationship types that the entities $ids have, from the store's per-type degrees (O(1) on
// a dense node, unfiltered: they only choose which typed branches expand-preview-typed.cypher
// runs, and are never returned). {{TYPE_DEGREES}}: a list of {type, d: COUNT { (n)-[:TYPE]-() }}
// maps rendered from the model's allow-list. $ids. Returns types.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
UNWIND [t IN [{{TYPE_DEGREES}}] WHERE t.d > 0 | t.type] AS type
RETURN collect(DISTINCT type) AS types
