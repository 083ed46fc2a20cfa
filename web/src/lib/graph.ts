// The domain graph shown on the canvas, kept apart from Cytoscape: entities and links, plus what
// the analyst did to them (hidden, pinned, grouped, where they sit). Every canvas change is a
// pure transition (graph, args) => graph, so undo/redo is a history of values and everything
// is unit-tested without a DOM. A transition that changes nothing returns the same object.
import type { Edge, Entity, LinkBundle, Subgraph } from './api';

export interface Position {
  x: number;
  y: number;
}

/** Members of a group are drawn inside one compound node, or as that one node when collapsed. */
export interface Group {
  id: string;
  /** The organisation the group is named after, if any (its caption is the group's label). */
  anchor: string | null;
  members: readonly string[];
  collapsed: boolean;
  /** Records an approved "same person" joins (drawn as one person), not an organisation's. */
  kind?: 'samePerson';
  /** The name an analyst gave it ("Célula norte"), in place of its lead member's. */
  name?: string;
}

export interface DomainGraph {
  nodes: ReadonlyMap<string, Entity>;
  edges: ReadonlyMap<string, Edge>;
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  groups: ReadonlyMap<string, Group>;
  positions: ReadonlyMap<string, Position>;
  /** What the API counted of the links between two entities, by `bundleKey`. */
  bundles: ReadonlyMap<string, LinkBundle>;
}

/** Links of one type from one entity to another are drawn as one line: this is its key. */
export function bundleKey(e: { source: string; target: string; type: string }): string {
  return `${e.source}|${e.target}|${e.type}`;
}

/** A bundle as counted twice (e.g. once with a time window): the larger count, the wider span. */
function mergeBundle(a: LinkBundle | undefined, b: LinkBundle): LinkBundle {
  if (!a) return b;
  const min = (x: string | null | undefined, y: string | null | undefined) =>
    x == null ? (y ?? null) : y == null || x < y ? x : y;
  const max = (x: string | null | undefined, y: string | null | undefined) =>
    x == null ? (y ?? null) : y == null || x > y ? x : y;
  const merged = {
    ...a,
    count: Math.max(a.count, b.count),
    // A lower bound stays one unless the same count came exact.
    capped: a.count === b.count ? a.capped && b.capped : a.count > b.count ? a.capped : b.capped,
    firstAt: min(a.firstAt, b.firstAt),
    lastAt: max(a.lastAt, b.lastAt),
  };
  const same =
    merged.count === a.count &&
    merged.capped === a.capped &&
    merged.firstAt === a.firstAt &&
    merged.lastAt === a.lastAt;
  return same ? a : merged;
}

export const emptyGraph: DomainGraph = {
  nodes: new Map(),
  edges: new Map(),
  hidden: new Set(),
  pinned: new Set(),
  groups: new Map(),
  positions: new Map(),
  bundles: new Map(),
};

export function addEntity(g: DomainGraph, e: Entity): DomainGraph {
  if (g.nodes.has(e.id)) return g;
  return { ...g, nodes: new Map(g.nodes).set(e.id, e) };
}

/** Adds entities and links; known entities keep their data but learn a degree they lacked. */
export function addSubgraph(g: DomainGraph, s: Subgraph): DomainGraph {
  const newNodes = s.nodes.filter((e) => {
    const known = g.nodes.get(e.id);
    return !known || (known.degree == null && e.degree != null);
  });
  const newEdges = s.edges.filter((e) => !g.edges.has(e.id));
  // Copied only when a count or span grows; a page may count one bundle twice (two filters).
  let bundles: Map<string, LinkBundle> | null = null;
  for (const b of s.bundles ?? []) {
    const known = (bundles ?? g.bundles).get(bundleKey(b));
    const merged = mergeBundle(known, b);
    if (merged !== known) (bundles ??= new Map(g.bundles)).set(bundleKey(b), merged);
  }
  if (newNodes.length === 0 && newEdges.length === 0 && !bundles) return g;
  const nodes = new Map(g.nodes);
  for (const e of newNodes) nodes.set(e.id, { ...nodes.get(e.id), ...e });
  const edges = new Map(g.edges);
  for (const e of newEdges) edges.set(e.id, e);
  return { ...g, nodes, edges, bundles: bundles ?? g.bundles };
}

