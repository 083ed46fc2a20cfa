// Which names HubNames keeps first when the view is zoomed out past Cytoscape's names.
import type { ElementDefinition } from 'cytoscape';
import { hasClass } from './elements';

/** Cytoscape's node names: 11 px, hidden when drawn under 6 px (style.ts). */
export const NAME_FONT_SIZE = 11;
const HIDDEN_UNDER = 6;
/** The widest name, px (style.ts `text-max-width`); HubNames pads it by 3 px a side. */
export const NAME_MAX_WIDTH = 150;
/**
 * How far a kept name may reach beside its node's centre, px: half the widest, padded. It does
 * not shrink as the view zooms out (the fit leaves room for it: canvas-force.ts).
 */
export const NAME_REACH = NAME_MAX_WIDTH / 2 + 3;

/**
 * Whether Cytoscape hides names at `zoom` on a screen of `pixelRatio`. It judges a name's size
 * at the zoom of the texture it draws at, a power of two (`eleTextBiggerThanMin` in its
 * renderer), not at the zoom itself: 11 px names go at zoom 0.5 and under (0.25 on a
 * double-density screen). HubNames then writes the kept ones in HTML.
 */
export function namesHidden(zoom: number, pixelRatio: number): boolean {
  const level = Math.ceil(Math.log2(zoom * pixelRatio));
  return NAME_FONT_SIZE * 2 ** level < HIDDEN_UNDER;
}

export interface RankedName {
  id: string;
  text: string;
  /** Links drawn on the canvas. */
  links: number;
  /** 1 lit by Connect, 2 neither, 3 stepped back (elements.ts: `hl`, `faded`). */
  tier: 1 | 2 | 3;
}

/**
 * The named nodes: lit first, faded last (a path read by the names of its faded neighbours was
 * read wrong), and within each the most connected on the canvas first, then by name (a stable
 * pick).
 */
export function rankNames(elements: readonly ElementDefinition[]): RankedName[] {
  const links = new Map<string, number>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    for (const end of [e.data.source, e.data.target] as string[])
      links.set(end, (links.get(end) ?? 0) + 1);
  }
  return elements
    .filter((e) => e.group === 'nodes' && typeof e.data.label === 'string' && e.data.label)
    .map((e): RankedName => ({
      id: e.data.id!,
      text: String(e.data.label),
      links: links.get(e.data.id!) ?? 0,
      tier: hasClass(e, 'hl') ? 1 : hasClass(e, 'faded') ? 3 : 2,
    }))
    .sort((a, b) => a.tier - b.tier || b.links - a.links || a.text.localeCompare(b.text));
}
