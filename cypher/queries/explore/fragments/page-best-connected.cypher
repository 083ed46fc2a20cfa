// A fragment, not a query: the end of explore/expand.cypher for a page of the best-connected
// neighbours (MOST_CONNECTED), ranked by the links the viewer may see (most first, then by id),
// never by the store's degree, which counts hidden links too and would let a viewer infer them
// from the order (ADR 0006). Counting visible links for every candidate would cost too much on
// a busy node, so they are counted in two rounds. Candidates go in the order of their store
// degree, which is at least their visible degree. The first round counts the first $rankTo
// (twice the rows needed, at least 100) and keeps the best $keep ($skip + $limit + 1). A
// candidate it did not count can still enter the page, or tie with its last row, only if its
// store degree reaches that row's visible degree (`last`): the second round counts exactly
// those, if any. The page is then what ranking every candidate would give. Candidates are the
// first 5,000 neighbours the store finds; store degrees never leave the query. A candidate
// with one link in the store has that one visible (its link here): not counted, as for the
// thousands of one-call numbers of a busy phone, which all tie.
// $skip; $limit; $keep; $rankTo; $cap (visible degrees count to $cap + 1). Returns, besides
// centre, other, link and out: degree (visible, to $cap + 1); one row more than $limit when
// there is a next page.
LIMIT 5000
WITH n, m, link, out, COUNT { (m)--() } AS bound
ORDER BY bound DESC, m.id, n.id
WITH collect({centre: n.id, other: m, link: link, out: out, bound: bound}) AS candidates
CALL (candidates) {
  UNWIND candidates[0..$rankTo] AS row
  WITH row, row.other AS counted
  WITH row, CASE row.bound WHEN 1 THEN 1 ELSE {{> explore/fragments/visible-degree}} END AS degree
  ORDER BY degree DESC, row.other.id, row.centre
  LIMIT $keep
  RETURN collect({row: row, degree: degree}) AS firstRound
}
WITH candidates, firstRound, coalesce(firstRound[$keep - 1].degree, 0) AS last,
     CASE WHEN candidates[$rankTo].bound > $cap + 1 THEN $cap + 1 ELSE candidates[$rankTo].bound END AS nextBound
CALL (candidates, last, nextBound) {
  UNWIND CASE WHEN nextBound >= last THEN candidates[$rankTo..] ELSE [] END AS row
  WITH row, row.other AS counted
  WHERE row.bound >= last
  WITH row, CASE row.bound WHEN 1 THEN 1 ELSE {{> explore/fragments/visible-degree}} END AS degree
  ORDER BY degree DESC, row.other.id, row.centre
  LIMIT $keep
  RETURN collect({row: row, degree: degree}) AS secondRound
}
UNWIND firstRound + secondRound AS ranked
WITH ranked
ORDER BY ranked.degree DESC, ranked.row.other.id, ranked.row.centre
SKIP $skip
LIMIT $limit + 1
RETURN ranked.row.centre AS centre, ranked.row.other AS other, ranked.row.link AS link,
       ranked.row.out AS out, ranked.degree AS degree
