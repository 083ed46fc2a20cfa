// Links that would run straight through a node they do not join are bent around it: a line
// crossing a third person reads as a chain through them, on screen and in an exported picture.
// Geometry on node centres and radii and each link's ends (`bends`), applied to the canvas by
// `bendLines`: a bent link is Cytoscape's one-control-point "unbundled-bezier" (the style's
// `edge[?bent]`: its control point at weight `w` from source to target, `d` pixels along the
// normal (-dy, dx) of that line).
import type { Core } from 'cytoscape';
import { simpleNodes } from './canvas-force';
import { cellKey } from './room';

export interface Disc {
  id: string;
  x: number;
  y: number;
  /** Half the node's drawn width. */
  r: number;
}

export interface Line {
  id: string;
  source: string;
  target: string;
}

export interface Bend {
  /** Distance of the control point from the line, along its normal (-dy, dx). */
  d: number;
  /** Where along the line the control point stands (0 source, 1 target). */
  w: number;
}

/** The room a line keeps around a node it does not join, beyond the node's edge (px). */
export const CLEARANCE = 8;
/** The time one pass of bending may take on the canvas (ms): it holds the page. */
export const BEND_BUDGET_MS = 150;
/** The most apart two points of a straight line are looked at (px). */
const STEP = 8;

interface Curve {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  cx: number;
  cy: number;
}

function pointAt(c: Curve, t: number): [number, number] {
  const a = (1 - t) * (1 - t);
  const b = 2 * t * (1 - t);
  const e = t * t;
  return [a * c.x1 + b * c.cx + e * c.x2, a * c.y1 + b * c.cy + e * c.y2];
}

/**
 * Nodes filed by the grid cell of their centre, so that a line is compared only with the nodes
 * along it (comparing every line with every node froze a canvas of 3,000 nodes for seconds).
 * A cell is as wide as the farthest a node reaches (its radius and CLEARANCE) plus half a STEP,
 * so the nodes a point of a line comes near are in its cell or the eight around it.
 */
class Grid {
  readonly #cells = new Map<number, Disc[]>();
  readonly #size: number;

