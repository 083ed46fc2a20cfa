// The cited evidence the viewer cannot find: source records $records ("AGENCY:sourceId") and
// entities $ids. A record is found when it became an entity (a record's entity id is
// "AGENCY:sourceId") or when it is a call record: a CALLED link's sourceId, the line itself or
// its whole warrant ("sabana:<oficio>" for "sabana:<oficio>:<line>"). Either must be visible
// under need-to-know $clearance, $compartments. Returns missingRecords, missingIds.
RETURN
  [rec IN $records WHERE NOT (
    EXISTS {
      MATCH (e:Entity {id: rec})
      WHERE coalesce(e.classification, 0) <= $clearance
        AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
    }
    OR EXISTS {
      WITH split(rec, ':')[0] AS agency, substring(rec, size(split(rec, ':')[0]) + 1) AS line
      MATCH ()-[r:CALLED]->()
      WHERE r.sourceId STARTS WITH line AND (r.sourceId = line OR r.sourceId STARTS WITH line + ':')
        AND r.source = agency
        AND coalesce(r.classification, 0) <= $clearance
        AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
    }
  )] AS missingRecords,
  [id IN $ids WHERE NOT EXISTS {
    MATCH (e:Entity {id: id})
    WHERE coalesce(e.classification, 0) <= $clearance
      AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
  }] AS missingIds
