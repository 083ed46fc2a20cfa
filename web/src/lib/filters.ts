// What the analyst has chosen to see: by entity type, relationship type, source agency, grade
// and a time window (a membership counts while its since–until days overlap it). Filters never
// change the domain graph; they decide what is drawn. Items without a date or a grade are kept
// (nothing says they fall outside), as the API does — except, in a time window, undated
// entities whose every link falls outside it (`idleIn`), and entities whose every link is of a
// kind unticked (`unlinkedBy`).
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

/**
 * The filters' time window as an expansion asks for it (ISO instants, [from, to)), or null: an
 * expansion brings what the window shows (QA: the 50 best connected of a busy entity were
 * chosen over all time, and most then hidden by the window).
 */
export function expandWindow(f: Filters): { from: string; to: string } | null {
  return f.time
    ? { from: new Date(f.time.from).toISOString(), to: new Date(f.time.to).toISOString() }
    : null;
}

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
 * When an item holds: the moment it happened; for a stay in prison (a custody record, dated by
 * its admission) from then to the end of its `releasedOn` day, open while the inmate is held;
 * for a link that lasts (a membership) its `since` to the end of its `until` day. Null ends
 * are open.
 */
export function spanOf(item: Entity | Edge): [number | null, number | null] {
  const day = (key: string) => {
    const f = item.fields.find((x) => x.key === key);
    return f ? parseTime(f.value) : null;
  };
  const endOf = (key: string) => {
    const d = day(key);
    return d === null ? null : d + DAY - 1;
  };
  const at = timeOf(item);
  if (at !== null && item.fields.some((f) => f.key === 'admittedOn'))
    return [at, endOf('releasedOn')];
  if (at !== null) return [at, at];
  return [day('since'), endOf('until')];
}

/** The agencies behind an item: its source, and those of its source records (`C5:123`). */
export function agenciesOf(item: Entity | Edge): string[] {
  const p = item.provenance;
  const all = [...(p.source ? [p.source] : []), ...p.sources.map((s) => s.split(':')[0] ?? s)];
  return [...new Set(all.filter((a) => a.length > 0))];
}

/** Whether an item's own dates leave it in the window (an undated one: yes). */
function inWindow(item: Entity | Edge, time: NonNullable<Filters['time']>): boolean {
  const [start, end] = spanOf(item);
  return !((start !== null && start >= time.to) || (end !== null && end < time.from));
}

/** Which of the filters on an item's own agencies, grade and dates leaves it out; null: none. */
function failedBy(item: Entity | Edge, f: Filters): 'agency' | 'grade' | 'time' | null {
  const agencies = agenciesOf(item);
  if (agencies.length > 0 && agencies.every((a) => f.hiddenAgencies.includes(a))) return 'agency';
  const { reliability, credibility } = item.provenance;
  if (reliability && reliability > f.maxReliability) return 'grade';
  if (credibility != null && credibility > f.maxCredibility) return 'grade';
  return f.time && !inWindow(item, f.time) ? 'time' : null;
}

const passes = (item: Entity | Edge, f: Filters): boolean => failedBy(item, f) === null;

/** Entities with links on the canvas, none of which `counts`. */
function noLinkThat(g: DomainGraph, counts: (e: Edge) => boolean): Set<string> {
  const linked = new Set<string>();
  const kept = new Set<string>();
  for (const e of g.edges.values()) {
    linked.add(e.source).add(e.target);
    if (counts(e)) kept.add(e.source).add(e.target);
  }
  return new Set([...linked].filter((id) => !kept.has(id)));
}

/**
 * Undated entities with links, none of which falls in the window (both ends included): in that
 * period nothing shows them doing anything (two phones whose calls all fell outside it).
 * An entity without links on the canvas says nothing about the period, and stays.
 */
function idleIn(g: DomainGraph, time: NonNullable<Filters['time']>): Set<string> {
  const quiet = noLinkThat(
    g,
    (e) =>
      inWindow(e, time) &&
      [g.nodes.get(e.source), g.nodes.get(e.target)].every((n) => n && inWindow(n, time)),
  );
  return new Set(
    [...quiet].filter((id) => {
      const n = g.nodes.get(id);
      return n !== undefined && spanOf(n).every((end) => end === null);
    }),
  );
}

/**
 * Entities with links, all of kinds unticked: unticking "Asociado de" takes away the associates
 * that link brought, as if never expanded (they stood unconnected at full strength).
 */
