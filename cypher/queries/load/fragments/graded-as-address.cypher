// A fragment, not a query: whether link l (an address's IN_COLONIA, IN_CUADRANTE or
// IN_ALCALDIA) carries address a's grade and record already. Where an address lies is a fact
// about the address, not about the record that first named it (address.cypher,
// fgj-protect.cypher). Null, not false, for a link just made (its properties are null).
// No comment at the end of a line here: it would swallow what follows the include.
l.source = a.source AND l.sourceId = a.sourceId AND l.reliability = a.reliability
  AND l.credibility = a.credibility AND l.classification = a.classification
  AND l.compartments = a.compartments
