// One-line resolvers: the logic is in InvestigationService.
import type { MercuriusContext } from 'mercurius';
import type { MutationResolvers, QueryResolvers } from '../generated.js';
import { InvestigationService } from './service.js';

const service = (ctx: MercuriusContext) => new InvestigationService(ctx.app.db, ctx.user!);

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
};
