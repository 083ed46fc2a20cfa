// Force-directed layout for canvases too large for fcose (ADR 0004): d3-force's simulation with a
// Barnes-Hut many-body force (a quadtree; cells seen under `theta` count as one body), springs on
// links, collision so no node hides another (and, given each node's box with its label, no name
// is printed over another node or name), and a weak pull to the middle so parts that are not
// connected stay in view. Pure and DOM-free: force-layout.worker.ts runs it off the main thread,
// and the unit tests run it directly.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';

export interface ForceNode {
  id: string;
  /** Where the node starts; without it, a spiral spot (the same for the same input order). */
  x?: number;
  y?: number;
  /** Held where it is (needs x and y): old nodes around the new ones of an expansion. */
  fixed?: boolean;
  /** Room the node needs, centre to edge, px; nodeRadius when smaller or not given. */
  radius?: number;
  /**
   * The node drawn with its label, as distances from its centre (px). When the nodes have boxes,
   * they collide as these rectangles rather than as circles: a name under a node takes room.
   */
  box?: Box;
}

/** A rectangle around a node's centre: how far it reaches each way, px. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ForceEdge {
  source: string;
  target: string;
}

export interface ForceOptions {
  /** Most simulation steps; the cooling schedule always runs to its end within them. */
  maxTicks?: number;
  /** Fewest steps, even past the time budget: fewer do not untangle a large graph. */
  minTicks?: number;
  /** Milliseconds for the whole run: the step count is sized to fit as the run measures itself. */
  budgetMs?: number;
  /** Resting length of a link, px (fcose's idealEdgeLength in the app is 90). */
  linkDistance?: number;
  /** Nodes keep at least twice this apart, centre to centre (app nodes are 34 px wide). */
  nodeRadius?: number;
  /** Many-body strength (negative repels). */
  charge?: number;
  /** Barnes-Hut accuracy: a quadtree cell is one body when its width / distance < theta. */
  theta?: number;
  /** Pull keeping unconnected parts near the rest: towards (0, 0), or each node's start. */
  gravity?: number;
  pullTo?: 'middle' | 'start';
  /** Share of the steps, at the end, that also resolve collisions (they cost as much as the
   * many-body force, and are only needed once the layout has spread out). */
  collideShare?: number;
  /** Starting spots of unplaced nodes: next to a neighbour (`tree`) or on a spiral. */
  seed?: 'tree' | 'spiral';
  /**
   * After the run, take free nodes off any node they still cover (`separate`): for new nodes
   * settling among held ones, a few hundred at most; never for a whole canvas.
   */
  separate?: boolean;
}

export interface ForceResult {
  /** x0, y0, x1, y1… in the order of the input nodes. */
  xy: Float64Array;
  ticks: number;
  ms: number;
}

/** What the page sends the worker, and what the worker sends back. */
export interface ForceRequest {
  nodes: ForceNode[];
  edges: ForceEdge[];
  options: ForceOptions;
}
export type ForceMessage =
  { kind: 'progress'; done: number; total: number } | ({ kind: 'done' } & ForceResult);

export const FORCE_DEFAULTS: Required<ForceOptions> = {
  maxTicks: 300,
  // From the tree seed, 40 steps left the 5k bench network with the same edge lengths and
  // spread as 80; on a loaded machine this floor, not the budget, sets the time at 5k and more.
  minTicks: 40,
  // Sending the canvas, starting the worker and placing the result add about a second at 5k.
  budgetMs: 1800,
  linkDistance: 60,
  nodeRadius: 22,
  charge: -80,
  // d3's default is 0.9; at 1.5 the 1k and 5k layouts measured the same (edge lengths, spread)
  // in a third less time.
  theta: 1.5,
  gravity: 0.06,
  pullTo: 'middle',
  collideShare: 0.25,
  seed: 'tree',
  separate: false,
};

const ALPHA_MIN = 0.001;
/** How often the run re-measures its speed and reports progress. */
const CHECK_EVERY = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  /** Set on every node of a run in which any node has a box. */
  box?: Box;
}

/** Room kept between two boxes, px. */
export const BOX_GAP = 6;

/** Most comparisons of two nodes the final separation may make (~0.1 s). */
const SEPARATE_WORK = 20_000_000;

