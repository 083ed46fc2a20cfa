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
