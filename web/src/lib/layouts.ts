// Layouts: force-directed, hierarchical (dagre) for org charts, concentric around the selected
// entity, and geographic from `location` points. The pure parts (where a node goes on the map,
// how far it is from the centre, which force engine a canvas gets) are here and unit-tested;
// Canvas runs them.
import type { Entity } from './api';
import type { DomainGraph, Position } from './graph';

/** `fcose` is the force-directed choice, whichever engine runs it (see forceEngine). */
export type LayoutName = 'fcose' | 'dagre' | 'concentric' | 'geo';
export const LAYOUTS: LayoutName[] = ['fcose', 'dagre', 'concentric', 'geo'];

/**
 * Above this many nodes fcose takes over 3 s on the main thread (4.8 s at 1k in ADR 0004), so
 * a whole-canvas force layout runs d3-force's Barnes-Hut layout in a Web Worker instead. At or
 * below it fcose stays: it also places compound (opened group) boxes, which the worker ignores.
 */
export const FCOSE_MAX_NODES = 700;

export function forceEngine(nodes: number): 'fcose' | 'worker' {
  return nodes > FCOSE_MAX_NODES ? 'worker' : 'fcose';
}

/** An entity's point, from a `location` field ("lat, lon", as the API prints points). */
export function locationOf(e: Entity): { lat: number; lon: number } | null {
  const f = e.fields.find((x) => x.type === 'point' && x.key === 'location');
  if (!f) return null;
  const [lat, lon] = f.value.split(',').map((s) => Number(s.trim()));
  return lat === undefined || lon === undefined || Number.isNaN(lat) || Number.isNaN(lon)
    ? null
    : { lat, lon };
}

/** Neighbours on the canvas of each node (either direction). */
export function adjacency(g: DomainGraph, ids: ReadonlySet<string>): Map<string, string[]> {
  const adj = new Map<string, string[]>([...ids].map((id) => [id, []]));
  for (const e of g.edges.values()) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    adj.get(e.source)!.push(e.target);
    adj.get(e.target)!.push(e.source);
  }
  return adj;
}

/** Room for a node with its name in the rows under the map, px (names are up to 150 px). */
const ROW_STEP = { x: 200, y: 90 };
/** How far under the lowest placed entity the rows start, model units. */
export const ROW_GAP = 180;
const ROW_LENGTH = 8;

/**
 * How the map turns a point into a position on the canvas: equirectangular, north up, `lon0`
 * and `lat1` at 0, 0, `kx` the shrink of a degree of longitude, `scale` pixels a degree of
 * latitude. Kept with the view, so that what an expansion brings later goes on the same map,
 * and the map's outlines (BaseMap) are drawn under it.
 */
export interface MapFrame {
  lon0: number;
  lat1: number;
  kx: number;
  scale: number;
}

/**
 * Every map's corner and shrink are fixed (north-west of Mexico City; its latitude), and its
 * scale a power of two: a frame, saved with a shared investigation, tells a colleague nothing of
 * where the entities it was made for are (some they may not see), and little of how far apart.
 */
const MAP_CORNER = { lon: -99.5, lat: 19.75 };
const MAP_KX = Math.cos((19.4 * Math.PI) / 180);

/** Where a point goes in `frame`. */
export function project(frame: MapFrame, lon: number, lat: number): Position {
  return { x: (lon - frame.lon0) * frame.kx * frame.scale, y: (frame.lat1 - lat) * frame.scale };
}

function locatedPoints(g: DomainGraph, ids: ReadonlySet<string>) {
  const points = new Map<string, { lat: number; lon: number }>();
  for (const id of ids) {
    const p = g.nodes.get(id) && locationOf(g.nodes.get(id)!);
    if (p) points.set(id, p);
  }
  return points;
}

/**
 * The frame that puts the located entities among `ids` about `width` pixels across (within a
 * factor of √2; at least ~500 m wide); null when none has a place.
 */
