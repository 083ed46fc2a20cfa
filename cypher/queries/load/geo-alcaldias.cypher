// Boroughs (inegi/alcaldias.csv).
// $rows: [{id, sourceId, grade, code, name, searchText, lat, lon}]; $ingestedAt: datetime.
// grade = {source, reliability, credibility, classification, compartments} (provenance).
UNWIND $rows AS r
MERGE (n:Entity {id: r.id})
ON CREATE SET n.ingestedAt = $ingestedAt
SET n:Alcaldia, n += r.grade, n.sourceId = r.sourceId, n.code = r.code, n.name = r.name,
    n.caption = r.name, n.searchText = r.searchText,
    n.location = point({latitude: r.lat, longitude: r.lon})
