// What a connecting network could not join, for the reader: the entities with no visible route
// to any other of those chosen (each named once, not in every pair), then the pairs left.

/** The entities apart from all the others, and the other pairs with no visible route. */
export function unreachableSummary(
  ids: readonly string[],
  pairs: readonly (readonly string[])[],
): { alone: string[]; pairs: [string, string][] } {
  const missing = new Map<string, number>();
  for (const [a, b] of pairs) for (const x of [a!, b!]) missing.set(x, (missing.get(x) ?? 0) + 1);
  const chosen = new Set(ids);
  // (Of two, each is apart from the other: the pair says it.)
  const alone =
    chosen.size > 2 ? [...chosen].filter((id) => missing.get(id) === chosen.size - 1) : [];
  const rest = pairs
    .filter(([a, b]) => !alone.includes(a!) && !alone.includes(b!))
    .map(([a, b]) => [a!, b!] as [string, string]);
  return { alone, pairs: rest };
}
