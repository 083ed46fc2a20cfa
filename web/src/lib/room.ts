// Room on a picture for names written over it (the map's place names, the names kept at low
// zoom): each takes its rectangle only where it covers none already taken.

/** A rectangle taken on the picture (an entity with its name, a name written), px. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Takes `box` into `taken` if it overlaps none of them; whether it did. */
export function takeRoom(taken: Box[], box: Box): boolean {
  if (taken.some((b) => overlaps(b, box))) return false;
  taken.push(box);
  return true;
}

/**
 * Whether the straight line from `a` to `b` passes through `box` (Liang–Barsky clipping: the
 * part of the line inside each pair of the box's sides, intersected).
 */
export function lineCrosses(
  a: { x: number; y: number },
  b: { x: number; y: number },
  box: Box,
): boolean {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const sides: [number, number][] = [
    [-dx, a.x - box.x0],
    [dx, box.x1 - a.x],
    [-dy, a.y - box.y0],
    [dy, box.y1 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1;
}

/** A rectangle turned `angle` radians about its centre: a line's label, written along it. */
export interface TurnedBox {
  x: number;
  y: number;
  /** Half its width and height, before turning. */
  hw: number;
  hh: number;
  angle: number;
}

/** The upright box around a turned one. */
export function boundsOf(b: TurnedBox): Box {
  const c = Math.abs(Math.cos(b.angle));
  const s = Math.abs(Math.sin(b.angle));
  const w = b.hw * c + b.hh * s;
  const h = b.hw * s + b.hh * c;
  return { x0: b.x - w, y0: b.y - h, x1: b.x + w, y1: b.y + h };
}

/** Half the length of `b`'s shadow on the unit axis (ux, uy). */
function reach(b: TurnedBox, ux: number, uy: number): number {
  const c = Math.cos(b.angle);
  const s = Math.sin(b.angle);
  return b.hw * Math.abs(c * ux + s * uy) + b.hh * Math.abs(-s * ux + c * uy);
}

/**
 * Whether a turned box and another convex shape (centred at `b`, its shadow's half length given
 * by `reachB`) overlap, touching sides not counted: two convex shapes are apart exactly when
 * their shadows are apart on the direction of one of their sides (`axes`: separating axes).
 */
function overlapOn(
  a: TurnedBox,
  b: { x: number; y: number },
  reachB: (ux: number, uy: number) => number,
  axes: readonly number[],
): boolean {
  for (const angle of axes) {
    const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
    const apart = Math.abs((b.x - a.x) * ux + (b.y - a.y) * uy);
    if (apart >= reach(a, ux, uy) + reachB(ux, uy) - 1e-9) return false;
  }
  return true;
}

/** Whether two turned boxes overlap (touching sides do not). */
export function turnedOverlap(a: TurnedBox, b: TurnedBox): boolean {
  return overlapOn(a, b, (ux, uy) => reach(b, ux, uy), [
    a.angle,
    a.angle + Math.PI / 2,
    b.angle,
    b.angle + Math.PI / 2,
  ]);
}

/** One number for the grid cell (i, j), for maps of cells (a drawing spans far fewer than
 * 2^16 cells each way). */
export function cellKey(i: number, j: number): number {
  return (i + 32768) * 65536 + (j + 32768);
}

/**
 * A round node, as the regular octagon around its circle (apothem `r`): a circle taken as its
 * square kept labels off the room beside it (QA).
 */
export interface Round {
  x: number;
  y: number;
  r: number;
}

const EIGHTHS = Array.from({ length: 8 }, (_, k) => Math.PI / 8 + (k * Math.PI) / 4);

/** The octagon's corners' directions, as unit vectors. */
const CORNERS = EIGHTHS.map((a) => [Math.cos(a), Math.sin(a)] as const);
const CORNER = 1 / Math.cos(Math.PI / 8);

/** Half the length of an octagon's shadow on the unit axis (ux, uy). */
function roundReach(o: Round, ux: number, uy: number): number {
  let most = 0;
  for (const [cx, cy] of CORNERS) most = Math.max(most, Math.abs(cx * ux + cy * uy));
  return o.r * CORNER * most;
}

/** Whether a turned box overlaps a round node's octagon. */
export function roundOverlap(a: TurnedBox, o: Round): boolean {
  return overlapOn(a, o, (ux, uy) => roundReach(o, ux, uy), [
    a.angle,
    a.angle + Math.PI / 2,
    0,
    Math.PI / 4,
    Math.PI / 2,
    (3 * Math.PI) / 4,
  ]);
}

const isRound = (t: TurnedBox | Round): t is Round => !('angle' in t);

/** The upright box around a taken shape (a round node's octagon: its corners' reach). */
function boxAround(b: TurnedBox | Round): Box {
  if (!isRound(b)) return boundsOf(b);
  const r = b.r * CORNER;
  return { x0: b.x - r, y0: b.y - r, x1: b.x + r, y1: b.y + r };
}

/** A taken shape with the upright box around it, which most comparisons need alone. */
interface Taken {
  shape: TurnedBox | Round;
  box: Box;
}

/**
 * Turned boxes taken on a picture, filed by the cells of a grid they cover, so that a box is
 * compared only with those near it (a canvas of a thousand lines has a thousand labels); the
 * upright boxes around two shapes are compared before the shapes themselves.
 */
export class Room {
  readonly #cells = new Map<number, Taken[]>();

  constructor(private readonly cell = 64) {}

  #keys({ x0, y0, x1, y1 }: Box): number[] {
    const keys: number[] = [];
    for (let i = Math.floor(x0 / this.cell); i <= Math.floor(x1 / this.cell); i++)
      for (let j = Math.floor(y0 / this.cell); j <= Math.floor(y1 / this.cell); j++)
        keys.push(cellKey(i, j));
    return keys;
  }

  #file(taken: Taken, keys: number[]): void {
    for (const k of keys) {
      const list = this.#cells.get(k);
      if (list) list.push(taken);
      else this.#cells.set(k, [taken]);
    }
  }

  /** Takes `b` whatever it covers (what must be drawn: a node, its name). */
  take(b: TurnedBox | Round): void {
    const box = boxAround(b);
    this.#file({ shape: b, box }, this.#keys(box));
  }

  /** Takes `b` if it covers nothing taken; whether it did. */
  takeIfFree(b: TurnedBox): boolean {
    const box = boundsOf(b);
    const keys = this.#keys(box);
    for (const k of keys) {
      const list = this.#cells.get(k);
      if (!list) continue;
      for (const t of list) {
        if (!overlaps(t.box, box)) continue;
        if (isRound(t.shape) ? roundOverlap(b, t.shape) : turnedOverlap(t.shape, b)) return false;
      }
    }
    this.#file({ shape: b, box }, keys);
    return true;
  }
}
