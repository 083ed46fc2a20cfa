// The source records behind shared entities (an address, phone, vehicle or account that many
// records mention), reduced to those the viewer may see (ADR 0003, 0006): `sources` lists them,
// `source`/`sourceId` name the one that governs the entity's grade. One query per request checks
// every record any of these fields asks about (a DataLoader per request).
import DataLoader from 'dataloader';
import type { MercuriusContext } from 'mercurius';
import type { User } from '../../auth/roles.js';
import type { Executor } from '../../db/executor.js';
import { perRequest } from '../per-request.js';
import type { ProvenanceOut } from './entity.js';
import { viewerParams } from './service.js';

/** Records of these agencies reveal a gender-violence or financial-intelligence file by their id alone. */
const AGENCY_COMPARTMENT: Record<string, string> = { CJM: 'GV', UIF: 'FIN' };

/** The most refs `sources` lists: an address named by thousands of records sends 100. */
export const SOURCES_CAP = 100;

/** Whether the viewer holds the compartment a ref's agency requires ("CJM:…" needs GV). */
export function agencyAllows(ref: string, compartments: readonly string[]): boolean {
  const needed = AGENCY_COMPARTMENT[ref.split(':')[0] ?? ''];
  return needed === undefined || compartments.includes(needed);
}

/**
 * A ref ("FGJ:persona:1001383") is shown when the viewer holds its agency's compartment and,
 * if its record is an entity (`records`: ref → whether the viewer may see that record and its
 * link to the shared entity; explore/source-records.cypher), may see it: a victim's or minor's
 * record raised to a compartment keeps its ref on the address it gave, and an informant's record
 * id must not reach an analyst through it.
 */
export function visibleSources(
  sources: readonly string[],
  compartments: readonly string[],
  records: ReadonlyMap<string, boolean>,
): string[] {
  return sources.filter((ref) => agencyAllows(ref, compartments) && records.get(ref) !== false);
}

/**
 * At most `cap` refs, taken from each agency in turn (in their stored order within an agency),
 * so that every agency recording the entity is named even when one of them named it thousands
 * of times: the web filters by the agencies of `source` and `sources`.
 */
export function capSources(refs: readonly string[], cap = SOURCES_CAP): string[] {
  if (refs.length <= cap) return [...refs];
  const byAgency = new Map<string, string[]>();
  for (const ref of refs) {
    const agency = ref.split(':')[0] ?? '';
    if (!byAgency.has(agency)) byAgency.set(agency, []);
    byAgency.get(agency)!.push(ref);
  }
  const queues = [...byAgency.values()];
  const out: string[] = [];
  for (let i = 0; out.length < cap; i++) {
    for (const q of queues) if (i < q.length && out.length < cap) out.push(q[i]!);
  }
  return out;
}

export interface Mention {
  /** The shared entity. */
  id: string;
  /** A record that names it. */
  ref: string;
}

const mentionKey = (m: Mention): string => `${m.id}\n${m.ref}`;

/** true/false: the record is an entity the viewer may or may not see with its link; null: not an entity. */
type Check = DataLoader<Mention, boolean | null, string>;

/**
 * For each mention, whether its record is an entity the viewer may see with its link (true or
 * false), or not an entity (null), in one query. A mention the query did not answer is hidden.
 */
export async function checkMentions(
  db: Executor,
  viewer: User,
  mentions: readonly Mention[],
): Promise<(boolean | null)[]> {
  const rows = await db.readQuery(
    { operation: 'sourceRecords', user: viewer.username },
    'explore/source-records',
    { mentions: [...mentions], ...viewerParams(viewer) },
  );
  const found = new Map(
    rows.map((r) => [
      mentionKey({ id: String(r.id), ref: String(r.ref) }),
      r.known === true ? r.visible === true : null,
    ]),
  );
  return mentions.map((m) => {
    const seen = found.get(mentionKey(m));
    return seen === undefined ? false : seen;
  });
}

const checks = perRequest(
  (ctx): Check =>
    new DataLoader<Mention, boolean | null, string>(
      (mentions) => checkMentions(ctx.app.db, ctx.user!, mentions),
      { cacheKeyFn: mentionKey, maxBatchSize: 5_000 },
    ),
);

/** The refs of `p.sources` the viewer may see, at most SOURCES_CAP of them. */
export async function shownSources(p: ProvenanceOut, ctx: MercuriusContext): Promise<string[]> {
  const { compartments } = ctx.user!;
  // Only refs the agency rule lets through are checked against the graph.
  const candidates = p.sources.filter((ref) => agencyAllows(ref, compartments));
  if (p.entityId === null || candidates.length === 0) return capSources(candidates);
  const id = p.entityId;
  // Every candidate is checked before the cap, so no agency drops out because its first refs
  // are hidden; a failed check fails the field (load rejects), it never shows a ref unchecked.
  const checked = checks(ctx);
  const seen = await Promise.all(candidates.map((ref) => checked.load({ id, ref })));
  const records = new Map(candidates.map((ref, i) => [ref, seen[i] !== false]));
  return capSources(visibleSources(candidates, compartments, records));
}

/**
 * Whether the viewer may see the record that governs an entity's grade (`source`, `sourceId`).
 * An entity's own record (a person's, a case's) is the entity itself; a shared entity's (one
 * with `sources`) is one of the records naming it, checked like `sources`. An edge's record is
 * one of its ends.
 */
export function governingShown(
  p: ProvenanceOut,
  ctx: MercuriusContext,
): boolean | Promise<boolean> {
  // Only shared entities list the records that name them; any other entity is its own record.
  if (p.entityId === null || p.sources.length === 0) return true;
  if (p.source === null || p.sourceId === null) return true;
  const ref = `${p.source}:${p.sourceId}`;
  if (ref === p.entityId) return true;
  if (!agencyAllows(ref, ctx.user!.compartments)) return false;
  return checks(ctx)
    .load({ id: p.entityId, ref })
    .then((seen) => seen !== false);
}

/**
 * A field of the governing record (`source`, `sourceId`, `reliability`, `credibility`): null
 * when that record is hidden from the viewer, all four together, so its grade does not hint at
 * its agency.
 */
export function governingField<T>(
  p: ProvenanceOut,
  value: T | null,
  ctx: MercuriusContext,
): T | null | Promise<T | null> {
  const shown = governingShown(p, ctx);
  return typeof shown === 'boolean'
    ? shown
      ? value
      : null
    : shown.then((ok) => (ok ? value : null));
}