  constructor(discs: readonly Disc[]) {
    this.#size = discs.reduce((m, d) => Math.max(m, d.r), 0) + CLEARANCE + STEP / 2;
    for (const d of discs) {
      const k = cellKey(Math.floor(d.x / this.#size), Math.floor(d.y / this.#size));
      const cell = this.#cells.get(k);
      if (cell) cell.push(d);
      else this.#cells.set(k, [d]);
    }
  }

  /** How far apart a curve's points are looked at: half a cell, so a node is missed only when
   * a curve grazes its room by less than a quarter of a cell. */
  get step(): number {
    return this.#size / 2;
  }

  /** Calls `visit` with each node a point at (x, y) may come near. */
  around(x: number, y: number, visit: (d: Disc) => void): void {
    const [i, j] = [Math.floor(x / this.#size), Math.floor(y / this.#size)];
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++) {
        const cell = this.#cells.get(cellKey(i + di, j + dj));
        if (cell) for (const d of cell) visit(d);
      }
  }
}

/**
 * How many nodes but `s` and `t` the curve comes into the room of (radius plus CLEARANCE),
 * counted up to `enough` (a bend that crosses as many as the best so far is not taken).
 */
function crossed(c: Curve, grid: Grid, s: Disc, t: Disc, enough: number): number {
  // The control polygon is at least as long as the curve.
  const long = Math.hypot(c.cx - c.x1, c.cy - c.y1) + Math.hypot(c.x2 - c.cx, c.y2 - c.cy);
  const samples = Math.max(24, Math.ceil(long / grid.step));
  const found = new Set<Disc>();
  for (let i = 1; i < samples && found.size < enough; i++) {
    const [x, y] = pointAt(c, i / samples);
    grid.around(x, y, (n) => {
      const room = n.r + CLEARANCE;
      if (n !== s && n !== t && (x - n.x) ** 2 + (y - n.y) ** 2 < room * room) found.add(n);
    });
  }
  return found.size;
}

/**
 * The bend that keeps a line from `s` to `t` clear of every disc in `others` (not its ends),
 * or null when the straight line already is. Bends reach at most the line's length (a line is
 * never looped): when none clears every node, the one crossing fewest is taken, or none if no
 * bend crosses fewer than the straight line.
 */
export function bendFor(s: Disc, t: Disc, others: readonly Disc[] | Grid): Bend | null {
  const grid = others instanceof Grid ? others : new Grid(others);
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  if (len <= s.r + t.r) return null; // the nodes touch: there is no line to bend
  const ux = dx / len;
  const uy = dy / len;
  // Cytoscape measures from where the line leaves the nodes' borders.
  const x1 = s.x + ux * s.r;
  const y1 = s.y + uy * s.r;
  const x2 = t.x - ux * t.r;
  const y2 = t.y - uy * t.r;
  // The straight line's distance to a node: from the nearest point of the segment.
  const candidates = new Set<Disc>();
  const steps = Math.max(1, Math.ceil((len - s.r - t.r) / STEP));
  for (let i = 0; i <= steps; i++)
    grid.around(x1 + ((x2 - x1) * i) / steps, y1 + ((y2 - y1) * i) / steps, (n) =>
      candidates.add(n),
    );
  const blocking = [...candidates].filter((n) => {
    if (n === s || n === t) return false;
    const k = Math.min(1, Math.max(0, ((n.x - x1) * ux + (n.y - y1) * uy) / (len - s.r - t.r)));
    const px = x1 + (x2 - x1) * k;
    const py = y1 + (y2 - y1) * k;
    return (n.x - px) ** 2 + (n.y - py) ** 2 < (n.r + CLEARANCE) ** 2;
  });
  if (blocking.length === 0) return null;
  // Where the blocking nodes stand along the line, and on which side (normal: (-uy, ux)).
  const along = blocking.map((n) => ((n.x - s.x) * ux + (n.y - s.y) * uy) / len);
  const side = blocking.reduce((sum, n) => sum + (n.x - s.x) * -uy + (n.y - s.y) * ux, 0);
  const middle = Math.min(0.8, Math.max(0.2, along.reduce((a, b) => a + b, 0) / along.length));
  const away = side > 0 ? -1 : 1;
  const start = Math.max(...blocking.map((n) => n.r + CLEARANCE));
  // The least bend that clears every node; failing that, the one that crosses fewest (a line
  // through one node reads better than through three), if fewer than the straight line.
  let best: { bend: Bend; crossed: number } | null = null;
  for (const w of new Set([middle, 0.5, 0.3, 0.7]))
    for (const sign of [away, -away]) {
      for (let reach = start; reach <= len; reach *= 1.3) {
        const d = sign * reach;
        const bent: Curve = {
          x1,
          y1,
          x2,
          y2,
          cx: x1 + (x2 - x1) * w - uy * d,
          cy: y1 + (y2 - y1) * w + ux * d,
        };
        const n = crossed(bent, grid, s, t, best?.crossed ?? blocking.length);
        if (n === 0) return { d, w };
        if (n < (best?.crossed ?? blocking.length)) best = { bend: { d, w }, crossed: n };
      }
    }
  return best?.bend ?? null;
}

/** The same key for every line between two nodes, whichever way it runs. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * The bends of every line that needs one, by line id. Lines between the same two nodes are
 * left to Cytoscape, which spreads them apart itself; a line to a node not given is skipped.
 * Shorter lines first, within `budget` ms: past it the rest stay straight (on a canvas of
 * thousands of nodes, long lines across it cost the most and mislead the least — a short line
 * through a third person reads as a chain through them).
 */
export function bends(
  discs: readonly Disc[],
  lines: readonly Line[],
  budget = Infinity,
): Map<string, Bend> {
  const until = performance.now() + budget;
  const byId = new Map(discs.map((n) => [n.id, n]));
  const grid = new Grid(discs);
  const pairs = new Map<string, number>();
  const pairOf = (l: Line) => pairKey(l.source, l.target);
  for (const l of lines) pairs.set(pairOf(l), (pairs.get(pairOf(l)) ?? 0) + 1);
  const ends = lines.flatMap((l) => {
    const [s, t] = [byId.get(l.source), byId.get(l.target)];
    return s && t && s !== t && pairs.get(pairOf(l))! === 1
      ? [{ id: l.id, s, t, len: Math.hypot(t.x - s.x, t.y - s.y) }]
      : [];
  });
  ends.sort((a, b) => a.len - b.len);
  const out = new Map<string, Bend>();
  for (const { id, s, t } of ends) {
    if (performance.now() > until) break;
    const bend = bendFor(s, t, grid);
    if (bend) out.set(id, bend);
  }
  return out;
}

/**
 * Bends the drawn lines that would run through a node they do not join, and straightens those
 * that no longer need it. A line's bend is data Cytoscape's style reads (`bent`, `bendD`,
 * `bendW`); it is switched off by setting `bent` false, since removing data leaves the line
 * drawn as it was until something else restyles it.
 */
export function bendLines(cy: Core): void {
  if (cy.destroyed()) return;
  const discs = simpleNodes(cy)
    .filter(':visible')
    .nodes()
    .map((n) => ({ id: n.id(), ...n.position(), r: n.outerWidth() / 2 }));
  const edges = cy.edges();
  const lines = edges
    .filter(':visible')
    .edges()
    .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  const found = bends(discs, lines, BEND_BUDGET_MS);
  cy.batch(() =>
    edges.forEach((e) => {
      const bend = found.get(e.id());
      if (bend) e.data({ bent: true, bendD: bend.d, bendW: bend.w });
      else if (e.data('bent') === true) e.data('bent', false);
    }),
  );
}