/** The i-th spot of a sunflower spiral with about `spacing` px between neighbouring spots. */
export function spiral(i: number, spacing: number): { x: number; y: number } {
  const r = spacing * Math.sqrt(i + 0.5);
  return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
}

/**
 * Starting spots for the nodes without one: each connected part grows from its best-connected
 * node outwards, every node put on a small spiral around the neighbour that reached it, facing
 * away from where that neighbour came from. Neighbours start near each other, so the simulation
 * spends its steps spreading cells apart rather than untangling a random scatter.
 */
export function treeSeed(
  nodes: readonly ForceNode[],
  edges: readonly ForceEdge[],
  spacing: number,
): { x: number; y: number }[] {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const adj: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    adj[a]!.push(b);
    adj[b]!.push(a);
  }
  const at: ({ x: number; y: number } | null)[] = nodes.map((n) =>
    n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : null,
  );
  const heading = new Float64Array(nodes.length);
  const children = new Uint32Array(nodes.length);
  // Roots: placed nodes first (new nodes grow from the old ones), then by degree.
  const order = nodes
    .map((_, i) => i)
    .sort(
      (a, b) => Number(at[b] !== null) - Number(at[a] !== null) || adj[b]!.length - adj[a]!.length,
    );
  let parts = 0;
  const seen = new Uint8Array(nodes.length);
  for (const root of order) {
    if (seen[root]) continue;
    seen[root] = 1;
    if (!at[root]) {
      // A part with nothing placed: its own spot on a wide spiral around the middle.
      at[root] = spiral(parts++, spacing * 12);
    }
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const p = queue[head]!;
      const from = at[p]!;
      for (const c of adj[p]!) {
        if (seen[c]) continue;
        seen[c] = 1;
        queue.push(c);
        if (at[c]) continue;
        const k = children[p]!;
        children[p] = k + 1;
        // A fan around the heading that widens as more children arrive.
        const angle = heading[p]! + (k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.5);
        const r = spacing * (1 + 0.25 * Math.sqrt(k));
        at[c] = { x: from.x + r * Math.cos(angle), y: from.y + r * Math.sin(angle) };
        heading[c] = angle;
      }
    }
  }
  return at.map((p) => p!);
}

/**
 * Runs the simulation to the end of its cooling schedule and returns every node's position.
 * Deterministic when the time budget does not bind: the same nodes and edges in the same order
 * give the same positions (d3-force's jiggle uses its own seeded generator). `now` and
 * `onProgress` are for the worker and tests.
 */
