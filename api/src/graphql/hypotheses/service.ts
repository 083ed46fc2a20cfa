// Link hypotheses and the four-eyes rule: an analyst proposes, a supervisor who is not the
// proposer approves or rejects with a written reason. Approval creates the confirmed link in
// the same transaction; every step is kept in the hypothesis's history.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import { AppError, type Executor } from '../../db/executor.js';
import { loadQuery, renderQuery } from '../../db/queries.js';
import { toPlain, type Plain } from '../../db/values.js';
import { AGENCIES, checkRelTypes, ENTITY_LABELS } from '../../graph/model.js';
import { joinMarkings, toEdge, type EdgeOut } from '../explore/entity.js';
import { dateParam, decodeCursor, encodeCursor, fingerprint } from '../explore/expand.js';
import { checkLimit, viewerParams } from '../explore/service.js';
import { endsFit, UNDIRECTED } from './kinds.js';

/** Hypothesis types and the relationship each becomes when approved. */
export const CONFIRMED_TYPE = {
  ASSOCIATE: 'ASSOCIATE_OF',
  FAMILY: 'FAMILY_OF',
  MEMBER_OF: 'MEMBER_OF',
  SAME_PERSON: 'SAME_AS',
  OWNS: 'OWNS',
  PAYS: 'PAYS',
  UNKNOWN: 'UNKNOWN_LINK',
} as const;
export type HypothesisType = keyof typeof CONFIRMED_TYPE;

export interface ProposeInput {
  type: HypothesisType;
  fromId: string;
  toId: string;
  rationale: string;
  confidence: number;
  reliability: string;
  credibility: number;
  evidenceIds?: string[] | null;
  evidenceRecords?: string[] | null;
  investigationId?: string | null;
}

export type HypothesisOut = Record<string, Plain> & { id: string; fromId: string; toId: string };

/** A step taken: who took it (username, and name as shown) and its reason (none for a proposal). */
export interface Step {
  by: string;
  byName: string;
  reason: string | null;
}

export type ChangeListener = (h: HypothesisOut, action: string, step: Step) => void;

function checkReason(reason: string | null | undefined, what: string): string {
  const text = (reason ?? '').trim();
  if (text.length < 10)
    throw new AppError(
      'REASON_REQUIRED',
      `${what} needs a written reason of at least 10 characters`,
    );
  if (text.length > 4000)
    throw new AppError('BAD_INPUT', `${what}: the reason is longer than 4,000 characters`);
  return text;
}

/**
 * An amended rationale is held to a proposal's: written (at least 10 characters once trimmed)
 * and at most 4,000. Null leaves the rationale as it is.
 */
function checkRationale(rationale: string | null | undefined): string | null {
  if (rationale == null) return null;
  const text = rationale.trim();
  if (text.length < 10)
    throw new AppError(
      'BAD_INPUT',
      `an amended rationale cannot be ${text.length === 0 ? 'empty' : 'this short'}: write at least 10 characters, or leave it out to keep the current one`,
    );
  if (text.length > 4000)
    throw new AppError('BAD_INPUT', 'an amended rationale is longer than 4,000 characters');
  return text;
}

function checkGrade(input: {
  confidence?: number | null;
  reliability?: string | null;
  credibility?: number | null;
}): void {
  if (input.confidence != null && !(input.confidence >= 0 && input.confidence <= 1)) {
    throw new AppError('BAD_INPUT', `confidence must be between 0 and 1; got ${input.confidence}`);
  }
  if (input.reliability != null && !/^[A-F]$/.test(input.reliability)) {
    throw new AppError(
      'BAD_INPUT',
      `reliability must be a letter A to F; got ${input.reliability}`,
    );
  }
  if (
    input.credibility != null &&
    !(Number.isInteger(input.credibility) && input.credibility >= 1 && input.credibility <= 6)
  ) {
    throw new AppError(
      'BAD_INPUT',
      `credibility must be a whole number 1 to 6; got ${input.credibility}`,
    );
  }
}