function unlinkedBy(g: DomainGraph, hiddenRelTypes: readonly string[]): Set<string> {
  return noLinkThat(g, (e) => !hiddenRelTypes.includes(e.type));
}

/**
 * Why the filters hide an entity `visibleIds` left out: its own type, agencies, grade or dates,
 * else its links (none left by the filters in the window or of the kinds kept). Null: they do
 * not hide it.
 */
export function whyFiltered(
  g: DomainGraph,
  f: Filters,
  id: string,
): 'type' | 'agency' | 'grade' | 'time' | 'links' | null {
  const e = g.nodes.get(id);
  if (!e || g.hidden.has(id) || visibleIds(g, f).nodes.has(id)) return null;
  if (f.hiddenTypes.includes(e.type)) return 'type';
  return failedBy(e, f) ?? 'links';
}

/** The ids of the nodes and edges to draw: not hidden by hand and not filtered out. */
export function visibleIds(g: DomainGraph, f: Filters): { nodes: Set<string>; edges: Set<string> } {
  const idle = f.time ? idleIn(g, f.time) : new Set<string>();
  if (f.hiddenRelTypes.length > 0) for (const id of unlinkedBy(g, f.hiddenRelTypes)) idle.add(id);
  const nodes = new Set<string>();
  for (const [id, e] of g.nodes) {
    if (!g.hidden.has(id) && !f.hiddenTypes.includes(e.type) && !idle.has(id) && passes(e, f))
      nodes.add(id);
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
  // An event's moment; a lasting link's (a membership's) start and end days: a gang drawn with
  // no case yet has a period to narrow.
  const add = (item: Entity | Edge) => {
    const t = timeOf(item);
    if (t !== null) return void times.push(t);
    const [since, until] = spanOf(item);
    if (since !== null) times.push(since);
    if (until !== null) times.push(until - DAY + 1);
  };
  for (const e of g.nodes.values()) add(e);
  for (const e of g.edges.values()) add(e);
  if (times.length === 0) return null;
  const from = Math.min(...times);
  // One day past the last event, so the last one falls inside [from, to).
  const to = Math.max(...times) + DAY;
  const counts = new Array<number>(bins).fill(0);
  const step = (to - from) / bins;
  for (const t of times) counts[Math.min(bins - 1, Math.floor((t - from) / step))]! += 1;
  return { from, to, counts };
}

/**
 * A moment in the last day a window ending (exclusively) at `end` takes in: the day before
 * `end`, or at the histogram's end (a day past the last event) the last event's day, so the
 * window's end and "all time" name the same day. The slider and exported pictures say it.
 */
export function lastDayIn(end: number, h: Pick<Histogram, 'to'>): number {
  return end >= h.to - 1 ? h.to - DAY : end - 1;
}

/**
 * The first and last days a time window takes in, as the time slider names them (a moment in
 * each): the side panel's timeline and exported pictures say them.
 */
export function windowDays(
  time: NonNullable<Filters['time']>,
  g: DomainGraph,
): { first: number; last: number } {
  return { first: time.from, last: lastDayIn(time.to, histogram(g) ?? { to: Infinity }) };
}

/**
 * Where to label a histogram's time axis: the first day of each year it spans, or of each month
 * (every few months, at most `most` labels) when it spans less than two years. `at` is the
 * fraction of the axis, 0 to 1; `year` says whether the label is a year or a month.
 */
export function timeTicks(
  h: Pick<Histogram, 'from' | 'to'>,
  most = 6,
): { ms: number; at: number; year: boolean }[] {
  const span = h.to - h.from;
  const years = span >= 2 * 365 * DAY;
  const first = new Date(h.from);
  const year = first.getUTCFullYear();
  const month = years ? 0 : first.getUTCMonth();
  const months = years ? 12 : 1;
  // The first day of each year (or month) after the start, in UTC (Date.UTC carries months over).
  const all: number[] = [];
  for (let k = 1; Date.UTC(year, month + k * months, 1) < h.to; k++)
    all.push(Date.UTC(year, month + k * months, 1));
  const every = Math.ceil(all.length / most);
  return all
    .filter((_, i) => i % every === 0)
    .map((ms) => ({
      ms,
      at: (ms - h.from) / span,
      year: years || new Date(ms).getUTCMonth() === 0,
    }));
}
