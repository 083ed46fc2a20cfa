// Whom an entity calls and texts and is called and texted by, most of both first: for a phone, the other ends of its
// calls; for anyone else, those of the phones they use (a contact who is one of their own phones
// is left out). Counts at most $cap calls (the most recent first: a phone with 100,000 calls
// answers on its latest), and says when it stopped there. Every phone, call and link walked
// must be visible to the viewer ($clearance, $compartments: a call to a protected victim's phone
// would name her number); so must the contacts' users, of whom the first $users are returned.
// $id, $first (contacts), $cap, $users. Returns one row, read (calls and texts counted) and
// contacts: list of {phone (node), calls, outgoing (calls made), texts, textsSent, firstAt,
// lastAt, via (the entity's phones on those calls), users (nodes)}; none when no call is seen.
MATCH (s:Entity {id: $id})
WHERE coalesce(s.classification, 0) <= $clearance
  AND all(c IN coalesce(s.compartments, []) WHERE c IN $compartments)
WITH s, CASE WHEN s:Phone THEN [s] ELSE COLLECT {
  MATCH (s)-[u:USES_PHONE]-(p:Phone)
  WHERE coalesce(u.classification, 0) <= $clearance AND all(c IN coalesce(u.compartments, []) WHERE c IN $compartments)
    AND coalesce(p.classification, 0) <= $clearance AND all(c IN coalesce(p.compartments, []) WHERE c IN $compartments)
  RETURN DISTINCT p
} END AS own
CALL (own) {
  UNWIND own AS p
  MATCH (p)-[k:CALLED]-(q:Phone)
  WHERE NOT q IN own
    AND coalesce(k.classification, 0) <= $clearance AND all(c IN coalesce(k.compartments, []) WHERE c IN $compartments)
    AND coalesce(q.classification, 0) <= $clearance AND all(c IN coalesce(q.compartments, []) WHERE c IN $compartments)
  RETURN q, k, startNode(k) = p AS outgoing, p
  // The most recent first, undated ones last (DESC alone puts nulls first).
  ORDER BY k.occurredAt IS NOT NULL DESC, k.occurredAt DESC
  LIMIT $cap
}
// A text message (kind SMS) is counted apart from a call (QA: texts read as calls).
WITH q, k, outgoing, p, coalesce(k.kind, '') = 'SMS' AS text
WITH q, sum(CASE WHEN text THEN 0 ELSE 1 END) AS calls,
     sum(CASE WHEN outgoing AND NOT text THEN 1 ELSE 0 END) AS outgoing,
     sum(CASE WHEN text THEN 1 ELSE 0 END) AS texts,
     sum(CASE WHEN outgoing AND text THEN 1 ELSE 0 END) AS textsSent,
     min(k.occurredAt) AS firstAt, max(k.occurredAt) AS lastAt, collect(DISTINCT p) AS via
WITH collect({phone: q, calls: calls, outgoing: outgoing, texts: texts, textsSent: textsSent,
              firstAt: firstAt, lastAt: lastAt, via: via}) AS grouped
WITH reduce(n = 0, g IN grouped | n + g.calls + g.texts) AS read, grouped
UNWIND grouped AS row
WITH read, row ORDER BY row.calls + row.texts DESC, row.phone.id
LIMIT $first
WITH read, row, row.phone AS q
CALL (q) {
  OPTIONAL MATCH (q)-[u:USES_PHONE]-(x:Entity)
  WHERE coalesce(u.classification, 0) <= $clearance AND all(c IN coalesce(u.compartments, []) WHERE c IN $compartments)
    AND coalesce(x.classification, 0) <= $clearance AND all(c IN coalesce(x.compartments, []) WHERE c IN $compartments)
  WITH DISTINCT x ORDER BY x.caption, x.id
  RETURN collect(x)[..$users] AS users
}
RETURN read, collect(row {.phone, .calls, .outgoing, .texts, .textsSent, .firstAt, .lastAt, .via,
                          users: users}) AS contacts
