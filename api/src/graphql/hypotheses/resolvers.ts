import DataLoader from 'dataloader';
import type { MercuriusContext } from 'mercurius';
import type { User } from '../../auth/roles.js';
import { hasRole } from '../auth-directive.js';
import type {
  HypothesisResolvers,
  HypothesisStepResolvers,
  MutationResolvers,
  QueryResolvers,
  SubscriptionResolvers,
} from '../generated.js';
import { markingOf } from '../explore/entity.js';
import { HypothesisService, type HypothesisOut, type ProposeInput, type Step } from './service.js';
import { sessionFeed, TOPIC } from '../live.js';
import { perRequest } from '../per-request.js';

/**
 * Investigations' names as the reader may read them (investigations/names.cypher): those they
 * may open, and every one for a supervisor (QA: she decided on a hypothesis whose investigation
 * read as a bare id, while the audit trail showed her its name). One query per request.
 */
const investigationNames = perRequest(
  (ctx) =>
    new DataLoader<string, string | null>(async (ids) => {
      const viewer = ctx.user!;
      const rows = await ctx.app.db.readQuery(
        { operation: 'investigationNames', user: viewer.username },
        'investigations/names',
        { ids: [...ids], username: viewer.username, oversees: hasRole(viewer, ['SUPERVISOR']) },
      );
      const names = new Map(rows.map((r) => [String(r.id), (r.name as string | null) ?? null]));
      return ids.map((id) => names.get(id) ?? null);
    }),
);

/** What the live topic carries: a hypothesis that changed. */
type LiveEvent = { hypothesisChanged?: { hypothesis: HypothesisOut } & Step };

function service(ctx: MercuriusContext): HypothesisService {
  return new HypothesisService(ctx.app.db, ctx.user!, (hypothesis, action, step) => {
    // Every API instance's subscribers get it (plugins/changes.ts).
    ctx.app.changes.publish(TOPIC, { hypothesisChanged: { action, hypothesis, ...step } });
  });
}

/**
 * The audit record of an operation on one hypothesis lists it first, then the two entities it
 * links: asking the trail about an entity finds the proposals, decisions, reopenings and
 * amendments of links to it, and the record reads as who and whom, not as an id. A reader who
 * may not see the hypothesis reads none of them (audit/redact.ts).
 */
function auditHypothesis<T extends { id: string; fromId: string; toId: string } | null>(
  ctx: MercuriusContext,
  h: T,
): T {
  const entities = ctx.audit?.entities;
  if (!h || !entities) return h;
  // A proposal's record has its ends from its arguments, but not the id made for it.
  if (!entities.includes(h.id)) entities.unshift(h.id);
  for (const id of [h.fromId, h.toId]) if (!entities.includes(id)) entities.push(id);
  return h;
}

/** Need-to-know for pushed changes: the same rule the queries apply in Cypher. */
export function maySee(user: User | null | undefined, h: HypothesisOut): boolean {
  if (!user) return false;
  const { classification, compartments } = markingOf(h);
  return (
    classification <= user.clearance &&
    compartments.every((c) => (user.compartments as string[]).includes(c))
  );
}

export const hypothesisResolvers: {
  Hypothesis: HypothesisResolvers;
  HypothesisStep: HypothesisStepResolvers;
  Query: QueryResolvers;
  Mutation: MutationResolvers;
  Subscription: SubscriptionResolvers;
} = {
  // Written with every proposal; read as public and without compartments if ever missing.
  Hypothesis: {
    classification: (h) => markingOf(h).classification,
    compartments: (h) => markingOf(h).compartments as never,
    // Names are kept as they were when the step was taken; older hypotheses have usernames only.
    proposerName: (h) => String(h.proposerName ?? h.proposer),
    decidedByName: (h) => (h.decidedBy == null ? null : String(h.decidedByName ?? h.decidedBy)),
    investigationName: (h, _args, ctx) =>
      h.investigationId && ctx.user
        ? investigationNames(ctx).load(String(h.investigationId))
        : null,
  },
  HypothesisStep: {
    byName: (s) => String((s as { byName?: string }).byName ?? s.by),
  },
  Query: {
    hypothesis: async (_root, args, ctx) =>
      auditHypothesis(ctx, await service(ctx).get(args.id)) as never,
    hypotheses: (_root, args, ctx) =>
      service(ctx).list(args.filter ?? {}, args.first ?? 100, args.after) as never,
    confirmedLink: (_root, args, ctx) => service(ctx).confirmedLink(args.hypothesisId) as never,
    hypothesisQueue: (_root, args, ctx) =>
      service(ctx).list(
        { status: 'PROPOSED', ...(args.filter ?? {}) },
        args.first ?? 50,
        args.after,
      ) as never,
  },
  Mutation: {
    proposeHypothesis: async (_root, args, ctx) =>
      auditHypothesis(ctx, await service(ctx).propose(args.input as ProposeInput)) as never,
    amendHypothesis: async (_root, args, ctx) =>
      auditHypothesis(ctx, await service(ctx).amend(args.id, args.changes, args.reason)) as never,
    withdrawHypothesis: async (_root, args, ctx) =>
      auditHypothesis(ctx, await service(ctx).withdraw(args.id, args.reason)) as never,
    decideHypothesis: async (_root, args, ctx) =>
      auditHypothesis(
        ctx,
        await service(ctx).decide(
          args.id,
          args.decision === 'APPROVE',
          args.reason,
          args.version ?? null,
        ),
      ) as never,
    reopenHypothesis: async (_root, args, ctx) =>
      auditHypothesis(ctx, await service(ctx).reopen(args.id, args.reason)) as never,
  },
  Subscription: {
    hypothesisChanged: {
      subscribe: (_root, _args, ctx, info) =>
        sessionFeed<LiveEvent>(ctx, info, [TOPIC], (user, event) =>
          event.hypothesisChanged && maySee(user, event.hypothesisChanged.hypothesis)
            ? event
            : null,
        ) as never,
    },
  },
};
