// Count badges on busy entities (over 200 links): drawn as HTML over the canvas (Badges.svelte)
// and onto exported pictures (Canvas's `png` and `svg`, export-image.ts), in the same place.
import type { NodeSingular } from 'cytoscape';

/** Where a busy entity's badge is centred, in model units: on its upper right. */
export function badgeCentre(n: NodeSingular): { x: number; y: number } {
  const p = n.position();
  const r = n.width() / 2;
  return { x: p.x + r * 0.7, y: p.y - r * 0.7 };
}