export function forceLayout(
  nodes: readonly ForceNode[],
  edges: readonly ForceEdge[],
  options: ForceOptions = {},
  onProgress: (done: number, total: number) => void = () => {},
  now: () => number = () => performance.now(),
): ForceResult {
  const o = { ...FORCE_DEFAULTS, ...options };
  const start = now();
  const seeded =
    o.seed === 'tree'
      ? treeSeed(nodes, edges, 2 * o.nodeRadius)
      : nodes.map((n, i) =>
          n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : spiral(i, 2 * o.nodeRadius),
        );
  const boxed = nodes.some((n) => n.box);
  const sim: SimNode[] = nodes.map((n, i) => {
    const p = seeded[i]!;
    const r = Math.max(o.nodeRadius, n.radius ?? 0);
    const hold = n.fixed && n.x !== undefined && n.y !== undefined;
    const d: SimNode = { id: n.id, r, ...p };
    if (boxed) d.box = n.box ?? { left: r, right: r, top: r, bottom: r };
    if (hold) [d.fx, d.fy] = [p.x, p.y];
    return d;
  });
  const known = new Set(nodes.map((n) => n.id));
  const links = edges
    .filter((e) => e.source !== e.target && known.has(e.source) && known.has(e.target))
    .map((e) => ({ source: e.source, target: e.target }));

  const pull = (i: number) => (o.pullTo === 'start' ? seeded[i]! : { x: 0, y: 0 });
  const collide = boxed ? boxCollide(sim) : forceCollide<SimNode>((d) => d.r).strength(1);
  // Big nodes (an organisation drawn by its many links) get longer links, so their neighbours
  // ring them at the same gap as a small node's.
  const room = (d: SimNode | string | number) => (typeof d === 'object' ? d.r - o.nodeRadius : 0);
  const simulation = forceSimulation(sim)
    .stop() // stepped by hand below, never by d3's timer
    .alphaMin(ALPHA_MIN)
    .force('charge', forceManyBody<SimNode>().strength(o.charge).theta(o.theta))
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(links)
        .id((d) => d.id)
        .distance((l) => o.linkDistance + room(l.source) + room(l.target)),
    )
    .force('x', forceX<SimNode>((_, i) => pull(i).x).strength(o.gravity))
    .force('y', forceY<SimNode>((_, i) => pull(i).y).strength(o.gravity));

  // Cooling from alpha 1 to ALPHA_MIN over `total` steps; re-planned as the run learns its speed.
  let total = o.maxTicks;
  const plan = (done: number) => {
    const left = Math.max(1, total - done);
    simulation.alphaDecay(1 - Math.pow(ALPHA_MIN / simulation.alpha(), 1 / left));
  };
  plan(0);
  let ticks = 0;
  let colliding = false;
  while (ticks < total) {
    if (!colliding && ticks >= total * (1 - o.collideShare)) {
      simulation.force('collide', collide);
      colliding = true;
    }
    simulation.tick();
    ticks++;
    if (ticks % CHECK_EVERY !== 0) continue;
    const spent = now() - start;
    const affordable = Math.floor((ticks * o.budgetMs) / Math.max(spent, 1e-3));
    const next = Math.max(Math.min(o.minTicks, o.maxTicks), Math.min(o.maxTicks, affordable));
    if (next !== total) {
      total = Math.max(next, ticks + 1);
      plan(ticks);
    }
    onProgress(ticks, total);
  }
  // Around held nodes (an expansion), the pulls to each new node's anchor and start can hold it
  // on an old node against the collision force: take it off, whatever the forces left.
  // Boxes need more passes than circles (a star of 40 names takes ~200), within a bound on the
  // work: each pass compares every free node with every node.
  if (o.separate) {
    const free = sim.filter((d) => d.fx == null).length;
    const affordable = Math.floor(SEPARATE_WORK / Math.max(1, free * sim.length));
    separate(sim, boxed ? Math.max(50, Math.min(300, affordable)) : 50);
    if (boxed) relocate(sim);
  }
  const xy = new Float64Array(sim.length * 2);
  sim.forEach((n, i) => {
    xy[2 * i] = n.x!;
    xy[2 * i + 1] = n.y!;
  });
  return { xy, ticks, ms: now() - start };
}

/**
 * The unit vector along (dx, dy); for two nodes on the same spot, a way set by `i` (the node's
 * order), so the result is the same for the same input.
 */
function away(dx: number, dy: number, i: number): [number, number] {
  const d = Math.hypot(dx, dy);
  return d < 1e-6 ? [Math.cos(i * GOLDEN_ANGLE), Math.sin(i * GOLDEN_ANGLE)] : [dx / d, dy / d];
}

/**
 * How far `a` must move, and which way, to stop overlapping `b` (null when they do not): for
 * boxes, along the line between their middles until they clear on one axis, keeping BOX_GAP
 * between them; for circles, straight away from `b` until their radii touch. `ax`, `ay`, `bx`,
 * `by` are where each is taken to be; `i` sets the way two nodes on one spot part (`away`).
 */
function overlap(
  a: SimNode,
  ax: number,
  ay: number,
  b: SimNode,
  bx: number,
  by: number,
  i: number,
): [number, number] | null {
  if (a.box && b.box) {
    const ox =
      Math.min(ax + a.box.right, bx + b.box.right) -
      Math.max(ax - a.box.left, bx - b.box.left) +
      BOX_GAP;
    const oy =
      Math.min(ay + a.box.bottom, by + b.box.bottom) -
      Math.max(ay - a.box.top, by - b.box.top) +
      BOX_GAP;
    if (ox <= 0 || oy <= 0) return null;
    // Apart along the line between the boxes' middles (a label hangs under its node), as far
    // as it takes to clear them on one axis: a node crowded on all sides moves out, as circles
    // do, rather than sideways into a column.
    const [ux, uy] = away(
      ax + (a.box.right - a.box.left) / 2 - (bx + (b.box.right - b.box.left) / 2),
      ay + (a.box.bottom - a.box.top) / 2 - (by + (b.box.bottom - b.box.top) / 2),
      i,
    );
    const t = Math.min(
      Math.abs(ux) > 1e-6 ? ox / Math.abs(ux) : Infinity,
      Math.abs(uy) > 1e-6 ? oy / Math.abs(uy) : Infinity,
    );
    return [ux * t, uy * t];
  }
  const min = a.r + b.r;
  const d = Math.hypot(ax - bx, ay - by);
  if (d >= min) return null;
  const [ux, uy] = away(ax - bx, ay - by, i);
  return [ux * (min - d), uy * (min - d)];
}

