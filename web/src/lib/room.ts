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
