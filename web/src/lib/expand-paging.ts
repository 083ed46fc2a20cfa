// Expanding again brings the next neighbours: the API pages an expansion with a cursor, and
// the canvas says which neighbours are drawn already.
import { expand, type ExpandFilter, type ExpandPage, type Subgraph } from './api';
import { MAX_PAGE } from './graph';

/** How many pages an expansion reads past neighbours already drawn before it gives up. */
export const MAX_PAGES = 20;

export interface Fresh {
  /** What to draw: the pages read, past drawn neighbours, up to `want` new ones. */
  found: Subgraph;
  /** The neighbours not on the canvas before (at most `want`), best first. */
  fresh: string[];
  /** Neighbours read in all (drawn ones included, each once). */
  read: number;
  /** Every neighbour under this filter was read. */
  exhausted: boolean;
}

/**
 * An expansion of `ids` that brings up to `want` neighbours not already on the canvas
 * (`drawn`): expanding twice brings the next ones, not the same. It follows the API's cursor
 * past pages of drawn neighbours, each page as large as what is wanted plus the drawn ones
 * met so far (so a deep re-expansion takes a few requests, not dozens), and keeps no more
 * than `want` new ones. Stateless: undo, a removed node or a reopened investigation need no
 * bookkeeping, as the canvas itself says what is drawn.
 */
export async function freshNeighbours(
  drawn: ReadonlySet<string>,
  ids: string[],
  filter: ExpandFilter,
  want: number,
  order: 'ANY' | 'MOST_CONNECTED',
): Promise<Fresh> {
  const nodes: Subgraph['nodes'] = [];
  const edges: Subgraph['edges'] = [];
  // A group's members may share a neighbour: it comes once per member, and counts once.
  const fresh = new Set<string>();
  const read = new Set<string>();
  const dropped = new Set<string>();
  let after: string | null = null;
  const done = (exhausted: boolean): Fresh => ({
    found: { nodes, edges },
    fresh: [...fresh],
    read: read.size,
    exhausted,
  });
  for (let i = 0; i < MAX_PAGES; i++) {
    const size = Math.min(MAX_PAGE, want + read.size - 2 * fresh.size);
    const page: ExpandPage = await expand(ids, filter, Math.max(1, size), order, after);
    for (const n of page.nodes) {
      if (read.has(n.id)) continue;
      read.add(n.id);
      if (drawn.has(n.id)) nodes.push(n);
      else if (fresh.size < want) {
        fresh.add(n.id);
        nodes.push(n);
      } else dropped.add(n.id);
    }
    edges.push(...page.edges.filter((e) => !dropped.has(e.source) && !dropped.has(e.target)));
    if (!page.hasNextPage) return done(dropped.size === 0);
    if (fresh.size >= want) return done(false);
    after = page.endCursor;
  }
  return done(false);
}
