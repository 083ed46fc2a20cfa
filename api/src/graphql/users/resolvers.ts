import type { MutationResolvers, QueryResolvers } from '../generated.js';
import { UserService } from '../../auth/users.js';
import { accountChanged, TOPIC } from '../live.js';

export const userResolvers: { Query: QueryResolvers; Mutation: MutationResolvers } = {
  Query: {
    me: (_root, _args, ctx) => ctx.user!,
    users: (_root, _args, ctx) => new UserService(ctx.app.db).list(),
  },
  Mutation: {
    createUser: (_root, args, ctx) =>
      new UserService(ctx.app.db).create(stripNulls(args.input), ctx.user?.username),
    updateUser: async (_root, args, ctx) => {
      const user = await new UserService(ctx.app.db).update(
        args.username,
        stripNulls(args.changes),
        ctx.user?.username,
      );
      // Roles, clearance and compartments apply at once on this instance (ADR 0005), and the
      // account's live subscriptions, on every instance, check it at once: a disabled account's
      // open page loses its feed now, and so learns it must log in again.
      ctx.app.sessions.forgetUser(user.username);
      ctx.app.changes.publish(TOPIC, accountChanged(user.username));
      return user;
    },
  },
};

/** GraphQL sends null for omitted optional inputs; the services take undefined. */
function stripNulls<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

declare module 'mercurius' {
  interface MercuriusContext {
    user: import('../../auth/roles.js').User | null;
    /** On a subscription only: the session it was opened with. */
    sessionToken?: string | null;
    /** On a subscription only: writes its audit record, with how its start went (graphql.ts). */
    recordFeed?: (outcome: string) => void;
    /** What the audit record will say of this operation (plugins/graphql.ts). */
    audit?: import('../../audit/operations.js').OperationSummary | null;
    /** The cap on restricted-link notices a day (TRAMA_RESTRICTED_NOTICES_PER_DAY; 0: none). */
    restrictedNoticesPerDay?: number;
    /** How many restricted links the request told of: each one an audit record (graphql.ts). */
    restrictedNoticesGiven?: number;
  }
}
