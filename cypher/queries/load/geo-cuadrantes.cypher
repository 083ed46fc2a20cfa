// SSC police quadrants (cdmx/cuadrantes.csv), each inside its borough, found by name search
// (searchText: "Cuadrante TLATELOLCO 4").
// $rows: [{id, sourceId, grade, number, sector, zona, region, alcaldiaId, alcaldiaCode, caption,
//          searchText, lat, lon}]; $ingestedAt: datetime.
UNWIND $rows AS r
MATCH (a:Entity {id: r.alcaldiaId})
MERGE (n:Entity {id: r.id})
ON CREATE SET n.ingestedAt = $ingestedAt
SET n:Cuadrante, n += r.grade, n.sourceId = r.sourceId, n.number = r.number, n.sector = r.sector,
    n.zona = r.zona, n.region = r.region, n.alcaldiaCode = r.alcaldiaCode, n.caption = r.caption,
    n.searchText = r.searchText,
    n.location = point({latitude: r.lat, longitude: r.lon})
MERGE (n)-[l:IN_ALCALDIA]->(a)
ON CREATE SET l.ingestedAt = $ingestedAt
SET l += r.grade, l.sourceId = r.sourceId
