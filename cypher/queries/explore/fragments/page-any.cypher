// A fragment, not a query: the end of explore/expand.cypher for a page in the store's order
// (ANY): fast on any node, since the store stops after $skip + $limit + 1 neighbours.
// $skip; $limit. One row more than $limit when there is a next page.
SKIP $skip
LIMIT $limit + 1
RETURN n.id AS centre, m AS other, link, out