function toOut(h: Node, fromId: unknown, toId: unknown): HypothesisOut {
  const props = toPlain(h.properties) as Record<string, Plain>;
  // Only a decided hypothesis has a decider: one reopened before session 35 kept its old one.
  const decided = props.status === 'APPROVED' || props.status === 'REJECTED';
  return {
    ...props,
    ...(decided ? {} : { decidedBy: null, decidedByName: null, decisionReason: null }),
    id: String(h.properties.id),
    fromId: String(fromId),
    toId: String(toId),
  };
}

/** A field an amendment changed, as the history shows it. */
type StepChange = { field: string; from: string | null; to: string | null };

/** A stored value as the history shows it. */
function asText(v: Plain | undefined): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** A history step's changes, kept as JSON (none on steps from before they were kept). */
function stepChangesOf(stored: Plain | undefined): StepChange[] {
  if (typeof stored !== 'string') return [];
  try {
    return JSON.parse(stored) as StepChange[];
  } catch {
    return [];
  }
}

/** How many entities and records one proposal may cite. */
export const MAX_EVIDENCE = 50;
const RECORD = /^([A-Z0-9]+):(\S{1,200})$/;

/**
 * Cited records and entities, trimmed and without repeats; a malformed record is refused. A
 * record that is an entity cited also as an entity is cited once (QA: a person ticked and typed
 * as his record was listed twice to the supervisor).
 */
function checkEvidenceForm(input: ProposeInput): { ids: string[]; records: string[] } {
  const ids = [...new Set(input.evidenceIds ?? [])];
  const records = [...new Set((input.evidenceRecords ?? []).map((r) => r.trim()))].filter(
    (r) => !ids.includes(r),
  );
  if (ids.length > MAX_EVIDENCE || records.length > MAX_EVIDENCE)
    throw new AppError(
      'TOO_MUCH_EVIDENCE',
      `cite at most ${MAX_EVIDENCE} entities and ${MAX_EVIDENCE} source records`,
      [String(MAX_EVIDENCE)],
    );
  const bad = records.filter((r) => {
    const m = RECORD.exec(r);
    return !m || !(AGENCIES as readonly string[]).includes(m[1]!);
  });
  if (bad.length > 0)
    throw new AppError(
      'MALFORMED_RECORD',
      `a source record is cited as AGENCY:recordId, e.g. FGJ:persona:1000001 (agencies: ${AGENCIES.join(', ')}); not: ${bad.join(', ')}`,
      bad,
    );
  return { ids, records };
}

/**
 * The marking cited evidence gives a hypothesis (the join of what each item shows its reader),
 * once every item is found as this viewer may see it; refused, naming those that are not.
 */
export async function evidenceMarking(
  db: Executor,
  viewer: User,
  evidence: { ids: string[]; records: string[] },
): Promise<{ classification: number; compartments: string[] }> {
  const found = await db.readQuery(
    { operation: 'proposeHypothesis', user: viewer.username },
    'hypotheses/evidence-check',
    { ...evidence, ...viewerParams(viewer) },
  );
  const seen = new Set(found.map((r) => String(r.item)));
  const missing = [...evidence.records, ...evidence.ids].filter((x) => !seen.has(x));
  if (missing.length > 0)
    throw new AppError(
      'EVIDENCE_NOT_FOUND',
      `no source record or entity that you may see for the evidence: ${missing.join(', ')}`,
      missing,
    );
  return joinMarkings(
    found.map((r) => ({
      classification: Number(r.classification),
      compartments: r.compartments as string[],
    })),
  );
}

export class HypothesisService {
  constructor(
    private readonly db: Executor,
    private readonly viewer: User,
    private readonly onChange: ChangeListener = () => {},
  ) {}

  private meta(operation: string) {
    return { operation, user: this.viewer.username };
  }

  /** A step this viewer takes, as live changes tell it. */
  private step(reason: string | null): Step {
    return { by: this.viewer.username, byName: this.viewer.displayName, reason };
  }

