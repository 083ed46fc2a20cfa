import type { MutationResolvers, QueryResolvers } from '../generated.js';
import { UserService, type NewUser } from '../../auth/users.js';

type Changes = Parameters<UserService['update']>[1];

export const userResolvers: { Query: QueryResolvers; Mutation: MutationResolvers } = {
  Query: {
    me: (_root, _args, ctx) => ctx.user!,
    users: (_root, _args, ctx) => new UserService(ctx.app.db).list(),
  },
  Mutation: {
    createUser: (_root, args, ctx) =>
      new UserService(ctx.app.db).create(args.input, ctx.user?.username),
    updateUser: (_root, args, ctx) =>
      new UserService(ctx.app.db).update(
        args.username,
        stripNulls(args.changes) as Changes,
        ctx.user?.username,
      ),
  },
};

function stripNulls<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined),
  ) as T;
}

declare module 'mercurius' {
  interface MercuriusContext {
    user: import('../../auth/roles.js').User | null;
  }
}
