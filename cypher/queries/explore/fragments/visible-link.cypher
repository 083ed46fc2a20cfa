// A fragment, not a query: the WHERE conditions on a link r to a neighbour m that expand,
// expand preview, its typed branches and link bundles share, included (in parentheses) by an
// include line.
// No comment at the end of a line here: it would swallow what follows the include.
// Need-to-know on the link and the neighbour (ADR 0006); $neighborTypes (the neighbour's types:
// every entity type when the filter names none, a parameter rather than a label in the text so
// that one planned query serves every neighbour type); $agencies (the link's source agency,
// or null for all); $from, $to (window on the link's or neighbour's occurredAt; a link that
// lasts, such as a membership, is kept when its since–until days (UTC, as the web reads them)
// overlap the window; undated links are kept).
coalesce(r.classification, 0) <= $clearance
  AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
  AND coalesce(m.classification, 0) <= $clearance
  AND all(c IN coalesce(m.compartments, []) WHERE c IN $compartments)
  AND any(l IN labels(m) WHERE l IN $neighborTypes)
  AND ($agencies IS NULL OR r.source IN $agencies)
  AND ($from IS NULL OR coalesce(r.occurredAt, m.occurredAt) IS NULL OR coalesce(r.occurredAt, m.occurredAt) >= $from)
  AND ($to IS NULL OR coalesce(r.occurredAt, m.occurredAt) IS NULL OR coalesce(r.occurredAt, m.occurredAt) < $to)
  AND ($from IS NULL OR r.until IS NULL OR datetime({date: r.until, timezone: 'UTC'}) + duration('P1D') > $from)
  AND ($to IS NULL OR r.since IS NULL OR datetime({date: r.since, timezone: 'UTC'}) < $to)