/**
 * Whether two states save alike (canvas-file.ts `serialize`): the same entities and links, and
 * the same places (to the tenth of a pixel a save keeps), hidden and pinned marks and groups,
 * compared by what they hold, not by which change made them: a node hidden and shown again, or
 * a group made and undone by hand, gives back what was saved. What is not saved (link counts,
 * entities' data) may differ: a confirmed link learnt and then unlearnt gives back what was
 * saved, in a state of its own.
 */
export function savesAlike(a: DomainGraph, b: DomainGraph): boolean {
  const sameKeys = (x: ReadonlyMap<string, unknown>, y: ReadonlyMap<string, unknown>) =>
    x === y || (x.size === y.size && [...x.keys()].every((k) => y.has(k)));
  return (
    a === b ||
    (sameKeys(a.nodes, b.nodes) &&
      sameKeys(a.edges, b.edges) &&
      sameMembers(a.hidden, b.hidden) &&
      sameMembers(a.pinned, b.pinned) &&
      sameGroups(a.groups, b.groups) &&
      samePlaces(a, b))
  );
}

/** Whether two sets or lists hold the same strings, in any order. */
export function sameMembers(
  x: ReadonlySet<string> | readonly string[],
  y: ReadonlySet<string> | readonly string[],
): boolean {
  if (x === y) return true;
  const [s, t] = [x instanceof Set ? x : new Set(x), y instanceof Set ? y : new Set(y)];
  return s.size === t.size && [...s].every((v) => t.has(v));
}

function sameGroups(x: ReadonlyMap<string, Group>, y: ReadonlyMap<string, Group>): boolean {
  if (x === y) return true;
  if (x.size !== y.size) return false;
  for (const [id, g] of x) {
    const h = y.get(id);
    if (h === g) continue;
    if (
      !h ||
      h.anchor !== g.anchor ||
      h.collapsed !== g.collapsed ||
      h.kind !== g.kind ||
      (h.name ?? '') !== (g.name ?? '') ||
      !sameMembers(h.members, g.members)
    )
      return false;
  }
  return true;
}

/** The places a save keeps (its entities' and groups', to a tenth) are the same. */
function samePlaces(a: DomainGraph, b: DomainGraph): boolean {
  if (a.positions === b.positions) return true;
  const kept = (g: DomainGraph) =>
    [...g.positions].filter(([id]) => g.nodes.has(id) || g.groups.has(id));
  const [pa, pb] = [kept(a), kept(b)];
  if (pa.length !== pb.length) return false;
  const tenth = (v: number) => Math.round(v * 10);
  return pa.every(([id, p]) => {
    const q = b.positions.get(id);
    return !!q && tenth(p.x) === tenth(q.x) && tenth(p.y) === tenth(q.y);
  });
}

/**
 * Entities on the canvas with their link counts as the API gives them now (`fresh`): a
 * hypothesis approved or reopened made or undid a link, and "5 of 4 links" was shown.
 */
export function withDegrees(g: DomainGraph, fresh: Iterable<Entity>): DomainGraph {
  let nodes: Map<string, Entity> | null = null;
  for (const e of fresh) {
    const known = g.nodes.get(e.id);
    if (!known || e.degree == null || known.degree === e.degree) continue;
    (nodes ??= new Map(g.nodes)).set(e.id, { ...known, degree: e.degree });
  }
  return nodes ? { ...g, nodes } : g;
}

/**
 * What an expansion's links were counted to (`linkBundles`), arriving once its page is drawn:
 * kept only between entities still on the canvas (the analyst may have undone it meanwhile).
 */
export function addCounts(g: DomainGraph, s: Subgraph): DomainGraph {
  const onCanvas = (x: { source: string; target: string }) =>
    g.nodes.has(x.source) && g.nodes.has(x.target);
  return addSubgraph(g, {
    nodes: [],
    edges: s.edges.filter(onCanvas),
    bundles: (s.bundles ?? []).filter(onCanvas),
  });
}

function without<T>(set: ReadonlySet<T>, drop: ReadonlySet<T>): Set<T> {
  return new Set([...set].filter((x) => !drop.has(x)));
}

