// After ssc-organizaciones.cypher: a cell is SUBCELL_OF its parent organisation, which may be
// anywhere in the file or in an earlier load. Returns lines whose parent is not in the graph.
// $rows: the same rows as ssc-organizaciones.cypher; $ingestedAt: datetime.
UNWIND $rows AS r
WITH r WHERE r.parentId IS NOT NULL
OPTIONAL MATCH (o:Entity {id: r.id})
OPTIONAL MATCH (parent:Entity {id: r.parentId})
FOREACH (_ IN CASE WHEN o IS NULL OR parent IS NULL THEN [] ELSE [1] END |
  MERGE (o)-[l:SUBCELL_OF]->(parent)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
WITH r, o, parent WHERE o IS NULL OR parent IS NULL
RETURN collect(r.line) AS missing
