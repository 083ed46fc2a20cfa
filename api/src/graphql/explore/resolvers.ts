// One-line resolvers: the logic is in ExploreService.
import type { IResolvers } from 'mercurius';
import { ExploreService } from './service.js';

export const exploreResolvers: IResolvers = {
  Query: {
    search: (_root, args: { query: string; limit: number }, ctx) =>
      new ExploreService(ctx.app.db).search(args.query, args.limit),
    node: (_root, args: { id: string }, ctx) => new ExploreService(ctx.app.db).node(args.id),
    neighbors: (_root, args: { id: string; limit: number }, ctx) =>
      new ExploreService(ctx.app.db).neighbors(args.id, args.limit),
  },
};