  async propose(input: ProposeInput): Promise<HypothesisOut> {
    if (!(input.type in CONFIRMED_TYPE))
      throw new AppError('BAD_INPUT', `unknown hypothesis type ${input.type}`);
    if (input.fromId === input.toId)
      throw new AppError('BAD_INPUT', 'a hypothesis links two different entities');
    checkGrade(input);
    const rationale = checkReason(input.rationale, 'A proposal');
    const evidence = checkEvidenceForm(input);
    // Evidence a supervisor cannot open proves nothing: every citation must be found. What it
    // cites protects the hypothesis as its ends do (classification by derivation).
    const { classification: evidenceClassification, compartments: evidenceCompartments } =
      await evidenceMarking(this.db, this.viewer, evidence);
    const id = randomUUID();
    const rows = await this.db.write(this.meta('proposeHypothesis'), async (tx) => {
      await this.refuseDuplicate(tx, input, null, ['PROPOSED', 'APPROVED']);
      await this.refuseWrongKinds(tx, input);
      const res = await tx.run(loadQuery('hypotheses/propose'), {
        id,
        type: input.type,
        fromId: input.fromId,
        toId: input.toId,
        rationale,
        confidence: input.confidence,
        reliability: input.reliability,
        credibility: neo4j.int(input.credibility),
        evidenceIds: evidence.ids,
        evidenceRecords: evidence.records,
        evidenceClassification: neo4j.int(evidenceClassification),
        evidenceCompartments,
        investigationId: input.investigationId ?? null,
        user: this.viewer.username,
        userName: this.viewer.displayName,
        ...viewerParams(this.viewer),
      });
      return res.records.map((r) => r.toObject());
    });
    if (rows.length === 0)
      throw new AppError(
        'NOT_FOUND',
        `no entity ${input.fromId} or ${input.toId} that you may see`,
      );
    const h = toOut(rows[0]!.h as Node, input.fromId, input.toId);
    this.onChange(h, 'PROPOSED', this.step(null));
    return h;
  }

  /**
   * Refuses a second hypothesis of one link: one of the same type between the same entities
   * (either way round for the undirected types), other than `except`, in one of `statuses`, that
   * the viewer may see. The pair is locked first, so two requests at once cannot both pass.
   */
  private async refuseDuplicate(
    tx: ManagedTransaction,
    h: { type?: unknown; fromId: string; toId: string },
    except: string | null,
    statuses: string[],
  ): Promise<void> {
    const pair = { fromId: h.fromId, toId: h.toId };
    await tx.run(loadQuery('hypotheses/lock-pair'), pair);
    const found = await tx.run(loadQuery('hypotheses/duplicate'), {
      ...pair,
      type: h.type,
      either: UNDIRECTED.has(h.type as HypothesisType),
      except,
      statuses,
      ...viewerParams(this.viewer),
    });
    const dup = found.records[0];
    if (!dup) return;
    const status = String(dup.get('status'));
    throw new AppError(
      'DUPLICATE_HYPOTHESIS',
      `this link is already ${status === 'APPROVED' ? 'approved' : 'proposed'}: hypothesis ${String(dup.get('id'))}`,
      [String(dup.get('id')), status],
    );
  }

  /**
   * Refuses a type that does not join the kinds of its two ends (kinds.ts). An end missing or
   * hidden is left to the caller, which says it is not found.
   */
  private async refuseWrongKinds(
    tx: ManagedTransaction,
    h: { type?: unknown; fromId: string; toId: string },
  ): Promise<void> {
    const [ends] = (
      await tx.run(loadQuery('hypotheses/ends'), {
        fromId: h.fromId,
        toId: h.toId,
        labels: [...ENTITY_LABELS],
        ...viewerParams(this.viewer),
      })
    ).records;
    if (!ends) return;
    const [from, to] = [String(ends.get('from')), String(ends.get('to'))];
    const type = h.type as HypothesisType;
    if (!endsFit(type, from, to))
      throw new AppError('WRONG_KINDS', `a ${type} hypothesis cannot link a ${from} to a ${to}`, [
        type,
        from,
        to,
      ]);
  }

