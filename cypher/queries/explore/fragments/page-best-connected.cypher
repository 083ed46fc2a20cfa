// A fragment, not a query: the end of explore/expand.cypher for a page of the best-connected
// neighbours (MOST_CONNECTED), by the links the viewer may see. Counting those for every
// candidate would cost too much on a busy node, so the API counts them in at most two rounds
// (rankedPage in api/src/graphql/explore/expand.ts). Candidates go in the order of their store
// degree, which counts hidden links too and so is at least their visible degree: a round
// counts the candidates $rankFrom to $rankTo - 1 of that order whose store degree is at least
// $minBound, returns the $keep best of them (the page's rows can only be among those), and
// says the store degree of candidate $rankTo, `nextBound`, so that the API can tell whether
// an uncounted candidate could still rank on the page. Store degrees never leave the API
// (ADR 0006). Candidates are the first 5,000 neighbours the store finds.
// $rankFrom; $rankTo; $minBound; $keep; $cap (visible degrees count to $cap + 1). Returns,
// besides centre, other, link and out: degree, and nextBound (null when no candidate is left).
LIMIT 5000
WITH n, m, link, out, COUNT { (m)--() } AS bound
ORDER BY bound DESC, m.id, n.id
WITH collect({centre: n.id, other: m, link: link, out: out, bound: bound}) AS candidates
UNWIND candidates[$rankFrom..$rankTo] AS row
WITH row, candidates[$rankTo].bound AS nextBound, row.other AS counted
WHERE row.bound >= $minBound
WITH row, nextBound, counted, {{> explore/fragments/visible-degree}} AS degree
ORDER BY degree DESC, counted.id, row.centre
LIMIT $keep
RETURN row.centre AS centre, counted AS other, row.link AS link, row.out AS out, degree,
       nextBound
