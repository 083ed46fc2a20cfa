// What cited source records are, as the viewer may see them: $refs ("AGENCY:recordId"). A
// record is the entity it became (explore/fragments/record-entities.cypher), else the links it
// stands behind (record-links.cypher: a call line, a whole warrant cited as "sabana:<oficio>", a
// declared tie, a visit…), each seen with its two ends (the record names them): the guards of
// fragments/guards-visible.cypher, [entity] or [link, start, end]. Need-to-know $clearance,
// $compartments. Returns ref, entity (a node, or null), links (the first $limit by time: {rel,
// from, to}, ends' ids), linkCount, firstAt and lastAt (of every visible link's time); nothing
// for a record that is missing or hidden.
UNWIND $refs AS ref
WITH ref, split(ref, ':') AS parts
WITH ref, parts[0] AS agency, substring(ref, size(parts[0]) + 1) AS line, size(parts) = 3 AS whole
WITH ref, agency, line, whole,
     [guards IN [e IN {{> explore/fragments/record-entities}} | [e]]
      WHERE {{> fragments/guards-visible}} | head(guards)] AS entities
WITH ref, head(entities) AS entity,
     CASE WHEN size(entities) > 0 THEN [] ELSE
       [guards IN [r IN {{> explore/fragments/record-links}} | [r, startNode(r), endNode(r)]]
        WHERE {{> fragments/guards-visible}} | head(guards)]
     END AS links
WHERE entity IS NOT NULL OR size(links) > 0
WITH ref, entity, links, [r IN links WHERE r.occurredAt IS NOT NULL | r.occurredAt] AS times
RETURN ref, entity, size(links) AS linkCount,
       COLLECT { UNWIND links AS r
                 WITH r ORDER BY r.occurredAt, r.sourceId LIMIT $limit
                 RETURN {rel: r, from: startNode(r).id, to: endNode(r).id} } AS links,
       reduce(m = head(times), t IN times | CASE WHEN t < m THEN t ELSE m END) AS firstAt,
       reduce(m = head(times), t IN times | CASE WHEN t > m THEN t ELSE m END) AS lastAt
