// Vehicle register (cdmx/padron_vehicular.csv): the owner's person record (loaded just before)
// OWNS the vehicle (merged just before by vehicle.cypher).
// $rows: [{sourceId, grade, personId, vehicleId, since}]; $ingestedAt: datetime.
UNWIND $rows AS r
MATCH (p:Entity {id: r.personId})
MATCH (v:Entity {id: r.vehicleId})
MERGE (p)-[l:OWNS {sourceId: r.sourceId}]->(v)
ON CREATE SET l.ingestedAt = $ingestedAt
SET l += r.grade, l.since = date(r.since)
