// Which names HubNames keeps first when the view is zoomed out past Cytoscape's names.
import type { ElementDefinition } from 'cytoscape';
import { hasClass } from './elements';

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
