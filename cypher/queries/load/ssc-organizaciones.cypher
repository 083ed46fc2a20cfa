// SSC intelligence on criminal organisations (ssc/inteligencia_organizaciones.csv): one
// Organization per organisation or cell (ssc-subcelulas.cypher then links cells to parents).
// $rows: [{line, id, sourceId, grade, props, parentId, registeredOn}]; $ingestedAt: datetime.
// props: caption, name, aliases, kind (ORGANIZATION | CELL), territory, activities, searchText.
UNWIND $rows AS r
MERGE (o:Entity {id: r.id})
ON CREATE SET o.ingestedAt = $ingestedAt
SET o:Organization, o += r.grade, o += r.props, o.sourceId = r.sourceId,
    o.registeredOn = date(r.registeredOn)