/**
 * d3 force keeping boxes apart: each step, every two boxes that would overlap at their next
 * positions are pushed apart (see `overlap`), a held node never moving (its free
 * neighbour takes the whole push). A grid of cells as wide as the largest box finds the pairs,
 * so a step costs about one pass over the nodes.
 */
function boxCollide(nodes: SimNode[]): (alpha: number) => void {
  const cell = Math.max(
    1,
    ...nodes.map((d) => Math.max(d.box!.left + d.box!.right, d.box!.top + d.box!.bottom) + BOX_GAP),
  );
  return () => {
    const grid = new Map<string, number[]>();
    const at = nodes.map((d) => [d.x! + (d.vx ?? 0), d.y! + (d.vy ?? 0)] as const);
    const key = (i: number, dx = 0, dy = 0) =>
      `${Math.floor(at[i]![0] / cell) + dx},${Math.floor(at[i]![1] / cell) + dy}`;
    nodes.forEach((_, i) => {
      const k = key(i);
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    nodes.forEach((a, i) => {
      for (let gx = -1; gx <= 1; gx++)
        for (let gy = -1; gy <= 1; gy++)
          for (const j of grid.get(key(i, gx, gy)) ?? []) {
            if (j <= i) continue;
            const b = nodes[j]!;
            const aFree = a.fx == null;
            const bFree = b.fx == null;
            if (!aFree && !bFree) continue;
            const push = overlap(a, at[i]![0], at[i]![1], b, at[j]![0], at[j]![1], i);
            if (!push) continue;
            const share = aFree && bFree ? 0.5 : 1;
            if (aFree) {
              a.vx = (a.vx ?? 0) + push[0] * share;
              a.vy = (a.vy ?? 0) + push[1] * share;
            }
            if (bFree) {
              b.vx = (b.vx ?? 0) - push[0] * share;
              b.vy = (b.vy ?? 0) - push[1] * share;
            }
          }
    });
  };
}

/**
 * Free nodes that still meet another after `separate` (hemmed in among held ones: a new node
 * linked to several drawn around it) go to the nearest spot where they meet nothing, tried on a
 * spiral around where they are: a small move, and no name left on another.
 */
export function relocate(sim: SimNode[], tries = 3000): void {
  let work = SEPARATE_WORK;
  for (const [i, a] of sim.entries()) {
    if (a.fx != null) continue;
    const meets = (x: number, y: number) =>
      sim.some((b) => b !== a && overlap(a, x, y, b, b.x!, b.y!, i) !== null);
    if (!meets(a.x!, a.y!)) continue;
    for (let k = 1; k <= tries && work > 0; k++, work -= sim.length) {
      const p = spiral(k, 12);
      if (meets(a.x! + p.x, a.y! + p.y)) continue;
      a.x! += p.x;
      a.y! += p.y;
      break;
    }
  }
}

/**
 * Moves free nodes off the nodes they overlap (closer than the sum of their radii, or boxes
 * that meet), held ones never moving: each pass pushes a free node away from each node it
 * overlaps, by the whole overlap from a held node and half from a free one (which takes the
 * other half), until none overlaps or the passes run out. Nodes on the same spot part in a
 * direction set by their order, so the result is the same for the same input.
 */
export function separate(sim: SimNode[], passes = 50): void {
  const free = sim.filter((d) => d.fx == null);
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (const [i, a] of free.entries()) {
      for (const b of sim) {
        if (a === b) continue;
        const push = overlap(a, a.x!, a.y!, b, b.x!, b.y!, i);
        if (!push) continue;
        const share = b.fx == null ? 0.5 : 1;
        const d = Math.hypot(push[0], push[1]);
        a.x! += push[0] * share + (push[0] / d) * 0.01;
        a.y! += push[1] * share + (push[1] / d) * 0.01;
        moved = true;
      }
    }
    if (!moved) return;
  }
}