  /** Runs a state change on a locked hypothesis: `check` throws if it is not allowed. */
  private async change(
    id: string,
    operation: string,
    check: (h: HypothesisOut) => void,
    next: { status: string; action: string; reason: string; changes?: Record<string, unknown> },
    extra?: (tx: ManagedTransaction, h: HypothesisOut) => Promise<void>,
  ): Promise<HypothesisOut> {
    const out = await this.db.write(this.meta(operation), async (tx) => {
      const row = (await tx.run(loadQuery('hypotheses/lock'), { id, ...viewerParams(this.viewer) }))
        .records[0];
      if (!row) throw new AppError('NOT_FOUND', `no hypothesis ${id} that you may see`);
      const h = toOut(
        row.get('h') as Node,
        (row.get('a') as Node).properties.id,
        (row.get('b') as Node).properties.id,
      );
      check(h);
      // What an amendment changes, as it was and as it becomes, for the history.
      const stepChanges: StepChange[] = Object.entries(next.changes ?? {})
        .map(([field, to]) => ({
          field,
          from: asText(h[field]),
          to: asText(toPlain(to) as Plain),
        }))
        .filter((c) => c.from !== c.to);
      if (next.action === 'AMENDED' && stepChanges.length === 0)
        throw new AppError(
          'BAD_INPUT',
          'this amendment changes nothing: give a new rationale, confidence or grade',
        );
      const res = await tx.run(loadQuery('hypotheses/transition'), {
        stepChanges: JSON.stringify(stepChanges),
        id,
        status: next.status,
        action: next.action,
        reason: next.reason,
        changes: next.changes ?? {},
        user: this.viewer.username,
        userName: this.viewer.displayName,
      });
      await extra?.(tx, h);
      return toOut(res.records[0]!.get('h') as Node, h.fromId, h.toId);
    });
    this.onChange(out, next.action, this.step(next.reason));
    return out;
  }

  private mustBeProposer(h: HypothesisOut, what: string): void {
    if (h.proposer !== this.viewer.username)
      throw new AppError('FORBIDDEN', `only the proposer can ${what} a hypothesis`);
    if (h.status !== 'PROPOSED')
      throw new AppError('INVALID_STATE', `the hypothesis is ${String(h.status)}, not PROPOSED`);
  }

  async amend(
    id: string,
    changes: {
      rationale?: string | null;
      confidence?: number | null;
      reliability?: string | null;
      credibility?: number | null;
    },
    reason: string,
  ) {
    checkGrade(changes);
    const set = Object.fromEntries(
      Object.entries({
        ...changes,
        rationale: checkRationale(changes.rationale),
        credibility: changes.credibility == null ? null : neo4j.int(changes.credibility),
      }).filter(([, v]) => v != null),
    );
    return this.change(id, 'amendHypothesis', (h) => this.mustBeProposer(h, 'amend'), {
      status: 'PROPOSED',
      action: 'AMENDED',
      reason: checkReason(reason, 'An amendment'),
      changes: set,
    });
  }

  async withdraw(id: string, reason: string) {
    return this.change(id, 'withdrawHypothesis', (h) => this.mustBeProposer(h, 'withdraw'), {
      status: 'WITHDRAWN',
      action: 'WITHDRAWN',
      reason: checkReason(reason, 'A withdrawal'),
    });
  }

  /**
   * `version`: the hypothesis's as the supervisor read it (null: not checked). Locking it counted
   * one more step (hypotheses/lock.cypher), so what was read is the locked version less one.
   */
  async decide(id: string, approve: boolean, reason: string, version: number | null = null) {
    const text = checkReason(reason, approve ? 'An approval' : 'A rejection');
    return this.change(
      id,
      'decideHypothesis',
      (h) => {
        if (h.proposer === this.viewer.username)
          throw new AppError(
            'SELF_DECISION',
            'you cannot decide on your own hypothesis: another supervisor must',
          );
        if (h.status !== 'PROPOSED')
          throw new AppError(
            'INVALID_STATE',
            `the hypothesis is ${String(h.status)}, not PROPOSED`,
          );
        const now = Number(h.version) - 1;
        if (version !== null && version !== now)
          throw new AppError(
            'HYPOTHESIS_CHANGED',
            `the hypothesis changed since you read it (version ${version}, now ${now}): read it again before deciding`,
          );
      },
      {
        status: approve ? 'APPROVED' : 'REJECTED',
        action: approve ? 'APPROVED' : 'REJECTED',
        reason: text,
      },
      async (tx, h) => {
        if (!approve) return;
        // One stored before kinds were checked (session 35) is not made a link either.
        await this.refuseWrongKinds(tx, h);
        await this.refuseDuplicate(tx, h, h.id, ['APPROVED']);
        const [type] = checkRelTypes([CONFIRMED_TYPE[h.type as HypothesisType]]);
        await tx.run(renderQuery('hypotheses/confirm', { TYPE: type! }), {
          id,
          fromId: h.fromId,
          toId: h.toId,
          user: this.viewer.username,
          userName: this.viewer.displayName,
        });
      },
    );
  }