export function mapFrame(g: DomainGraph, ids: ReadonlySet<string>, width = 1200): MapFrame | null {
  const points = [...locatedPoints(g, ids).values()];
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const span = Math.max(
    (Math.max(...lons) - Math.min(...lons)) * MAP_KX,
    Math.max(...lats) - Math.min(...lats),
    0.005,
  );
  return {
    lon0: MAP_CORNER.lon,
    lat1: MAP_CORNER.lat,
    kx: MAP_KX,
    scale: 2 ** Math.round(Math.log2(width / span)),
  };
}

/**
 * Map positions: located entities at their point in `frame` (none kept: one made for them);
 * the others at the middle of their placed neighbours, spread around it, and whatever is still
 * unplaced in rows under the map (`apart`, as `placeless` finds them).
 */
export function geoLayout(
  g: DomainGraph,
  ids: ReadonlySet<string>,
  frame: MapFrame | null = null,
): { positions: Map<string, Position>; apart: Set<string> } {
  const positions = mapPositions(g, ids, frame ?? mapFrame(g, ids));
  const slots = rowSlots([...positions.values()]);
  const apart = new Set([...ids].filter((id) => !positions.has(id)).sort());
  for (const id of apart) positions.set(id, slots.next().value);
  return { positions, apart };
}

/**
 * The places of the rows under what the map placed (`placed`), in order, skipping any within
 * half a step of a `taken` one (rows already there, when more are added).
 */
export function* rowSlots(
  placed: readonly Position[],
  taken: readonly Position[] = [],
): Generator<Position, never> {
  const bottom = Math.max(0, ...placed.map((p) => p.y)) + ROW_GAP;
  const left = placed.length > 0 ? Math.min(...placed.map((p) => p.x)) : 0;
  const free = (p: Position) =>
    !taken.some(
      (t) => Math.abs(t.x - p.x) < ROW_STEP.x / 2 && Math.abs(t.y - p.y) < ROW_STEP.y / 2,
    );
  for (let i = 0; ; i++) {
    const column = i % ROW_LENGTH;
    const p = {
      x: left + column * ROW_STEP.x,
      // Every other one a step lower, zigzag: zoomed out, a name may be wider than the step,
      // and the names kept then (HubNames) kept only every other one of a straight row.
      y: bottom + (2 * Math.floor(i / ROW_LENGTH) + (column % 2)) * ROW_STEP.y,
    };
    if (free(p)) yield p;
  }
}

/** The canvas's entities but those the analyst hid one by one (filters aside). */
export function keptNodes(g: DomainGraph): Set<string> {
  return new Set([...g.nodes.keys()].filter((id) => !g.hidden.has(id)));
}

/** The entities the map cannot place: no location of their own, none near one (rows under it). */
export function placeless(g: DomainGraph, ids: ReadonlySet<string>): string[] {
  const placed = mapPositions(g, ids, mapFrame(g, ids));
  return [...ids].filter((id) => !placed.has(id));
}

function mapPositions(
  g: DomainGraph,
  ids: ReadonlySet<string>,
  frame: MapFrame | null,
): Map<string, Position> {
  const out = new Map<string, Position>();
  if (frame) for (const [id, p] of locatedPoints(g, ids)) out.set(id, project(frame, p.lon, p.lat));
  const adj = adjacency(g, ids);
  // Three rounds reach a person through their address to the case that happened there.
  for (let round = 0; round < 3; round++) {
    const placed = new Map<string, Position>();
    for (const id of ids) {
      if (out.has(id)) continue;
      const near = (adj.get(id) ?? []).map((n) => out.get(n)).filter((p) => p !== undefined);
      if (near.length === 0) continue;
      const x = near.reduce((s, p) => s + p.x, 0) / near.length;
      const y = near.reduce((s, p) => s + p.y, 0) / near.length;
      const angle = placed.size * 2.4; // golden-angle spread so neighbours do not overlap
      placed.set(id, { x: x + 45 * Math.cos(angle), y: y + 45 * Math.sin(angle) });
    }
    placed.forEach((p, id) => out.set(id, p));
  }
  return out;
}

