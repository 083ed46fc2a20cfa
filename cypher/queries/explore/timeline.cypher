// Dated events of the entities $ids, oldest first (newest first if $newest): an event
// entity's own dates (a case's occurrence and report: via OCCURRED, REPORTED), events linked
// to them (cases, incidents, arrests, custody, CJM cases, UIF reports; at the link's own date
// when it has one: a visit to a prisoner on the day of the visit; a stay in prison also on its
// release day, via RELEASED), transfers of their
// accounts, calls of their phones, a phone's own calls and memberships' first and last days
// (JOINED, LEFT); every node and link on the way must be visible (a call to a
// protected victim's phone would name her number). Window [$from, $to) on the event time
// (either may be null); $labels keeps only events of those labels (null: every label) and
// $calls says whether calls are wanted; $skip/$limit page it. Newest first sorts on
// `CASE WHEN $newest THEN at END DESC` before `at`: null for every row when oldest first, so
// one query serves both orders (ORDER BY cannot take its direction as a parameter).
// Each kind of event keeps only its first $skip + $limit + 1 in the page's order (a top-k)
// before they are merged, instead of all of them being merged and sorted: the same page (an
// event among the first n of all is among the first n of its kind), p50 825 -> 604 ms for a
// phone with 100,000 calls and p95 53 -> 24 ms for people (docs/benchmarks.md, session 20).
// Need-to-know $clearance, $compartments. Returns subject (id), at, event node or null,
// call (relationship) or null, via (link type), role (the link's, as INVOLVED_IN names one),
// through (a call's: the subject's phones among its ends, itself for a phone; else null), link
// (a membership's day: the membership, whose record and grade are the event's; else null).
UNWIND $ids AS id
MATCH (s:Entity {id: id})
WHERE coalesce(s.classification, 0) <= $clearance
  AND all(c IN coalesce(s.compartments, []) WHERE c IN $compartments)
