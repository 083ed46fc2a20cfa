// One-line resolvers: the logic is in ExploreService.
import type { QueryResolvers } from '../generated.js';
import { ExpandService, type ExpandFilter } from './expand.js';
import { ExploreService } from './service.js';

export const exploreResolvers: { Query: QueryResolvers } = {
  Query: {
    search: (_root, args, ctx) =>
      new ExploreService(ctx.app.db, ctx.user!).search(args.query, args.limit ?? 20),
    node: (_root, args, ctx) => new ExploreService(ctx.app.db, ctx.user!).node(args.id),
    neighbors: (_root, args, ctx) =>
      new ExploreService(ctx.app.db, ctx.user!).neighbors(args.id, args.limit ?? 50),
    expand: (_root, args, ctx) =>
      new ExpandService(ctx.app.db, ctx.user!).expand(
        args.ids,
        (args.filter ?? {}) as ExpandFilter,
        args.first ?? 50,
        args.after,
        args.order ?? 'ANY',
      ),
    expandPreview: (_root, args, ctx) =>
      new ExpandService(ctx.app.db, ctx.user!).preview(
        args.ids,
        (args.filter ?? {}) as ExpandFilter,
      ),
  },
};
