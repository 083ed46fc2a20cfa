// What the workspace asks of the API: expanding, connecting, counting cases, and saving or
// opening investigations. Each action records its result as one canvas change (one undo
// step) and reports problems as notices rather than throwing into the UI.
import { unreachableSummary } from './unreachable';
import {
  ApiError,
  caseCounts,
  commonAssociates,
  connectingNetwork,
  linkBundles,
  shortestPaths,
  type CommonAssociate,
  type Entity,
  type ExpandFilter,
  type Path,
  type Subgraph,
} from './api';
import { restore, serialize } from './canvas-file';
import {
  addCounts,
  addEntity as addToGraph,
  addSubgraph,
  bundleKey,
  MAX_CENTRES,
  MAX_PAGE,
  recountAsks,
  withLinksToBringFirst,
  withPositions,
  type DomainGraph,
} from './graph';
import { routePositions } from './layouts';
import { entitiesById, samePersonCandidates } from './hypotheses/api';
import { i18n } from './i18n.svelte';
import {
  createInvestigation,
  openInvestigation,
  saveInvestigation,
  type Investigation,
} from './investigations-api';
import { freshNeighbours, type Fresh } from './expand-paging';
import { expandWindow, parseTime } from './filters';
import { filtersFor, type PreviewRow } from './preview';
import type { Workspace } from './workspace.svelte';

export const EXPAND_FIRST = 50;

