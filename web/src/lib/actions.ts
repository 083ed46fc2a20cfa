// What the workspace asks of the API: expanding, connecting, counting cases, and saving or
// opening investigations. Each action records its result as one canvas change (one undo
// step) and reports problems as notices rather than throwing into the UI.
import {
  ApiError,
  caseCounts,
  connectingNetwork,
  expand,
  linkBundles,
  shortestPaths,
  type ExpandFilter,
  type ExpandPage,
  type Subgraph,
} from './api';
import { restore, serialize } from './canvas-file';
import { addCounts, addSubgraph, type DomainGraph } from './graph';
import { i18n } from './i18n.svelte';
import {
  createInvestigation,
  openInvestigation,
  saveInvestigation,
  type Investigation,
} from './investigations-api';
import { filtersFor, type PreviewRow } from './preview';
import type { Workspace } from './workspace.svelte';

export const EXPAND_FIRST = 50;

/** Runs an API call with the busy indicator on; a failure becomes an error notice. */
async function guarded<T>(ws: Workspace, work: () => Promise<T>): Promise<T | undefined> {
  ws.busy += 1;
  try {
    return await work();
  } catch (err) {
    const text =
      err instanceof ApiError && err.code === 'CONFLICT' ? i18n.t.conflict : i18n.errorText(err);
    ws.notify('error', text);
    return undefined;
  } finally {
    ws.busy -= 1;
  }
}

/** The entity ids behind a canvas node: a collapsed group stands for its members. */
export function idsOf(ws: Workspace, nodeId: string): string[] {
  const gr = ws.graph.groups.get(nodeId);
  return gr ? [...gr.members] : [nodeId];
}

function merge(parts: Subgraph[]): Subgraph {
  return {
    nodes: parts.flatMap((p) => p.nodes),
    edges: parts.flatMap((p) => p.edges),
    bundles: parts.flatMap((p) => p.bundles ?? []),
  };
}

/**
 * The links an expansion's lines stand for, counted ("Llamó a ×127", ADR 0010): asked as soon
 * as the page is on the canvas (the request leaves before the canvas redraws), and taken into
 * the change that drew it (`drawn`) when they come. One request per filter: the counts that
 * come are kept even when another fails, which is reported once.
 */
async function countLinks(
  ws: Workspace,
  ids: string[],
  pages: { filter: ExpandFilter; page: ExpandPage }[],
  drawn: DomainGraph,
): Promise<void> {
  await guarded(ws, async () => {
    const answers = await Promise.allSettled(
      pages.map(({ filter, page }) =>
        linkBundles(
          ids,
          page.nodes.map((n) => n.id),
          filter,
        ),
      ),
    );
    const counted = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    if (counted.length > 0) ws.complete(drawn, (g) => addCounts(g, merge(counted)));
    const failed = answers.find((a) => a.status === 'rejected');
    if (failed) ws.notify('error', i18n.t.countsFailed(i18n.errorText(failed.reason)));
  });
}

/** Double-click: the 50 best-connected neighbours, never more. */
export async function expandTop(ws: Workspace, nodeId: string): Promise<void> {
  const ids = idsOf(ws, nodeId);
  const page = await guarded(ws, () => expand(ids, {}, EXPAND_FIRST, 'MOST_CONNECTED'));
  if (!page) return;
  ws.change((g) => addSubgraph(g, page));
  await countLinks(ws, ids, [{ filter: {}, page }], ws.graph);
}

/** The context menu: only the ticked kinds of link, each up to `limit`. */
export async function expandChosen(
  ws: Workspace,
  nodeId: string,
  rows: PreviewRow[],
  limit: number,
  mostConnected: boolean,
): Promise<void> {
  if (rows.length === 0) return;
  const ids = idsOf(ws, nodeId);
  const order = mostConnected ? 'MOST_CONNECTED' : 'ANY';
  const filters = filtersFor(rows);
  const pages = await guarded(ws, () =>
    Promise.all(filters.map((f) => expand(ids, f, limit, order))),
  );
  if (!pages) return;
  ws.change((g) => addSubgraph(g, merge(pages)));
  await countLinks(
    ws,
    ids,
    pages.map((page, i) => ({ filter: filters[i]!, page })),
    ws.graph,
  );
}

export type ConnectMode = 'paths' | 'network';

/** Shortest paths between two entities, or the network joining several; the result lights up. */
export async function connect(
  ws: Workspace,
  ids: string[],
  mode: ConnectMode,
  k: number,
  maxHops: number,
): Promise<void> {
  const answer = await guarded(ws, () =>
    mode === 'paths'
      ? shortestPaths(ids[0]!, ids[1]!, k, maxHops)
      : connectingNetwork(ids, maxHops),
  );
  if (!answer) return;
  const found = merge(answer.paths);
  ws.change((g) => addSubgraph(g, found));
  // Nothing found: nothing to light up, so nothing is dimmed either.
  ws.highlight =
    answer.paths.length === 0
      ? null
      : new Set([...found.nodes.map((n) => n.id), ...found.edges.map((e) => e.id)]);
  const shortest = Math.min(...answer.paths.map((p) => p.length));
  ws.notify(
    answer.paths.length > 0 ? 'info' : 'warn',
    i18n.t.pathsFound(answer.paths.length, shortest),
  );
  if (answer.unreachable?.length) ws.notify('warn', i18n.t.unreachable(answer.unreachable.length));
  if (answer.restrictedLinkExists) ws.notify('warn', i18n.t.restricted);
}

/** Counts cases for nodes that are not counted yet (for sizing nodes by cases). */
export async function countCases(ws: Workspace): Promise<void> {
  const missing = [...ws.graph.nodes.keys()].filter((id) => !ws.caseCounts.has(id));
  if (missing.length === 0) return;
  const counts = await guarded(ws, () => caseCounts(missing));
  if (counts) ws.caseCounts = new Map([...ws.caseCounts, ...counts]);
}

function opened(ws: Workspace, inv: Investigation): void {
  ws.investigation = inv;
  ws.saved = { graph: ws.graph, view: ws.view };
}

export async function openSaved(ws: Workspace, id: string): Promise<boolean> {
  const result = await guarded(ws, () => openInvestigation(id));
  if (!result) return false;
  const { graph, view } = restore(result.canvas, result.entities, result.links);
  ws.reset(graph, view);
  opened(ws, result.investigation);
  ws.fitSeq += 1;
  if (result.omitted > 0) ws.notify('warn', i18n.t.omitted(result.omitted));
  return true;
}

/** Saves over the open investigation (a new version), or says why it cannot. */
export async function save(ws: Workspace): Promise<boolean> {
  const inv = ws.investigation;
  if (!inv) return false;
  if (inv.access === 'READ') {
    ws.notify('warn', i18n.t.readOnly);
    return false;
  }
  const content = serialize(ws.graph, ws.view);
  const updated = await guarded(ws, () => saveInvestigation(inv.id, inv.version, content));
  if (!updated) return false;
  opened(ws, updated);
  ws.notify('info', `${i18n.t.saved}: ${updated.name}`);
  return true;
}

export async function saveAs(ws: Workspace, name: string): Promise<boolean> {
  const content = serialize(ws.graph, ws.view);
  const created = await guarded(ws, () => createInvestigation(name, content));
  if (!created) return false;
  opened(ws, created);
  ws.notify('info', `${i18n.t.saved}: ${created.name}`);
  return true;
}
