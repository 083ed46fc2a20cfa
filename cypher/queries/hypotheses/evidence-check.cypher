// The cited evidence the viewer may see, each with the protection the hypothesis inherits from
// it: source records $records ("AGENCY:recordId") and entities $ids. A record is found as the
// entity it became (explore/fragments/record-entities.cypher) or as the links it stands behind
// (record-links.cypher: a call line, a whole call warrant cited as "sabana:<oficio>", a declared
// tie, a visit…). A link is seen, and protects, with its two ends: the record names them. Each
// item found is a list of guards (an entity; a link and its ends), shown and marked by the
// fragments/guards-* rule. Of several (a warrant's lines) the most permissive visible one
// counts, as for a shared node.
// Need-to-know $clearance, $compartments. Returns item (as cited), classification,
// compartments; nothing for an item that is missing or hidden.
CALL () {
  UNWIND $records AS ref
  WITH ref, split(ref, ':') AS parts
  WITH ref, parts[0] AS agency, substring(ref, size(parts[0]) + 1) AS line, size(parts) = 3 AS whole
  UNWIND [e IN {{> explore/fragments/record-entities}} | [e]]
         + [r IN {{> explore/fragments/record-links}} | [r, startNode(r), endNode(r)]] AS guards
  RETURN ref AS item, guards
  UNION ALL
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  RETURN id AS item, [e] AS guards
}
WITH item, guards
WHERE {{> fragments/guards-visible}}
WITH item, {{> fragments/guards-level}} AS classification,
     {{> fragments/guards-compartments}} AS compartments
ORDER BY classification, size(compartments)
RETURN item, head(collect(classification)) AS classification,
       head(collect(compartments)) AS compartments
