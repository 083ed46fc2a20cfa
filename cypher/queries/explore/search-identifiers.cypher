// Exact identifier lookup. Each parameter is a normalised identifier or null when the typed
// text is not of that kind: $curp, $rfc, $clabe, $phone, $plate, $folio (a case, C5, IPH or UIF
// report folio's letters and digits only, matched on folioBare). Need-to-know: $clearance (int) and
// $compartments (list). Returns node and the field that matched.
CALL {
  MATCH (n:Person) WHERE n.curp = $curp RETURN n, 'curp' AS field
  UNION
  MATCH (n:Person) WHERE n.rfc = $rfc RETURN n, 'rfc' AS field
  UNION
  MATCH (n:Company) WHERE n.rfc = $rfc RETURN n, 'rfc' AS field
  UNION
  MATCH (n:BankAccount) WHERE n.clabe = $clabe RETURN n, 'clabe' AS field
  UNION
  MATCH (n:Phone) WHERE n.number = $phone RETURN n, 'number' AS field
  UNION
  MATCH (n:Vehicle) WHERE n.plate = $plate RETURN n, 'plate' AS field
  UNION
  MATCH (n:Case) WHERE n.folioBare = $folio RETURN n, 'folio' AS field
  UNION
  MATCH (n:Incident) WHERE n.folioBare = $folio RETURN n, 'folio' AS field
  UNION
  MATCH (n:Arrest) WHERE n.folioBare = $folio RETURN n, 'folio' AS field
  UNION
  MATCH (n:FinancialReport) WHERE n.folioBare = $folio RETURN n, 'folio' AS field
}
WITH n, field
WHERE coalesce(n.classification, 0) <= $clearance
  AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
RETURN n AS node, field
LIMIT $limit
