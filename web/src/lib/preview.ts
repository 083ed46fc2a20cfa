// The expand preview as the context menu shows it: one row per relationship type × neighbour
// type ("Asociados · Persona (12)"), links of each direction and agency added up, biggest
// first, with the neighbours they lead to; and the expand filter for the rows the analyst
// ticked.
import type { ExpandFilter, ExpandGroup } from './api';

export interface PreviewRow {
  key: string;
  relType: string;
  neighborType: string;
  /** Links. */
  count: number;
  /** Distinct neighbours they lead to: what expanding the row brings. */
  neighbors: number;
  /** The counts are lower bounds (the entity has more links than were counted). */
  capped: boolean;
}

export function previewRows(groups: readonly ExpandGroup[]): PreviewRow[] {
  const rows = new Map<string, PreviewRow>();
  for (const g of groups) {
    const key = `${g.relType}|${g.neighborType}`;
    const row = rows.get(key);
    // Each group of a row carries the row's neighbours (the API counts them across directions
    // and agencies), so they are taken, not added up.
    if (row) {
      row.count += g.count;
      row.neighbors = Math.max(row.neighbors, g.neighbors);
      row.capped ||= g.capped;
    } else {
      rows.set(key, {
        key,
        relType: g.relType,
        neighborType: g.neighborType,
        count: g.count,
        neighbors: g.neighbors,
        capped: g.capped,
      });
    }
  }
  return [...rows.values()].sort(
    (a, b) => b.neighbors - a.neighbors || b.count - a.count || a.key.localeCompare(b.key),
  );
}

/**
 * One expand filter per ticked row. A single filter with every ticked type would also bring
 * the cross combinations (a case linked as associate), so rows are asked for one by one.
 */
export function filtersFor(rows: readonly PreviewRow[]): ExpandFilter[] {
  return rows.map((r) => ({ relTypes: [r.relType], neighborTypes: [r.neighborType] }));
}

/**
 * Where the node menu goes: beside the node, not over it (a node is drawn up to ~60 px wide
 * around the point), on its right or, when that would cover the side panel (the canvas ends at
 * `canvasRight`), on its left; and all of it inside the window, however tall it has grown.
 */
export function menuPlace(
  at: { x: number; y: number },
  menu: { width: number; height: number },
  view: { width: number; height: number },
  canvasRight = view.width,
): { left: number; top: number } {
  const x = at.x + 36 + menu.width <= canvasRight ? at.x + 36 : at.x - 36 - menu.width;
  return {
    left: Math.max(8, Math.min(x, view.width - menu.width - 8)),
    top: Math.max(8, Math.min(at.y, view.height - menu.height - 8)),
  };
}
