// Markings: what a reader needs to see a thing (its classification and compartments), and the
// marking of what travels together (an export): the highest level, every compartment.
// Free of the DOM and of generated types: the end-to-end tests read its colours.
/** The highest level among what an export holds, and every compartment it needs. */
export interface Marking {
  level: number;
  /** Compartment codes (FIN, GV, MIN, INF), sorted. */
  compartments: string[];
}

/** What travels marks what is exported: the highest level, all compartments (sorted). */
export function markingOf(
  items: Iterable<{ provenance: { classification: number; compartments: readonly string[] } }>,
): Marking {
  let level = 0;
  const compartments = new Set<string>();
  for (const { provenance: p } of items) {
    level = Math.max(level, p.classification);
    for (const c of p.compartments) compartments.add(c);
  }
  return { level, compartments: [...compartments].sort() };
}

/** "CONFIDENCIAL · Víctimas de violencia de género": the level in capitals, then compartments. */
export function markingText(
  m: Marking,
  levels: readonly string[],
  compartmentName: (c: string) => string,
): string {
  const level = (levels[m.level] ?? String(m.level)).toLocaleUpperCase();
  return [level, ...m.compartments.map(compartmentName)].join(' · ');
}

/** Bar colours by level, told apart at a glance: public slate, restricted blue, confidential
 * amber, secret red (white text on each). */
export const LEVEL_COLORS = ['#475569', '#1d4ed8', '#a16207', '#b91c1c'];

/** A level's colour; past the known levels, secret's. */
export function levelColor(level: number): string {
  return LEVEL_COLORS[level] ?? LEVEL_COLORS[3]!;
}
