// SSC intelligence on criminal organisations (ssc/inteligencia_organizaciones.csv): one
// Organization per organisation or cell; a cell is SUBCELL_OF its parent (listed earlier in the
// file). Returns lines whose parent is not in the graph.
// $rows: [{line, id, sourceId, grade, props, parentId, registeredOn}]; $ingestedAt: datetime.
// props: caption, name, aliases, kind (ORGANIZATION | CELL), territory, activities, searchText.
UNWIND $rows AS r
OPTIONAL MATCH (parent:Entity {id: r.parentId})
MERGE (o:Entity {id: r.id})
ON CREATE SET o.ingestedAt = $ingestedAt
SET o:Organization, o += r.grade, o += r.props, o.sourceId = r.sourceId,
    o.registeredOn = date(r.registeredOn)
FOREACH (x IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END |
  MERGE (o)-[l:SUBCELL_OF]->(x)
  ON CREATE SET l.ingestedAt = $ingestedAt
  SET l += r.grade, l.sourceId = r.sourceId)
WITH r, parent WHERE r.parentId IS NOT NULL AND parent IS NULL
RETURN collect(r.line) AS missing
