// Need-to-know on the way out of the audit trail (ADR 0006, audit addendum): the stored
// records stay whole (the hash chain covers them), and each page read is redacted for its viewer.
// An entity id the viewer may not see becomes WITHHELD; a record that names one, anywhere, keeps
// who, when, action and outcome but its details are WITHHELD too, since they may name it.
import type { Compartment, User } from '../../auth/roles.js';
import { COMPARTMENTS, isCompartment, LEVELS } from '../../auth/roles.js';
import type { ChainedRecord } from '../../audit/chain.js';
import { ID_ARGS, ids as strings } from '../../audit/operations.js';
import type { Executor } from '../../db/executor.js';
import { joinMarkings } from '../explore/entity.js';
import { viewerParams } from '../explore/service.js';
import { agencyAllows } from '../explore/sources.js';

/** What the viewer reads instead of an entity id, or of details, they may not see. */
export const WITHHELD = '[withheld]';

/**
 * Whether a value that names nothing known could name an entity (`AGENCY:kind:id`, `phone:…`):
 * such a value is withheld like a hidden one, or shown-versus-withheld would tell a reader which
 * guessed ids exist and are protected. Dates (a filter's from/to), usernames and random ids
 * (investigations) have no such shape and are shown.
 */
export function entityLike(value: string): boolean {
  return value.includes(':') && !/^\d{4}-\d{2}-\d{2}([T ]|$)/.test(value);
}

/** Arguments that name entities besides those recorded in `entities`: the audit screen's own
 * entity filter, the ends of a saved canvas's links, and the hypotheses an export drew. */
export const MORE_ID_ARGS: ReadonlySet<string> = new Set([
  'entity',
  'source',
  'target',
  'hypothesisIds',
]);
/**
 * ID arguments that name no entity: an export's links (relationship ids; their ends are in its
 * entityIds). Every other ID argument of the schema must be checked (a unit test holds to it:
 * `avoid` once went unchecked).
 */
export const NOT_ENTITY_ID_ARGS: ReadonlySet<string> = new Set(['linkIds']);
/**
 * Source records (AGENCY:recordId: entities', links', call lines and warrants), checked as a
 * proposal checks them: cited ones, and those a hypothesis's detail asked about (`sourceRecords`).
 */
const RECORD_ARGS = new Set(['evidenceRecords', 'refs']);
/** Root fields whose free text may name anyone with no id to check it by. */
const FREE_TEXT_FIELDS = new Set(['search']);
/**
 * Arguments written by a person (an investigation's name, a proposal's rationale, a decision's
 * reason, a saved canvas with its group names): they may name a victim as well as a search does.
 */
const FREE_TEXT_ARGS = new Set(['name', 'rationale', 'reason', 'canvas']);

/** What a record's details ask about. */
export interface Asked {
  ids: string[];
  records: string[];
  /** A free-text search, or details that could not be read: only the fully cleared see them. */
  freeText: boolean;
}

function walk(key: string, value: unknown, into: Asked): void {
  if (ID_ARGS.has(key) || MORE_ID_ARGS.has(key)) into.ids.push(...strings(value));
  if (FREE_TEXT_ARGS.has(key) && value !== null && value !== '') into.freeText = true;
  if (RECORD_ARGS.has(key)) into.records.push(...strings(value));
  if (Array.isArray(value)) {
    for (const v of value) if (v && typeof v === 'object') walk('', v, into);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(k, v, into);
  }
}

/** The ids, cited records and free text in a record's details (api/src/audit/operations.ts). */
export function askedIn(details: string): Asked {
  const asked: Asked = { ids: [], records: [], freeText: false };
  let fields: unknown;
  try {
    fields = JSON.parse(details);
  } catch {
    return { ...asked, freeText: true };
  }
  if (!Array.isArray(fields)) {
    // Logins and logouts record '{}'; anything else unexpected is not shown unchecked.
    asked.freeText = details !== '{}';
    return asked;
  }
  for (const f of fields as { name?: unknown; args?: unknown }[]) {
    if (typeof f?.name === 'string' && FREE_TEXT_FIELDS.has(f.name)) asked.freeText = true;
    walk('', f?.args, asked);
  }
  return asked;
}

/** Whether the viewer may see everything: the highest clearance and every compartment. */
export function fullyCleared(viewer: User): boolean {
  return (
    viewer.clearance >= LEVELS.length - 1 &&
    COMPARTMENTS.every((c) => viewer.compartments.includes(c))
  );
}

/** A record as its viewer reads it, with the names of the entities it lists. */
export interface ReadRecord extends ChainedRecord {
  /** Each listed entity's name as it is now, when the viewer may see it; null otherwise. */
  entityNames: (string | null)[];
  automatic: boolean;
  /** The marking of what it shows the viewer (the entities and hypotheses it names and may be
   * seen): the highest level and every compartment; 0 and none when it names nothing. */
  classification: number;
  compartments: Compartment[];
}

