// The cited evidence the viewer may see, each with the protection the hypothesis inherits from
// it: source records $records ("AGENCY:sourceId") and entities $ids. A record is found when it
// became an entity (a record's entity id is "AGENCY:sourceId") or when it is a call record: a
// CALLED link's sourceId, either one line ("sabana:<oficio>:<line>") or, for a cited
// "kind:id", every line under it (a whole warrant, "sabana:<oficio>"), of which the most
// permissive visible one counts (as for a shared node). Need-to-know $clearance,
// $compartments. Returns item (as cited), classification, compartments; nothing for an item
// that is missing or hidden.
CALL () {
  UNWIND $records AS rec
  WITH rec, split(rec, ':') AS parts
  CALL (rec, parts) {
    MATCH (e:Entity {id: rec})
    WHERE coalesce(e.classification, 0) <= $clearance
      AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
    RETURN coalesce(e.classification, 0) AS classification, coalesce(e.compartments, []) AS compartments
    UNION
    WITH rec, parts, substring(rec, size(parts[0]) + 1) AS line
    MATCH ()-[r:CALLED]->()
    WHERE r.sourceId STARTS WITH line AND r.source = parts[0]
      AND (r.sourceId = line OR (size(parts) = 3 AND r.sourceId STARTS WITH line + ':'))
      AND coalesce(r.classification, 0) <= $clearance
      AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
    RETURN coalesce(r.classification, 0) AS classification, coalesce(r.compartments, []) AS compartments
  }
  RETURN rec AS item, classification, compartments
  UNION ALL
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WHERE coalesce(e.classification, 0) <= $clearance
    AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
  RETURN id AS item, coalesce(e.classification, 0) AS classification,
         coalesce(e.compartments, []) AS compartments
}
WITH item, classification, compartments ORDER BY classification, size(compartments)
RETURN item, head(collect(classification)) AS classification,
       head(collect(compartments)) AS compartments
