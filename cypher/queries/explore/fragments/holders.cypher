// A fragment, not a query: whose the phone, vehicle or bank account `node` is (who uses, owns or
// holds it), as a list of up to four distinct names in alphabetical order, by the links and
// people the viewer may see (need-to-know on both, ADR 0006): a search hit names them, as
// "who has this number?" is what a number is searched for. Needs $clearance, $compartments.
// A shared number (a switchboard's, a company's account) may have thousands: the names are
// chosen among the first 100 visible holders found (in no set order past those), so a hit
// costs about the same however many hold it (links hidden from the reader are read past).
// No comment at the end of a line here: it would swallow what follows the include.
COLLECT {
  MATCH (h:Entity)-[hr:USES_PHONE|OWNS|HOLDS_ACCOUNT]->(node)
  WHERE coalesce(hr.classification, 0) <= $clearance
    AND all(c IN coalesce(hr.compartments, []) WHERE c IN $compartments)
    AND coalesce(h.classification, 0) <= $clearance
    AND all(c IN coalesce(h.compartments, []) WHERE c IN $compartments)
  WITH DISTINCT h LIMIT 100
  WITH DISTINCT coalesce(h.caption, h.id) AS name
  ORDER BY name
  LIMIT 4
  RETURN name
}
