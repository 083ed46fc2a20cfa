// One-line resolvers: the logic is in InvestigationService.
import type { MercuriusContext } from 'mercurius';
import type { MutationResolvers, QueryResolvers, SubscriptionResolvers } from '../generated.js';
import { INVESTIGATION_TOPIC, sessionFeed } from '../live.js';
import { InvestigationService, type InvestigationChangeOut } from './service.js';

/** What the live topic carries: a change, and whom it concerns. */
type LiveEvent = { investigationChanged?: InvestigationChangeOut; audience?: string[] };

const service = (ctx: MercuriusContext) =>
  new InvestigationService(ctx.app.db, ctx.user!, (change, audience) =>
    // Every API instance's subscribers get it (plugins/changes.ts).
    ctx.app.changes.publish(INVESTIGATION_TOPIC, { investigationChanged: change, audience }),
  );

type InvestigationQueries = Pick<
  QueryResolvers,
  'investigations' | 'openInvestigation' | 'colleagues'
>;
type InvestigationMutations = Pick<
  MutationResolvers,
  | 'createInvestigation'
  | 'saveInvestigation'
  | 'shareInvestigation'
  | 'unshareInvestigation'
  | 'deleteInvestigation'
>;

export const investigationResolvers: {
  Query: InvestigationQueries;
  Mutation: InvestigationMutations;
  Subscription: Pick<SubscriptionResolvers, 'investigationChanged'>;
} = {
  Query: {
    investigations: (_root, _args, ctx) => service(ctx).list(),
    openInvestigation: (_root, args, ctx) => service(ctx).open(args.id),
    colleagues: (_root, _args, ctx) => service(ctx).colleagues(),
  },
  Mutation: {
    createInvestigation: (_root, args, ctx) => service(ctx).create(args.name, args.content),
    saveInvestigation: (_root, args, ctx) =>
      service(ctx).save(args.id, args.version, args.content, args.name ?? null),
    shareInvestigation: (_root, args, ctx) =>
      service(ctx).share(args.id, args.username, args.access),
    unshareInvestigation: (_root, args, ctx) => service(ctx).unshare(args.id, args.username),
    deleteInvestigation: (_root, args, ctx) => service(ctx).delete(args.id),
  },
  Subscription: {
    investigationChanged: {
      // Only to those it concerns: who may open it (who could, for a deletion or unsharing).
      subscribe: (_root, _args, ctx, info) =>
        sessionFeed<LiveEvent>(ctx, info, [INVESTIGATION_TOPIC], (user, event) =>
          event.investigationChanged && event.audience?.includes(user.username) ? event : null,
        ) as never,
    },
  },
};
