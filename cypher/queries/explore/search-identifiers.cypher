// Identifier lookup. Each parameter is a normalised identifier or null when the typed text
// is not of that kind: $curp, $rfc, $clabe, $plate, $vin, $folio (a case, C5, IPH or
// UIF report folio's letters and digits only, matched on folioBare) match whole, as does any
// of $phones (a list: a CDMX number typed without its area code has two); $curpPrefix
// matches the start of a CURP and $folioTail the end of a folio (as people quote a folio by
// its number and date), after the whole matches; $recordIds (entity ids a typed record id may
// be, see identifiers.ts) match an entity's id. Need-to-know: $clearance (int) and
// $compartments (list). Returns node, the field that matched, whether it matched whole and, for
// a phone, vehicle or account, whose it is, and for a person what it is a member of (ties,
// fragments/holders.cypher and member-of.cypher).
CALL () {
  MATCH (n:Entity) WHERE n.id IN $recordIds RETURN n, 'id' AS field, true AS whole
  UNION
  MATCH (n:Person) WHERE n.curp = $curp RETURN n, 'curp' AS field, true AS whole
  UNION
  MATCH (n:Person) WHERE n.rfc = $rfc RETURN n, 'rfc' AS field, true AS whole
  UNION
  MATCH (n:Company) WHERE n.rfc = $rfc RETURN n, 'rfc' AS field, true AS whole
  UNION
  MATCH (n:BankAccount) WHERE n.clabe = $clabe RETURN n, 'clabe' AS field, true AS whole
  UNION
  MATCH (n:Phone) WHERE n.number IN $phones RETURN n, 'number' AS field, true AS whole
  UNION
  MATCH (n:Vehicle) WHERE n.plate = $plate RETURN n, 'plate' AS field, true AS whole
  UNION
  MATCH (n:Vehicle) WHERE n.vin = $vin RETURN n, 'vin' AS field, true AS whole
  UNION
  MATCH (n:Case) WHERE n.folioBare = $folio RETURN n, 'folio' AS field, true AS whole
  UNION
  MATCH (n:Incident) WHERE n.folioBare = $folio RETURN n, 'folio' AS field, true AS whole
  UNION
  MATCH (n:Arrest) WHERE n.folioBare = $folio RETURN n, 'folio' AS field, true AS whole
  UNION
  MATCH (n:FinancialReport) WHERE n.folioBare = $folio RETURN n, 'folio' AS field, true AS whole
  UNION
  MATCH (n:CjmCase) WHERE n.folioBare = $folio RETURN n, 'folio' AS field, true AS whole
  UNION
  MATCH (n:Person) WHERE n.curp STARTS WITH $curpPrefix RETURN n, 'curp' AS field, false AS whole
  UNION
  MATCH (n:Case) WHERE n.folioBare ENDS WITH $folioTail RETURN n, 'folio' AS field, false AS whole
  UNION
  MATCH (n:Incident) WHERE n.folioBare ENDS WITH $folioTail RETURN n, 'folio' AS field, false AS whole
  UNION
  MATCH (n:Arrest) WHERE n.folioBare ENDS WITH $folioTail RETURN n, 'folio' AS field, false AS whole
  UNION
  MATCH (n:FinancialReport) WHERE n.folioBare ENDS WITH $folioTail
  RETURN n, 'folio' AS field, false AS whole
}
WITH n, field, whole
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
WITH n AS node, field, whole
ORDER BY whole DESC
LIMIT $limit
RETURN node, field, whole,
       CASE WHEN node:Phone OR node:Vehicle OR node:BankAccount
            THEN {{> explore/fragments/holders}}
            WHEN node:Person THEN {{> explore/fragments/member-of}} ELSE [] END AS ties
