// Room on a picture for names written over it (the map's place names, the names kept at low
// zoom): each takes its rectangle only where it covers none already taken.

/** A rectangle taken on the picture (an entity with its name, a name written), px. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Takes `box` into `taken` if it overlaps none of them; whether it did. */
export function takeRoom(taken: Box[], box: Box): boolean {
  if (taken.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1))
    return false;
  taken.push(box);
  return true;
}