/** Removes entities with their links, and forgets them everywhere else. */
export function removeNodes(g: DomainGraph, ids: Iterable<string>): DomainGraph {
  const drop = new Set([...ids].filter((id) => g.nodes.has(id) || g.groups.has(id)));
  if (drop.size === 0) return g;
  // Removing a group removes its members too: it is what the analyst sees as one node.
  for (const gr of g.groups.values()) if (drop.has(gr.id)) gr.members.forEach((m) => drop.add(m));
  const groups = new Map<string, Group>();
  for (const gr of g.groups.values()) {
    const members = gr.members.filter((m) => !drop.has(m));
    if (!drop.has(gr.id) && members.length > 0) groups.set(gr.id, { ...gr, members });
  }
  return {
    nodes: new Map([...g.nodes].filter(([id]) => !drop.has(id))),
    edges: new Map([...g.edges].filter(([, e]) => !drop.has(e.source) && !drop.has(e.target))),
    hidden: without(g.hidden, drop),
    pinned: without(g.pinned, drop),
    groups,
    positions: new Map([...g.positions].filter(([id]) => !drop.has(id))),
    bundles: new Map([...g.bundles].filter(([, b]) => !drop.has(b.source) && !drop.has(b.target))),
  };
}

export function hide(g: DomainGraph, ids: Iterable<string>): DomainGraph {
  const add = [...ids].filter((id) => g.nodes.has(id) && !g.hidden.has(id));
  return add.length === 0 ? g : { ...g, hidden: new Set([...g.hidden, ...add]) };
}

export function showAll(g: DomainGraph): DomainGraph {
  return g.hidden.size === 0 ? g : { ...g, hidden: new Set() };
}

/** Pins the nodes, or unpins them all if every one is pinned already. */
export function togglePin(g: DomainGraph, ids: Iterable<string>): DomainGraph {
  const list = [...ids].filter((id) => g.nodes.has(id));
  if (list.length === 0) return g;
  const pinned = new Set(g.pinned);
  const unpin = list.every((id) => pinned.has(id));
  for (const id of list) {
    if (unpin) pinned.delete(id);
    else pinned.add(id);
  }
  return { ...g, pinned };
}

/** Records where nodes are; returns the same graph when nothing moved (within half a pixel). */
export function withPositions(g: DomainGraph, moved: ReadonlyMap<string, Position>): DomainGraph {
  const changed = [...moved].filter(([id, p]) => {
    const old = g.positions.get(id);
    return !old || Math.abs(old.x - p.x) > 0.5 || Math.abs(old.y - p.y) > 0.5;
  });
  if (changed.length === 0) return g;
  return { ...g, positions: new Map([...g.positions, ...changed]) };
}

/** Edges whose both ends are in the graph (an edge is never drawn dangling). */
export function drawableEdges(g: DomainGraph): Edge[] {
  return [...g.edges.values()].filter((e) => g.nodes.has(e.source) && g.nodes.has(e.target));
}

/**
 * How many links each line on the canvas stands for, by `bundleKey`: the links drawn, or the
 * API's count of their bundle when that is more (`linkBundles` sends only a bundle's latest).
 */
export function linkCounts(g: DomainGraph): Map<string, LineCount> {
  const counts = new Map<string, LineCount>();
  for (const e of g.edges.values()) {
    const key = bundleKey(e);
    const c = counts.get(key);
    if (c) c.count++;
    else
      counts.set(key, {
        source: e.source,
        target: e.target,
        type: e.type,
        count: 1,
        capped: false,
      });
  }
  for (const [key, c] of counts) {
    const b = g.bundles.get(key);
    if (b && b.count >= c.count) Object.assign(c, { count: b.count, capped: b.capped });
  }
  return counts;
}

/** What one line stands for: `count` links, at least, when the API stopped counting (`capped`). */
export interface LineCount {
  source: string;
  target: string;
  type: string;
  count: number;
  capped: boolean;
}

