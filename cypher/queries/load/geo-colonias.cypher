// Colonias (cdmx/colonias.csv), each inside its borough, named with the borough as INEGI writes
// it ("Centro, Cuauhtémoc"; the file has it in capitals without accents).
// $rows: [{id, sourceId, grade, name, alcaldiaId, alcaldiaCode, searchText, lat, lon}];
// $ingestedAt: datetime.
UNWIND $rows AS r
MATCH (a:Entity {id: r.alcaldiaId})
MERGE (n:Entity {id: r.id})
ON CREATE SET n.ingestedAt = $ingestedAt
SET n:Colonia, n += r.grade, n.sourceId = r.sourceId, n.name = r.name, n.caption = r.name + ', ' + a.name,
    n.alcaldiaCode = r.alcaldiaCode, n.searchText = r.searchText,
    n.location = point({latitude: r.lat, longitude: r.lon})
MERGE (n)-[l:IN_ALCALDIA]->(a)
ON CREATE SET l.ingestedAt = $ingestedAt
SET l += r.grade, l.sourceId = r.sourceId
