// Vehicles: shared nodes keyed by plate ("plate:ABC1234"); later sources fill what earlier ones
// lacked (an arrest report knows the make, the register also knows the VIN).
// $rows: [{id, sourceId, ref, grade, plate, caption, vin, make, model, year, colour, type}];
// $ingestedAt: datetime.
UNWIND $rows AS r
MERGE (v:Entity {id: r.id})
ON CREATE SET v:Vehicle, v += r.grade, v.sourceId = r.sourceId, v.ingestedAt = $ingestedAt,
    v.sources = [r.ref], v.plate = r.plate
// Loader lanes may write this node concurrently: when the row changes it, take the node's write
// lock (SET _lock) before reading it again, so no concurrent update is lost.
FOREACH (_ IN CASE WHEN NOT r.ref IN v.sources OR r.grade.classification < v.classification
      OR (r.grade.classification = v.classification AND size(r.grade.compartments) < size(v.compartments))
    THEN [1] ELSE [] END |
  SET v._lock = true
  SET v.sources = CASE WHEN r.ref IN v.sources THEN v.sources ELSE v.sources + r.ref END
  FOREACH (_ IN CASE WHEN r.grade.classification < v.classification
      OR (r.grade.classification = v.classification AND size(r.grade.compartments) < size(v.compartments))
      THEN [1] ELSE [] END | SET v += r.grade, v.sourceId = r.sourceId)
  REMOVE v._lock)
SET v.caption = coalesce(v.caption, r.caption), v.vin = coalesce(v.vin, r.vin),
    v.make = coalesce(v.make, r.make), v.model = coalesce(v.model, r.model),
    v.year = coalesce(v.year, r.year), v.colour = coalesce(v.colour, r.colour),
    v.type = coalesce(v.type, r.type)
