// Links that would run straight through a node they do not join are bent around it: a line
// crossing a third person reads as a chain through them, on screen and in an exported picture.
// Geometry on node centres and radii and each link's ends (`bends`), applied to the canvas by
// `bendLines`: a bent link is Cytoscape's one-control-point "unbundled-bezier" (the style's
// `edge[?bent]`: its control point at weight `w` from source to target, `d` pixels along the
// normal (-dy, dx) of that line).
import type { Core } from 'cytoscape';
import { simpleNodes } from './canvas-force';

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
const SAMPLES = 24;

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

/** Whether the curve comes closer to the disc than its radius plus CLEARANCE. */
function hits(c: Curve, n: Disc): boolean {
  const room = n.r + CLEARANCE;
  for (let i = 1; i < SAMPLES; i++) {
    const [x, y] = pointAt(c, i / SAMPLES);
    if ((x - n.x) ** 2 + (y - n.y) ** 2 < room * room) return true;
  }
  return false;
}

/**
 * The bend that keeps a line from `s` to `t` clear of every disc in `others` (not its ends),
 * or null when the straight line already is. Bends reach at most the line's length (a line is
 * never looped): when none clears every node, the one crossing fewest is taken, or none if no
 * bend crosses fewer than the straight line.
 */
export function bendFor(s: Disc, t: Disc, others: readonly Disc[]): Bend | null {
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
  const blocking = others.filter((n) => {
    const k = Math.min(1, Math.max(0, ((n.x - x1) * ux + (n.y - y1) * uy) / (len - s.r - t.r)));
    const px = x1 + (x2 - x1) * k;
    const py = y1 + (y2 - y1) * k;
    return (n.x - px) ** 2 + (n.y - py) ** 2 < (n.r + CLEARANCE) ** 2;
  });
  if (blocking.length === 0) return null;
  // The nodes a bend could meet: up to a line's length (the farthest a bend swings) around it.
  const near = others.filter((n) => {
    const reach = n.r + CLEARANCE + len;
    return (
      n.x > Math.min(s.x, t.x) - reach &&
      n.x < Math.max(s.x, t.x) + reach &&
      n.y > Math.min(s.y, t.y) - reach &&
      n.y < Math.max(s.y, t.y) + reach
    );
  });
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
        const crossed = near.filter((n) => hits(bent, n)).length;
        if (crossed === 0) return { d, w };
        if (crossed < (best?.crossed ?? blocking.length)) best = { bend: { d, w }, crossed };
      }
    }
  return best?.bend ?? null;
}

/**
 * The bends of every line that needs one, by line id. Lines between the same two nodes are
 * left to Cytoscape, which spreads them apart itself; a line to a node not given is skipped.
 */
export function bends(discs: readonly Disc[], lines: readonly Line[]): Map<string, Bend> {
  const byId = new Map(discs.map((n) => [n.id, n]));
  const pairs = new Map<string, number>();
  const pairOf = (l: Line) => [l.source, l.target].sort().join('\u0000');
  for (const l of lines) pairs.set(pairOf(l), (pairs.get(pairOf(l)) ?? 0) + 1);
  const out = new Map<string, Bend>();
  for (const l of lines) {
    const s = byId.get(l.source);
    const t = byId.get(l.target);
    if (!s || !t || s === t || pairs.get(pairOf(l))! > 1) continue;
    const bend = bendFor(
      s,
      t,
      discs.filter((n) => n !== s && n !== t),
    );
    if (bend) out.set(l.id, bend);
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
  const found = bends(discs, lines);
  cy.batch(() =>
    edges.forEach((e) => {
      const bend = found.get(e.id());
      if (bend) e.data({ bent: true, bendD: bend.d, bendW: bend.w });
      else if (e.data('bent') === true) e.data('bent', false);
    }),
  );
}