/** Links on the canvas per entity, from `linkCounts`: each line counts what its bundle does. */
export function linksOnCanvas(counts: ReadonlyMap<string, LineCount>): Map<string, number> {
  const on = new Map<string, number>();
  for (const c of counts.values()) {
    on.set(c.source, (on.get(c.source) ?? 0) + c.count);
    on.set(c.target, (on.get(c.target) ?? 0) + c.count);
  }
  return on;
}

/**
 * Of the entities an expansion found nothing more to bring for (`marked`, with the links drawn
 * on each then), those with at least as many links drawn now: every link the user may see is on
 * the canvas. The links are counted once for all of them, and not at all when none is marked.
 */
export function stillAllDrawn(g: DomainGraph, marked: ReadonlyMap<string, number>): Set<string> {
  if (marked.size === 0) return new Set();
  const on = linksOnCanvas(linkCounts(g));
  return new Set([...marked].filter(([id, n]) => (on.get(id) ?? 0) >= n).map(([id]) => id));
}

/**
 * `ids` with those that have links still to bring first (their degree is above the links drawn,
 * or unknown), each part in its order: what an expansion bounded to its first ids should take.
 */
export function withLinksToBringFirst(g: DomainGraph, ids: readonly string[]): string[] {
  const on = linksOnCanvas(linkCounts(g));
  const more = (id: string) => {
    const degree = g.nodes.get(id)?.degree;
    return degree == null || degree > (on.get(id) ?? 0);
  };
  return [...ids.filter(more), ...ids.filter((id) => !more(id))];
}

/** How many of a node's relationships are on the canvas (a bundle's count included). */
export function shownDegree(g: DomainGraph, id: string): number {
  let n = 0;
  for (const c of linkCounts(g).values()) if (c.source === id || c.target === id) n += c.count;
  return n;
}

/** Links on the canvas with both ends among `ids`. */
export function edgesAmong(g: DomainGraph, ids: ReadonlySet<string>): Edge[] {
  return drawableEdges(g).filter((e) => ids.has(e.source) && ids.has(e.target));
}

/** The API's bounds on one expansion or `linkBundles` call: its centres, and its largest page
 * (neighbours of an expansion, others of a count). */
export const MAX_CENTRES = 100;
export const MAX_PAGE = 500;
/** The most pairs (centres × others) a recount asks at once. */
const RECOUNT_PAIRS = 2_000;

/**
 * Which `linkBundles` calls count every line of `g` again: each entity with most lines left
 * becomes a centre with the entities at their other ends, and centres are asked together while
 * their pairs stay few. Pairs that are not lines get counted too, and are left out by the caller.
 */
export function recountAsks(g: DomainGraph): { ids: string[]; others: string[] }[] {
  const ends = new Map<string, Set<string>>();
  const join = (a: string, b: string) => {
    if (!ends.has(a)) ends.set(a, new Set());
    ends.get(a)!.add(b);
  };
  for (const e of g.edges.values()) {
    if (e.source === e.target) continue;
    join(e.source, e.target);
    join(e.target, e.source);
  }
  const stars: { centre: string; others: string[] }[] = [];
  for (;;) {
    let centre: string | null = null;
    for (const [id, set] of ends) if (set.size > (centre ? ends.get(centre)!.size : 0)) centre = id;
    if (!centre) break;
    const others = [...ends.get(centre)!];
    for (const o of others) ends.get(o)?.delete(centre);
    ends.delete(centre);
    for (let i = 0; i < others.length; i += MAX_PAGE)
      stars.push({ centre, others: others.slice(i, i + MAX_PAGE) });
  }
  // A call's centres are among its others too: linkBundles counts a pair of two centres once,
  // from the one whose id sorts first, and only if the other is among the others.
  const asks: { ids: string[]; others: string[] }[] = [];
  for (const star of stars) {
    const last = asks.at(-1);
    const ids = last ? [...new Set([...last.ids, star.centre])] : [];
    const others = last ? [...new Set([...last.others, ...star.others, ...ids])] : [];
    if (
      last &&
      ids.length <= MAX_CENTRES &&
      others.length <= MAX_PAGE &&
      ids.length * others.length <= RECOUNT_PAIRS
    ) {
      last.ids = ids;
      last.others = others;
    } else asks.push({ ids: [star.centre], others: star.others });
  }
  return asks;
}