  async reopen(id: string, reason: string) {
    return this.change(
      id,
      'reopenHypothesis',
      (h) => {
        if (h.status !== 'APPROVED' && h.status !== 'REJECTED')
          throw new AppError(
            'INVALID_STATE',
            `only a decided hypothesis can be reopened; this one is ${String(h.status)}`,
          );
      },
      { status: 'PROPOSED', action: 'REOPENED', reason: checkReason(reason, 'Reopening') },
      async (tx, h) => {
        await this.refuseDuplicate(tx, h, h.id, ['PROPOSED', 'APPROVED']);
        await tx.run(loadQuery('hypotheses/unconfirm'), { id });
      },
    );
  }

  async get(id: string) {
    const rows = await this.db.readQuery(this.meta('hypothesis'), 'hypotheses/get', {
      id,
      ...viewerParams(this.viewer),
    });
    const row = rows[0];
    if (!row) return null;
    return {
      ...toOut(row.h as Node, row.fromId, row.toId),
      evidenceIds: row.evidence as string[],
      history: (row.history as Record<string, unknown>[])
        .map((e) => toPlain(e) as Record<string, Plain>)
        // In the order they were taken, as the query reads them: sorted here too, as the order
        // of a COLLECT subquery's rows is not one Cypher promises to keep.
        .sort(
          (a, b) =>
            Date.parse(String(a.at)) - Date.parse(String(b.at)) ||
            (Number(a.seq) || 0) - (Number(b.seq) || 0),
        )
        .map((step) => ({ ...step, changes: stepChangesOf(step.changes) })),
    };
  }

  /** The relationship the approval of hypothesis `id` created, if the viewer may see it. */
  async confirmedLink(id: string): Promise<EdgeOut | null> {
    const [row] = await this.db.readQuery(this.meta('confirmedLink'), 'hypotheses/confirmed-link', {
      id,
      ...viewerParams(this.viewer),
    });
    return row ? toEdge(row.rel as Relationship, String(row.source), String(row.target)) : null;
  }

  async list(
    filter: {
      status?: string | null;
      proposer?: string | null;
      type?: string | null;
      olderThanHours?: number | null;
      decidedAfter?: string | null;
      investigationId?: string | null;
      entityIds?: string[] | null;
    },
    first: number,
    after: string | null | undefined,
  ) {
    checkLimit(first);
    const fp = fingerprint(filter.entityIds ?? [], filter as never, 'hypotheses');
    const skip = decodeCursor(after, fp);
    const createdBefore =
      filter.olderThanHours == null
        ? null
        : new Date(Date.now() - filter.olderThanHours * 3600_000).toISOString();
    const rows = await this.db.readQuery(this.meta('hypotheses'), 'hypotheses/list', {
      status: filter.status ?? null,
      proposer: filter.proposer ?? null,
      type: filter.type ?? null,
      createdBefore: dateParam(createdBefore, 'olderThanHours'),
      decidedAfter: dateParam(filter.decidedAfter, 'decidedAfter'),
      investigationId: filter.investigationId ?? null,
      entityIds: filter.entityIds ?? null,
      skip: neo4j.int(skip),
      limit: neo4j.int(first),
      ...viewerParams(this.viewer),
    });
    const hasNextPage = rows.length > first;
    return {
      items: rows.slice(0, first).map((r) => toOut(r.h as Node, r.fromId, r.toId)),
      pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeCursor(skip + first, fp) : null },
    };
  }
}
