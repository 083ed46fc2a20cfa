// What the analyst has chosen to see: by entity type, relationship type, source agency, grade
// and a time window (a membership counts while its since–until days overlap it). Filters never
// change the domain graph; they decide what is drawn. Items without a date or a grade are kept
// (nothing says they fall outside), as the API does.
import type { Edge, Entity } from './api';
import type { DomainGraph } from './graph';

export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export interface Filters {
  hiddenTypes: string[];
  hiddenRelTypes: string[];
  hiddenAgencies: string[];
  /** Worst source reliability shown (A best … F cannot be judged). */
  maxReliability: (typeof RELIABILITY)[number];
  /** Worst information credibility shown (1 confirmed … 6 cannot be judged). */
  maxCredibility: number;
  /** [from, to) in milliseconds since 1970, or null for all time. */
  time: { from: number; to: number } | null;
}

export const noFilters: Filters = {
  hiddenTypes: [],
  hiddenRelTypes: [],
  hiddenAgencies: [],
  maxReliability: 'F',
  maxCredibility: 6,
  time: null,
};

export function isFiltering(f: Filters): boolean {
  return (
    f.hiddenTypes.length + f.hiddenRelTypes.length + f.hiddenAgencies.length > 0 ||
    f.maxReliability !== 'F' ||
    f.maxCredibility !== 6 ||
    f.time !== null
  );
}

/** Milliseconds of an ISO date or Neo4j date-time (which may end in a zone name: `[America/…]`). */
export function parseTime(value: string): number | null {
  const ms = Date.parse(value.replace(/\[[^\]]*\]$/, ''));
  return Number.isNaN(ms) ? null : ms;
}

/** When an entity or link happened: its `occurredAt`, if it has one. */
export function timeOf(item: Entity | Edge): number | null {
  const f = item.fields.find((x) => x.key === 'occurredAt');
  return f ? parseTime(f.value) : null;
}

const DAY = 86_400_000;

/**
 * When an item holds: the moment it happened, or for a link that lasts (a membership) its
 * `since` to the end of its `until` day; null ends are open.
 */
export function spanOf(item: Entity | Edge): [number | null, number | null] {
  const at = timeOf(item);
  if (at !== null) return [at, at];
  const day = (key: string) => {
    const f = item.fields.find((x) => x.key === key);
    return f ? parseTime(f.value) : null;
  };
  const until = day('until');
  return [day('since'), until === null ? null : until + DAY - 1];
}

/** The agencies behind an item: its source, and those of its source records (`C5:123`). */
export function agenciesOf(item: Entity | Edge): string[] {
  const p = item.provenance;
  const all = [...(p.source ? [p.source] : []), ...p.sources.map((s) => s.split(':')[0] ?? s)];
  return [...new Set(all.filter((a) => a.length > 0))];
}

function passes(item: Entity | Edge, f: Filters): boolean {
  const agencies = agenciesOf(item);
  if (agencies.length > 0 && agencies.every((a) => f.hiddenAgencies.includes(a))) return false;
  const { reliability, credibility } = item.provenance;
  if (reliability && reliability > f.maxReliability) return false;
  if (credibility != null && credibility > f.maxCredibility) return false;
  if (f.time) {
    const [start, end] = spanOf(item);
    if ((start !== null && start >= f.time.to) || (end !== null && end < f.time.from)) return false;
  }
  return true;
}

/** The ids of the nodes and edges to draw: not hidden by hand and not filtered out. */
export function visibleIds(g: DomainGraph, f: Filters): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  for (const [id, e] of g.nodes) {
    if (!g.hidden.has(id) && !f.hiddenTypes.includes(e.type) && passes(e, f)) nodes.add(id);
  }
  const edges = new Set<string>();
  for (const [id, e] of g.edges) {
    if (
      nodes.has(e.source) &&
      nodes.has(e.target) &&
      !f.hiddenRelTypes.includes(e.type) &&
      passes(e, f)
    )
      edges.add(id);
  }
  return { nodes, edges };
}

/** What the filter panel offers: the types, link types and agencies present, with counts. */
export function facets(g: DomainGraph): {
  types: Map<string, number>;
  relTypes: Map<string, number>;
  agencies: Map<string, number>;
} {
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const types = new Map<string, number>();
  const relTypes = new Map<string, number>();
  const agencies = new Map<string, number>();
  for (const e of g.nodes.values()) {
    count(types, e.type);
    agenciesOf(e).forEach((a) => count(agencies, a));
  }
  for (const e of g.edges.values()) {
    count(relTypes, e.type);
    agenciesOf(e).forEach((a) => count(agencies, a));
  }
  return { types, relTypes, agencies };
}

export interface Histogram {
  from: number;
  to: number;
  counts: number[];
}

/** Events over time on the canvas (dated entities and links), in `bins` equal steps. */
export function histogram(g: DomainGraph, bins = 30): Histogram | null {
  const times: number[] = [];
  for (const e of g.nodes.values()) {
    const t = timeOf(e);
    if (t !== null) times.push(t);
  }
  for (const e of g.edges.values()) {
    const t = timeOf(e);
    if (t !== null) times.push(t);
  }
  if (times.length === 0) return null;
  const from = Math.min(...times);
  // One day past the last event, so the last one falls inside [from, to).
  const to = Math.max(...times) + 86_400_000;
  const counts = new Array<number>(bins).fill(0);
  const step = (to - from) / bins;
  for (const t of times) counts[Math.min(bins - 1, Math.floor((t - from) / step))]! += 1;
  return { from, to, counts };
}