CALL (s) {
  UNWIND [[s.occurredAt, 'OCCURRED'], [s.reportedAt, 'REPORTED'],
          [CASE WHEN s:Custody AND s.releasedOn IS NOT NULL
                THEN datetime({date: s.releasedOn, timezone: 'America/Mexico_City'}) END, 'RELEASED']] AS own
  WITH s, own WHERE own[0] IS NOT NULL
    AND ($labels IS NULL OR any(l IN labels(s) WHERE l IN $labels))
  RETURN own[0] AS at, s AS event, null AS call, own[1] AS via, null AS role, null AS through, null AS link
  UNION
  MATCH (s)-[r]-(e:Entity)
  WHERE e.occurredAt IS NOT NULL
    AND coalesce(r.classification, 0) <= $clearance AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
    AND coalesce(e.classification, 0) <= $clearance AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
    AND ($labels IS NULL OR any(l IN labels(e) WHERE l IN $labels))
  // A link with its own date is its own event: each visit to a stay in prison on its day, not
  // on the day the inmate was admitted. A stay's release is an event of its own (RELEASED).
  UNWIND [[coalesce(r.occurredAt, e.occurredAt), type(r)],
          [CASE WHEN e:Custody AND e.releasedOn IS NOT NULL AND r.occurredAt IS NULL
                THEN datetime({date: e.releasedOn, timezone: 'America/Mexico_City'}) END, 'RELEASED']] AS d
  WITH e, d, r.role AS role WHERE d[0] IS NOT NULL
  WITH DISTINCT e, d[1] AS via, d[0] AS at, role
  WHERE ($from IS NULL OR at >= $from) AND ($to IS NULL OR at < $to)
  RETURN at, e AS event, null AS call, via, role, null AS through, null AS link
  ORDER BY CASE WHEN $newest THEN at END DESC, at, e.id, via, role LIMIT $skip + $limit + 1
  UNION
  WITH s WHERE $labels IS NULL OR 'Transfer' IN $labels
  MATCH (s)-[h:HOLDS_ACCOUNT|OWNS]-(b:BankAccount)-[r:FROM|TO]-(e:Transfer)
  WHERE coalesce(h.classification, 0) <= $clearance AND all(c IN coalesce(h.compartments, []) WHERE c IN $compartments)
    AND coalesce(b.classification, 0) <= $clearance AND all(c IN coalesce(b.compartments, []) WHERE c IN $compartments)
    AND coalesce(r.classification, 0) <= $clearance AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
    AND coalesce(e.classification, 0) <= $clearance AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
    AND e.occurredAt IS NOT NULL AND ($from IS NULL OR e.occurredAt >= $from) AND ($to IS NULL OR e.occurredAt < $to)
  WITH DISTINCT e, type(r) AS via
  RETURN e.occurredAt AS at, e AS event, null AS call, via, null AS role, null AS through, null AS link
  ORDER BY CASE WHEN $newest THEN at END DESC, at, e.id, via LIMIT $skip + $limit + 1
  UNION
  // A membership's first and last day (dates: at midnight in Mexico City, as a day is stored).
  WITH s WHERE $labels IS NULL OR 'Membership' IN $labels
  MATCH (s)-[r:MEMBER_OF]-(e:Entity)
  WHERE (r.since IS NOT NULL OR r.until IS NOT NULL)
    AND coalesce(r.classification, 0) <= $clearance AND all(c IN coalesce(r.compartments, []) WHERE c IN $compartments)
    AND coalesce(e.classification, 0) <= $clearance AND all(c IN coalesce(e.compartments, []) WHERE c IN $compartments)
  UNWIND [[r.since, 'JOINED'], [r.until, 'LEFT']] AS day
  WITH e, r, day WHERE day[0] IS NOT NULL
  WITH DISTINCT e, r, day[1] AS via, datetime({date: day[0], timezone: 'America/Mexico_City'}) AS at
  WHERE ($from IS NULL OR at >= $from) AND ($to IS NULL OR at < $to)
  RETURN at, e AS event, null AS call, via, null AS role, null AS through, r AS link
  ORDER BY CASE WHEN $newest THEN at END DESC, at, e.id, via, elementId(r) LIMIT $skip + $limit + 1
  UNION
  WITH s WHERE $calls
  MATCH (s)-[u:USES_PHONE]-(p:Phone)-[k:CALLED]-(q:Phone)
  WHERE coalesce(u.classification, 0) <= $clearance AND all(c IN coalesce(u.compartments, []) WHERE c IN $compartments)
    AND coalesce(p.classification, 0) <= $clearance AND all(c IN coalesce(p.compartments, []) WHERE c IN $compartments)
    AND coalesce(k.classification, 0) <= $clearance AND all(c IN coalesce(k.compartments, []) WHERE c IN $compartments)
    AND coalesce(q.classification, 0) <= $clearance AND all(c IN coalesce(q.compartments, []) WHERE c IN $compartments)
    AND k.occurredAt IS NOT NULL AND ($from IS NULL OR k.occurredAt >= $from) AND ($to IS NULL OR k.occurredAt < $to)
  // Which of its ends the subject uses: two people sharing one phone are not its two ends.
  WITH k, collect(DISTINCT p.id) AS through
  RETURN k.occurredAt AS at, null AS event, k AS call, 'CALLED' AS via, null AS role, through, null AS link
  ORDER BY CASE WHEN $newest THEN at END DESC, at, elementId(k) LIMIT $skip + $limit + 1
  UNION
  WITH s WHERE $calls
  MATCH (s:Phone)-[k:CALLED]-(q:Phone)
  WHERE coalesce(k.classification, 0) <= $clearance AND all(c IN coalesce(k.compartments, []) WHERE c IN $compartments)
    AND coalesce(q.classification, 0) <= $clearance AND all(c IN coalesce(q.compartments, []) WHERE c IN $compartments)
    AND k.occurredAt IS NOT NULL AND ($from IS NULL OR k.occurredAt >= $from) AND ($to IS NULL OR k.occurredAt < $to)
  RETURN k.occurredAt AS at, null AS event, k AS call, 'CALLED' AS via, null AS role, [s.id] AS through, null AS link
  ORDER BY CASE WHEN $newest THEN at END DESC, at, elementId(k) LIMIT $skip + $limit + 1
}
WITH s, at, event, call, via, role, through, link
WHERE at IS NOT NULL AND ($from IS NULL OR at >= $from) AND ($to IS NULL OR at < $to)
RETURN s.id AS subject, at, event, call, via, role, through, link,
       CASE WHEN call IS NULL THEN null ELSE startNode(call).id END AS callFrom,
       CASE WHEN call IS NULL THEN null ELSE endNode(call).id END AS callTo,
       CASE WHEN link IS NULL THEN null ELSE startNode(link).id END AS linkFrom,
       CASE WHEN link IS NULL THEN null ELSE endNode(link).id END AS linkTo
ORDER BY CASE WHEN $newest THEN at END DESC, at, subject, coalesce(event.id, elementId(call)), via, role,
         elementId(link)
SKIP $skip
LIMIT $limit + 1