/** Runs an API call with the busy indicator on; a failure becomes an error notice. */
async function guarded<T>(
  ws: Workspace,
  work: () => Promise<T>,
  failed?: (err: unknown) => (() => string) | void,
  topic?: string,
): Promise<T | undefined> {
  ws.busy += 1;
  try {
    return await work();
  } catch (err) {
    const said = failed?.(err);
    // Said of a topic (the open investigation): what was said of it before is replaced.
    if (topic) ws.forget(topic);
    ws.notify(
      'error',
      said ??
        (() =>
          err instanceof ApiError && err.code === 'CONFLICT'
            ? i18n.t.conflict()
            : i18n.errorText(err)),
      topic,
    );
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
 * The links drawn lines stand for, counted ("Llamó a ×127", ADR 0010): an expansion's, asked
 * as soon as the page is on the canvas (the request leaves before the canvas redraws), or a
 * reopened canvas's. Taken into the change that drew them (`drawn`) when they come; `keep`
 * leaves out counts of pairs that are no line. One request per ask: the counts that come are
 * kept even when another fails, which is reported once.
 */
async function countLinks(
  ws: Workspace,
  asks: { ids: string[]; others: string[]; filter?: ExpandFilter }[],
  drawn: DomainGraph,
  keep: (line: { source: string; target: string; type: string }) => boolean = () => true,
): Promise<void> {
  const wanted = asks.filter((a) => a.others.length > 0);
  if (wanted.length === 0) return;
  await guarded(ws, async () => {
    const answers = await Promise.allSettled(
      wanted.map(({ ids, others, filter }) => linkBundles(ids, others, filter)),
    );
    const counted = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    if (counted.length > 0) {
      const { edges, bundles = [] } = merge(counted);
      ws.complete(drawn, (g) =>
        addCounts(g, { nodes: [], edges: edges.filter(keep), bundles: bundles.filter(keep) }),
      );
    }
    const failed = answers.find((a) => a.status === 'rejected');
    if (failed) ws.notify('error', () => i18n.t.countsFailed(i18n.errorText(failed.reason)));
  });
}

/**
 * Draws an entity picked from a search or a timeline with its links to what is on the canvas,
 * counted as an expansion's are: two people added one after the other are joined if they are
 * linked, or the analyst would read them as unrelated. On a canvas of over MAX_PAGE (500)
 * entities, the last MAX_PAGE drawn are looked at (one `linkBundles` call). It is selected,
 * unless `select` is false (drawn from a side panel that stays on another entity).
 */
export async function addEntity(
  ws: Workspace,
  e: Entity,
  { select = true }: { select?: boolean } = {},
): Promise<void> {
  const fresh = !ws.graph.nodes.has(e.id);
  if (select) ws.add(e);
  else ws.change((g) => addToGraph(g, e));
  if (!fresh) return;
  const drawn = ws.graph;
  const others = [...drawn.nodes.keys()].filter((id) => id !== e.id).slice(-MAX_PAGE);
  await countLinks(ws, [{ ids: [e.id], others }], drawn);
}

/** Entities joined on the canvas to any of `ids` by a drawn link. */
function linkedTo(g: DomainGraph, ids: readonly string[]): Set<string> {
  const centres = new Set(ids);
  const out = new Set<string>();
  for (const e of g.edges.values()) {
    if (centres.has(e.source)) out.add(e.target);
    if (centres.has(e.target)) out.add(e.source);
  }
  return out;
}

/** Draws what expansions brought, counts the new lines, and says when nothing new came. */
async function drawFresh(
  ws: Workspace,
  ids: string[],
  filters: ExpandFilter[],
  results: Fresh[],
): Promise<void> {
  // A line is new when its neighbour was not linked to these centres before: a fresh one, or
  // one drawn by another expansion. Lines drawn before were counted then.
  const before = linkedTo(ws.graph, ids);
  ws.change((g) => addSubgraph(g, merge(results.map((r) => r.found))));
  // Read to the end without a filter: every neighbour these centres have is drawn. Marked with
  // the lines drawn now (their counts come later and only add), so an undo meanwhile ends it.
  if (results.every((r) => r.exhausted) && filters.every((f) => Object.keys(f).length === 0))
    ws.markAllDrawn(ids);
  if (results.every((r) => r.fresh.length === 0)) {
    const read = Math.max(...results.map((r) => r.read));
    const all = results.every((r) => r.exhausted);
    ws.notify('info', () => (all ? i18n.t.allNeighboursDrawn : i18n.t.firstNeighboursDrawn(read)));
  }
  await countLinks(
    ws,
    results.map((r, i) => ({
      ids,
      filter: filters[i]!,
      others: [
        ...new Set([
          ...r.fresh,
          ...r.found.nodes.map((n) => n.id).filter((id) => !before.has(id) && !ids.includes(id)),
        ]),
      ].slice(0, MAX_PAGE),
    })),
    ws.graph,
  );
}

/** The entities behind canvas nodes (groups stand for their members), each once. */
export function entitiesOf(ws: Workspace, nodeIds: readonly string[]): string[] {
  return [...new Set(nodeIds.flatMap((id) => idsOf(ws, id)))];
}

/**
 * The centres one expansion takes (the API's bound), saying so when some are left out: those
 * with links still to bring first, so that expanding a large selection again reaches the rest.
 */
function centres(ws: Workspace, nodeIds: readonly string[]): string[] {
  const ids = entitiesOf(ws, nodeIds);
  if (ids.length <= MAX_CENTRES) return ids;
  ws.notify('warn', () => i18n.t.firstCentres(MAX_CENTRES, ids.length));
  return withLinksToBringFirst(ws.graph, ids).slice(0, MAX_CENTRES);
}

/**
 * Double-click, E: the 50 best-connected neighbours not yet drawn, never more, of a node or of
 * several at once (a selection); within the filters' time window, when there is one.
 */
export async function expandTop(ws: Workspace, nodeIds: string | readonly string[]): Promise<void> {
  const ids = centres(ws, typeof nodeIds === 'string' ? [nodeIds] : nodeIds);
  const drawn = new Set(ws.graph.nodes.keys());
  const filter: ExpandFilter = expandWindow(ws.view.filters) ?? {};
  const result = await guarded(ws, () =>
    freshNeighbours(drawn, ids, filter, EXPAND_FIRST, 'MOST_CONNECTED'),
  );
  if (result) await drawFresh(ws, ids, [filter], [result]);
}

/** The context menu: only the ticked kinds of link, each up to `limit` not yet drawn. */
export async function expandChosen(
  ws: Workspace,
  nodeIds: readonly string[],
  rows: PreviewRow[],
  limit: number,
  mostConnected: boolean,
): Promise<void> {
  if (rows.length === 0) return;
  const ids = centres(ws, nodeIds);
  const order = mostConnected ? 'MOST_CONNECTED' : 'ANY';
  const window = expandWindow(ws.view.filters);
  const filters = filtersFor(rows).map((f) => ({ ...f, ...window }));
  const drawn = new Set(ws.graph.nodes.keys());
  const results = await guarded(ws, () =>
    Promise.all(filters.map((f) => freshNeighbours(drawn, ids, f, limit, order))),
  );
  if (results) await drawFresh(ws, ids, filters, results);
}

export type ConnectMode = 'paths' | 'network' | 'common';

/** The topic of Connect's notices: each search's answer replaces the last one's. */
export const CONNECT_TOPIC = 'connect';

/**
 * People linked to every one of the given persons (directly, or through one shared
 * organisation, case, phone or address), drawn with the shared entities and the links between
 * them, and lit up.
 */
async function commonAssociatesOf(ws: Workspace, ids: string[]): Promise<Common[]> {
  const found = await guarded(ws, async () => {
    // Each person's possible other records, asked alongside: one of them linked to all the
    // others (a record of the same man at another agency, living at his address) is no
    // associate, and is said to be possibly him.
    const [listed, alike] = await Promise.all([
      commonAssociates(ids),
      Promise.all(ids.map((id) => samePersonCandidates(id).catch(() => []))),
    ]);
    // Each candidate with the first chosen person it may be.
    const sameAs = new Map<string, { id: string; score: number }>();
    alike.forEach((candidates, i) => {
      for (const c of candidates)
        if (!sameAs.has(c.entity.id)) sameAs.set(c.entity.id, { id: ids[i]!, score: c.score });
    });
    const common = listed.map((a): Common => {
      const possiblySame = sameAs.get(a.associate.id);
      return possiblySame ? { ...a, possiblySame } : a;
    });
    // The shared entities, most used first, as many as one link count can take as centres.
    const uses = new Map<string, number>();
    for (const l of common.flatMap((a) => a.links))
      if (l.through) uses.set(l.through, (uses.get(l.through) ?? 0) + 1);
    const through = [...uses.keys()]
      .sort((a, b) => uses.get(b)! - uses.get(a)!)
      .slice(0, MAX_CENTRES - ids.length);
    const missing = through.filter((id) => !ws.graph.nodes.has(id));
    const fetched = missing.length > 0 ? [...(await entitiesById(missing, true)).values()] : [];
    return { common, through, fetched };
  });
  if (!found) return [];
  const { common, through, fetched } = found;
  const associates = common.map((a) => a.associate);
  if (associates.length === 0) {
    ws.highlight = null;
    ws.notify('warn', () => i18n.t.noCommonAssociates, CONNECT_TOPIC);
    return [];
  }
  ws.change((g) => addSubgraph(g, { nodes: [...associates, ...fetched], edges: [] }));
  const drawn = ws.graph;
  const associateIds = associates.map((a) => a.id);
  const others = [...associateIds, ...through];
  const lit = new Set([...ids, ...others]);
  ws.highlight = lit;
  ws.notify('info', () => i18n.t.commonFound(associates.length), CONNECT_TOPIC);
  // The persons' links to the associates and shared entities, and the shared entities' links
  // to the associates (two asks: an entity both centre and other is counted one way only;
  // linkBundles asks nothing when there are no shared entities).
  const lines = await guarded(ws, async () =>
    merge(await Promise.all([linkBundles(ids, others), linkBundles(through, associateIds)])),
  );
  if (!lines) return common;
  ws.complete(drawn, (g) => addCounts(g, lines));
  // Lit again with the lines, unless its light went out meanwhile (something else drawn).
  if (ws.highlight === lit) ws.highlight = new Set([...lit, ...lines.edges.map((e) => e.id)]);
  return common;
}

/** A person in common, and the one chosen they may be another record of (and how likely). */
export type Common = CommonAssociate & { possiblySame?: { id: string; score: number } };

/** What Connect found, to list: the paths one by one, or the people in common. */
export interface Connected {
  paths: Path[];
  common: Common[];
}

/**
 * Shortest paths between two entities, the network joining several, or the people common to
 * several persons; the result lights up and is returned, to list.
 */
export async function connect(
  ws: Workspace,
  ids: string[],
  mode: ConnectMode,
  k: number,
  maxHops: number,
  avoid: readonly string[] = [],
): Promise<Connected> {
  ws.forget(CONNECT_TOPIC);
  if (mode === 'common') return { paths: [], common: await commonAssociatesOf(ws, ids) };
  return { paths: await pathsOf(ws, ids, mode, k, maxHops, avoid), common: [] };
}

async function pathsOf(
  ws: Workspace,
  ids: string[],
  mode: 'paths' | 'network',
  k: number,
  maxHops: number,
  avoid: readonly string[],
): Promise<Path[]> {
  const answer = await guarded(ws, () =>
    mode === 'paths'
      ? shortestPaths(ids[0]!, ids[1]!, k, maxHops, avoid)
      : connectingNetwork(ids, maxHops, avoid),
  );
  if (!answer) return [];
  // The entities avoided, the ends left out (they are never avoided), for the notices.
  const avoided = avoid.filter((id) => !ids.includes(id)).length;
  const found = merge(answer.paths);
  // The routes between two entities alone on the canvas (how are these two connected?) are
  // laid out from "Desde" to "Hasta"; on a canvas with more, new nodes settle among the old.
  const route = new Set(found.nodes.map((n) => n.id));
  const alone =
    mode === 'paths' &&
    answer.paths.length > 0 &&
    ws.graph.pinned.size === 0 &&
    [...ws.graph.nodes.keys()].every((id) => route.has(id));
  ws.change((g) => {
    const drawn = addSubgraph(g, found);
    const from = g.positions.get(ids[0]!);
    return alone && from
      ? withPositions(drawn, routePositions(answer.paths, ids[0]!, from))
      : drawn;
  });
  if (alone) ws.fitSeq += 1;
  // Nothing found: nothing to light up, so nothing is dimmed either.
  if (answer.paths.length === 0) ws.highlight = null;
  else lightPaths(ws, answer.paths);
  const shortest = Math.min(...answer.paths.map((p) => p.length));
  ws.notify(
    answer.paths.length > 0 ? 'info' : 'warn',
    () => i18n.t.pathsFound(answer.paths.length, shortest, maxHops, avoided),
    CONNECT_TOPIC,
  );
  // Who could not be joined, by name: an entity apart from all the others once, then up to three
  // other pairs (a count alone said "9 pairs" and left the reader to find the one man).
  const missing = unreachableSummary(ids, answer.unreachable ?? []);
  if (missing.alone.length > 0 || missing.pairs.length > 0) {
    const name = (id: string) => ws.graph.nodes.get(id)?.caption ?? id;
    ws.notify(
      'warn',
      () =>
        i18n.t.unreachableNamed(
          missing.alone.map(name),
          missing.pairs.slice(0, 3).map(([a, b]) => i18n.t.pairOf(name(a), name(b))),
          Math.max(0, missing.pairs.length - 3),
          maxHops,
          avoided,
        ),
      CONNECT_TOPIC,
    );
  }
  if (answer.stoppedEarly) ws.notify('warn', () => i18n.t.routesStoppedEarly(k), CONNECT_TOPIC);
  if (answer.restrictedLinkExists) ws.notify('warn', () => i18n.t.restricted, CONNECT_TOPIC);
  if (answer.restrictedNoticeWithheld)
    ws.notify('warn', () => i18n.t.restrictedWithheld, CONNECT_TOPIC);
  // A network's routes, shortest first as a pair's are (QA: listed 5, 4, 3, 6, 2, 4 hops).
  return [...answer.paths].sort((a, b) => a.length - b.length);
}

/** Lights up these paths: the one chosen from the list, or all found. */
export function lightPaths(ws: Workspace, paths: readonly Path[]): void {
  ws.highlight = new Set(paths.flatMap((p) => [...p.nodes, ...p.edges].map((x) => x.id)));
}

/** Counts cases for nodes that are not counted yet (for sizing nodes by cases). */
export async function countCases(ws: Workspace): Promise<void> {
  const missing = [...ws.graph.nodes.keys()].filter((id) => !ws.caseCounts.has(id));
  if (missing.length === 0) return;
  const counts = await guarded(ws, () => caseCounts(missing));
  if (counts) ws.caseCounts = new Map([...ws.caseCounts, ...counts]);
}

function opened(ws: Workspace, inv: Investigation): void {
  // What was said of the one open before (a newer version elsewhere…) no longer holds.
  ws.forget('investigation');
  ws.investigation = inv;
  ws.saved = { graph: ws.graph, view: ws.view };
}

/** The notice for an investigation that is gone or not shared (cleared once one opens). */
export const investigationMissing = () => i18n.t.investigationMissing;

/**
 * Opens a saved investigation in place of the canvas: true, 'CANCELLED' when `mayReplace` (asked
 * once it is found, only over unsaved changes) says no, or the error's code (said already).
 */
export async function openSaved(
  ws: Workspace,
  id: string,
  mayReplace: () => boolean = () => true,
): Promise<true | string> {
  let code = 'ERROR';
  const result = await guarded(
    ws,
    () => openInvestigation(id),
    (err) => {
      code = err instanceof ApiError ? err.code : 'ERROR';
      if (code === 'NOT_FOUND') return investigationMissing;
    },
    // About the canvas as it was: gone with its next change (QA: it stayed through the work).
    'untilChange',
  );
  if (!result) return code;
  if (ws.dirty && !mayReplace()) return 'CANCELLED';
  const { graph, view } = restore(result.canvas, result.entities, result.links);
  ws.reset(graph, view);
  opened(ws, result.investigation);
  ws.notices = ws.notices.filter((n) => n.text !== investigationMissing);
  ws.fitSeq += 1;
  // Said of this investigation as opened: gone once another opens or it is saved (as new).
  if (result.omitted > 0) ws.notify('warn', () => i18n.t.omitted(result.omitted), 'investigation');
  // Counts are not saved (ADR 0010): the reopened lines are counted again, and only they.
  const lines = new Set([...ws.graph.edges.values()].map(bundleKey));
  void countLinks(ws, recountAsks(ws.graph), ws.graph, (l) => lines.has(bundleKey(l)));
  return true;
}

/** The save of each workspace on its way, if any: the next one waits for it. */
const saving = new WeakMap<Workspace, Promise<unknown>>();

/**
 * Saves the canvas over the open investigation (a new version), or says why it cannot: true
 * when saved, 'DECLINED' when the canvas holds nothing of what was saved (cleared, then drawn
 * anew) and `mayReplace` says no. A save asked while another is on its way waits for it, and
 * then saves only if the canvas changed since what that one sent (QA: a double click on
 * Guardar was refused as a save "made after you opened it", the first click's own).
 */
export function save(
  ws: Workspace,
  mayReplace: (name: string) => boolean,
): Promise<boolean | 'DECLINED'> {
  const before = saving.get(ws);
  const run = before
    ? before.then(() => (ws.dirty ? saveNow(ws, mayReplace) : true))
    : saveNow(ws, mayReplace);
  const done = run.catch(() => {});
  saving.set(ws, done);
  void done.then(() => {
    if (saving.get(ws) === done) saving.delete(ws);
  });
  return run;
}

async function saveNow(
  ws: Workspace,
  mayReplace: (name: string) => boolean,
): Promise<boolean | 'DECLINED'> {
  const inv = ws.investigation;
  if (!inv) return false;
  if (inv.access === 'READ') {
    ws.notify('warn', () => i18n.t.readOnly);
    return false;
  }
  const before = ws.saved?.graph;
  const replacing =
    before !== undefined &&
    before.nodes.size > 0 &&
    ![...ws.graph.nodes.keys()].some((id) => before.nodes.has(id));
  if (replacing && !mayReplace(inv.name)) return 'DECLINED';
  const content = serialize(ws.graph, ws.view);
  ws.savesInFlight++;
  ws.sending = { graph: ws.graph, view: ws.view };
  const updated = await guarded(
    ws,
    () => saveInvestigation(inv.id, inv.version, content),
    savedMeanwhile,
    // Said of this version of the investigation: gone once another opens.
    'investigation',
  ).finally(() => ws.savesInFlight--);
  const sent = ws.sending;
  ws.sending = null;
  if (!updated) return false;
  opened(ws, updated);
  // What was sent (with what was learnt meanwhile) is what is saved: a change made while the
  // save was on its way still reads as unsaved, and a save asked meanwhile saves it.
  ws.saved = sent;
  ws.notify('info', () => `${i18n.t.saved}: ${updated.name}`);
  return true;
}

/** A save refused for a newer version: who saved it and when (the refusal names them). */
function savedMeanwhile(err: unknown): (() => string) | void {
  if (!(err instanceof ApiError) || err.code !== 'CONFLICT') return;
  const [who, at] = err.details;
  const ms = parseTime(at ?? '');
  return () => i18n.t.conflict(who, ms === null ? undefined : i18n.dateTime(ms));
}

export async function saveAs(ws: Workspace, name: string): Promise<boolean> {
  const content = serialize(ws.graph, ws.view);
  const created = await guarded(ws, () => createInvestigation(name, content));
  if (!created) return false;
  opened(ws, created);
  ws.notify('info', () => `${i18n.t.saved}: ${created.name}`);
  return true;
}
