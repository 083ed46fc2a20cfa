import type { IResolvers } from 'mercurius';
import { UserService, type NewUser } from '../../auth/users.js';

type Changes = Parameters<UserService['update']>[1];

export const userResolvers: IResolvers = {
  Query: {
    me: (_root, _args, ctx) => ctx.user,
    users: (_root, _args, ctx) => new UserService(ctx.app.db).list(),
  },
  Mutation: {
    createUser: (_root, args: { input: NewUser }, ctx) =>
      new UserService(ctx.app.db).create(args.input, ctx.user?.username),
    updateUser: (_root, args: { username: string; changes: Changes }, ctx) =>
      new UserService(ctx.app.db).update(
        args.username,
        stripNulls(args.changes),
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