export interface Withheld {
  /** An id the viewer may not see: a hidden entity or hypothesis, an unknown value shaped like
   * an entity id, or a record of an agency whose compartment they lack (CJM needs GV, UIF needs
   * FIN). */
  id(id: string): boolean;
  /** A hypothesis the viewer may not see. */
  hypothesis(id: string): boolean;
  /** A cited source record the viewer may not see, or that does not exist. */
  record(ref: string): boolean;
}

/**
 * One record as its viewer may read it. `readsFreeText`: the viewer may read what people wrote
 * (search text, names, reasons, the purpose): the fully cleared, and anyone in their own records.
 */
export function redactRecord(
  r: ChainedRecord,
  asked: Asked,
  withheld: Withheld,
  readsFreeText: boolean,
): ChainedRecord {
  // A record of an operation on a hypothesis lists the hypothesis, then its two ends
  // (hypotheses/resolvers.ts): one hidden by what it cites (ADR 0012) may have ends the viewer
  // sees, and naming them would tell which two people it is about. All are withheld then.
  const hiddenHypothesis = r.entities.some((id) => withheld.hypothesis(id));
  const entities = r.entities.map((id) => (hiddenHypothesis || withheld.id(id) ? WITHHELD : id));
  const names =
    entities.includes(WITHHELD) ||
    asked.ids.some((id) => withheld.id(id)) ||
    asked.records.some((ref) => withheld.record(ref));
  return {
    ...r,
    target: r.target !== null && withheld.id(r.target) ? WITHHELD : r.target,
    entities,
    details: names || (asked.freeText && !readsFreeText) ? WITHHELD : r.details,
    // The purpose is the open investigation's name, which may name a victim.
    purpose: r.purpose !== null && !readsFreeText ? WITHHELD : r.purpose,
  };
}

/**
 * A page of records redacted for its viewer: one query for every id the page names (and
 * `alsoCheck`, the entity filter), one more only when the page cites source records.
 */
export async function redactPage(
  db: Executor,
  viewer: User,
  records: ChainedRecord[],
  alsoCheck: string[] = [],
): Promise<{ records: ReadRecord[]; withheld: Withheld }> {
  const asked = records.map((r) => askedIn(r.details));
  const ids = new Set(alsoCheck);
  records.forEach((r, i) => {
    r.entities.forEach((id) => ids.add(id));
    if (r.target !== null) ids.add(r.target);
    asked[i]!.ids.forEach((id) => ids.add(id));
  });
  const refs = [...new Set(asked.flatMap((a) => a.records))];
  const meta = { operation: 'auditRecords', user: viewer.username };
  const vp = viewerParams(viewer);
  const known =
    ids.size === 0 ? [] : await db.readQuery(meta, 'audit/known-ids', { ids: [...ids], ...vp });
  const visible = new Set(known.filter((row) => row.visible === true).map((row) => String(row.id)));
  const names = new Map(
    known
      .filter((row) => row.visible === true && typeof row.caption === 'string')
      .map((row) => [String(row.id), String(row.caption)]),
  );
  const marks = new Map(
    known
      .filter((row) => row.visible === true)
      .map((row) => [
        String(row.id),
        {
          classification: Number(row.classification ?? 0),
          compartments: ((row.compartments ?? []) as string[]).filter(isCompartment),
        },
      ]),
  );
  const hidden = new Set(known.filter((row) => row.visible !== true).map((row) => String(row.id)));
  const hiddenHypotheses = new Set(
    known
      .filter((row) => row.visible !== true && row.hypothesis === true)
      .map((row) => String(row.id)),
  );
  // A proposal's cited records exist and were visible to its proposer (ADR 0012); one that is
  // not found is hidden from this viewer, or the proposal was refused for it: either way withheld.
  const seen =
    refs.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db.readQuery(meta, 'hypotheses/evidence-check', { records: refs, ids: [], ...vp })
          ).map((row) => String(row.item)),
        );
  // An id or record that is not there (made up, or deleted since: a confirmed link undone by
  // a reopening) is withheld as a hidden one is, so that guessing tells nothing; from a reader
  // who may see everything nothing is hidden, and an auditor needs what was deleted most.
  const cleared = fullyCleared(viewer);
  const withheld: Withheld = {
    id: (id) =>
      hidden.has(id) ||
      (!cleared && !visible.has(id) && entityLike(id)) ||
      !agencyAllows(id, viewer.compartments),
    hypothesis: (id) => hiddenHypotheses.has(id),
    record: (ref) => (!cleared && !seen.has(ref)) || !agencyAllows(ref, viewer.compartments),
  };
  return {
    records: records.map((r, i) => {
      const read = redactRecord(r, asked[i]!, withheld, cleared || r.user === viewer.username);
      // What the row shows: its entities and target, and the ids its details name.
      const shown = [...read.entities, read.target ?? ''];
      for (const id of asked[i]!.ids) if (!withheld.id(id)) shown.push(id);
      const marking = joinMarkings(shown.flatMap((id) => marks.get(id) ?? []));
      return {
        ...read,
        entityNames: read.entities.map((id) => names.get(id) ?? null),
        automatic: read.automatic === true,
        classification: marking.classification,
        compartments: marking.compartments.sort(),
      };
    }),
    withheld,
  };
}