/** Hops from `centre` to each node (unreachable nodes are one ring further out than the rest). */
export function ringsFrom(
  g: DomainGraph,
  ids: ReadonlySet<string>,
  centre: string,
): Map<string, number> {
  const adj = adjacency(g, ids);
  const dist = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adj.get(id) ?? []) {
        if (!dist.has(n)) {
          dist.set(n, dist.get(id)! + 1);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  const far = Math.max(0, ...dist.values()) + 1;
  for (const id of ids) if (!dist.has(id)) dist.set(id, far);
  return dist;
}

/** Room per step along a route (a name is up to ~180 px wide) and between two routes' rows. */
const ROUTE_STEP = { x: 170, y: 110 };

/**
 * Routes Connect found from one entity to another, laid out as i2's analysts draw them: `from`
 * where it is, `to` straight to its right, each route's nodes evenly along it in their order,
 * the shortest on the line between the two and the others in rows above and below it in turn.
 * A node on several routes keeps its place on the first.
 */
export function routePositions(
  routes: readonly { nodes: readonly { id: string }[] }[],
  from: string,
  at: Position,
): Map<string, Position> {
  const ordered = routes.map((r) => {
    const ids = r.nodes.map((n) => n.id);
    return ids[0] === from ? ids : ids.reverse();
  });
  const longest = Math.max(1, ...ordered.map((ids) => ids.length - 1));
  const width = longest * ROUTE_STEP.x;
  const out = new Map<string, Position>();
  ordered.forEach((ids, r) => {
    // Rows 0, -1, +1, -2, +2…: the first route on the line, the rest alternating around it.
    const row = r === 0 ? 0 : (r % 2 === 1 ? -1 : 1) * Math.ceil(r / 2);
    const hops = Math.max(1, ids.length - 1);
    ids.forEach((id, i) => {
      if (out.has(id)) return;
      const end = i === 0 || i === ids.length - 1;
      out.set(id, { x: at.x + (i / hops) * width, y: at.y + (end ? 0 : row * ROUTE_STEP.y) });
    });
  });
  return out;
}

/** A node placed by the hierarchical layout: its centre and its size, its name included. */
export interface Placed {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The node above it that it hangs from (its cell, its organisation), if any. */
  parent?: string | null;
  /** In an opened group's box: its rank is not wrapped (the box would stretch over others). */
  fixed?: boolean;
}

/** Nodes by rank (dagre gives a rank one `y`), top first, each rank left to right. */
function ranksOf(nodes: readonly Placed[]): [number, Placed[]][] {
  const ranks = new Map<number, Placed[]>();
  for (const n of nodes) {
    const key = Math.round(n.y);
    const rank = ranks.get(key);
    if (rank) rank.push(n);
    else ranks.set(key, [n]);
  }
  for (const rank of ranks.values()) rank.sort((a, b) => a.x - b.x);
  return [...ranks].sort(([a], [b]) => a - b);
}

/** Consecutive nodes of a rank that hang from the same parent (dagre keeps siblings together). */
function siblings(rank: readonly Placed[]): Placed[][] {
  const runs: Placed[][] = [];
  for (const n of rank) {
    const run = runs.at(-1);
    if (run && (run[0]!.parent ?? null) === (n.parent ?? null)) run.push(n);
    else runs.push([n]);
  }
  return runs;
}

/**
 * The hierarchical layout's ranks wrapped into rows when wider than `maxWidth`: dagre puts every
 * node of a rank side by side, so a gang's seventy members under their cells made a strip too
 * thin to read (QA). A wider rank takes as many rows as its width needs; the children of each
 * parent stay together, as a block of those rows (a cell's members under one another, in
 * dagre's order, which keeps links from crossing), the blocks side by side in dagre's order and
 * centred where the rank was. Rows are the rank's tallest node (with its name) and `gap` apart;
 * the ranks below move down by the rows added. A rank holding a `fixed` node only moves down.
 */
export function wrapRanks(
  nodes: readonly Placed[],
  maxWidth: number,
  gap: number,
): Map<string, Position> {
  const out = new Map<string, Position>();
  const ranks = ranksOf(nodes);
  const wrapped = new Set<number>();
  let shift = 0;
  for (const [y, rank] of ranks) {
    const total = rank.reduce((s, n) => s + n.width + gap, -gap);
    if (!(total > maxWidth) || rank.some((n) => n.fixed)) {
      for (const n of rank) out.set(n.id, { x: n.x, y: n.y + shift });
      continue;
    }
    const pitch = Math.max(...rank.map((n) => n.height)) + gap;
    const column = Math.max(...rank.map((n) => n.width)) + gap;
    const most = Math.max(1, Math.floor((maxWidth + gap) / column));
    const rows = Math.ceil(rank.length / most);
    // Each parent's children in a block, filled row by row; blocks half a column apart.
    const blockWidth = (bs: { columns: number }[]) =>
      bs.reduce((s, b) => s + b.columns * column + column / 2, -column / 2 - gap);
    // As few rows as let every parent's block fit side by side (rounding each block up and the
    // room between blocks can need more than a plain grid); when none does (parents with a
    // child or two each: a person's cases, one per person), one grid for all.
    const runs = siblings(rank);
    const longest = Math.max(...runs.map((run) => run.length));
    let blocks = [{ run: rank, columns: most }];
    for (let r = rows; r <= longest; r++) {
      const tried = runs.map((run) => ({ run, columns: Math.ceil(run.length / r) }));
      if (blockWidth(tried) <= maxWidth) {
        blocks = tried;
        break;
      }
    }
    const width = blockWidth(blocks);
    let left = (rank[0]!.x + rank.at(-1)!.x) / 2 - width / 2;
    for (const { run, columns } of blocks) {
      run.forEach((n, i) => {
        const r = Math.floor(i / columns);
        // A last row shorter than the others is centred under the block.
        const inRow = Math.min(columns, run.length - r * columns);
        const x = left + ((columns - inRow) / 2 + (i % columns) + 0.5) * column - gap / 2;
        out.set(n.id, { x, y: y + shift + r * pitch });
      });
      left += columns * column + column / 2;
    }
    shift += (Math.max(...blocks.map((b) => Math.ceil(b.run.length / b.columns))) - 1) * pitch;
    wrapped.add(y);
  }
  overChildren(ranks, wrapped, out, gap);
  return out;
}

/**
 * Each parent over its children once they are wrapped (dagre spread the cells over their members'
 * one long row: the chart stayed as wide as before, and tiny), bottom rank first; in a rank with a
 * parent moved, the others packed beside the one before them, in dagre's order, none closer
 * than `gap`. Wrapped ranks and ranks with a `fixed` node stay.
 */
function overChildren(
  ranks: readonly [number, Placed[]][],
  wrapped: ReadonlySet<number>,
  out: Map<string, Position>,
  gap: number,
): void {
  const children = new Map<string, string[]>();
  for (const [, rank] of ranks)
    for (const n of rank)
      if (n.parent) {
        const list = children.get(n.parent);
        if (list) list.push(n.id);
        else children.set(n.parent, [n.id]);
      }
  for (const [y, rank] of [...ranks].reverse()) {
    if (wrapped.has(y) || rank.some((n) => n.fixed)) continue;
    const wanted = rank.map((n) => {
      const xs = (children.get(n.id) ?? [])
        .map((id) => out.get(id)?.x)
        .filter((x) => x !== undefined);
      return xs.length > 0 ? (Math.min(...xs) + Math.max(...xs)) / 2 : null;
    });
    if (wanted.every((x) => x === null)) continue;
    let before: { x: number; width: number } | null = null;
    rank.forEach((n, i) => {
      const room = before ? before.x + (before.width + n.width) / 2 + gap : -Infinity;
      const x = Math.max(wanted[i] ?? (before ? room : n.x), room);
      out.set(n.id, { x, y: out.get(n.id)!.y });
      before = { x, width: n.width };
    });
  }
}
