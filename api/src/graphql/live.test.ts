import { Readable } from 'node:stream';
import { buildSchema, type GraphQLResolveInfo } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../db/executor.js';
import { sessionFeed } from './live.js';

const schema = buildSchema(`
  directive @auth(requires: [Role!]!) on FIELD_DEFINITION
  enum Role { ANALYST }
  type Query { ok: Boolean }
  type Subscription { feed: Boolean @auth(requires: [ANALYST]) }
`);
const info = {
  parentType: schema.getSubscriptionType(),
  fieldName: 'feed',
} as unknown as GraphQLResolveInfo;
const user = { username: 'ana', roles: ['ANALYST'], active: true };

/** A context whose session lookup fails as `find` says, with one event waiting. */
function context(find: () => Promise<unknown>) {
  const log = { error: vi.fn() };
  const ctx = {
    user,
    sessionToken: 'token',
    app: { sessions: { find }, log },
    pubsub: { subscribe: async () => Readable.from([{ changed: 1 }]) },
  } as unknown as MercuriusContext;
  return { ctx, log };
}

async function first(ctx: MercuriusContext): Promise<unknown> {
  const feed = await sessionFeed(ctx, info, ['T'], (_u, e) => e);
  for await (const event of feed) return event;
  return undefined;
}

describe('a live feed that fails', () => {
  it('tells the subscriber INTERNAL, not its own message, and logs it', async () => {
    const { ctx, log } = context(() => Promise.reject(new Error('bolt://10.0.0.5:7687 refused')));
    const failed = await first(ctx).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AppError);
    expect(failed).toMatchObject({ code: 'INTERNAL', message: 'Internal error' });
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('passes an AppError on as it is', async () => {
    const down = new AppError('DATABASE_UNAVAILABLE', 'The database is not reachable right now');
    const { ctx, log } = context(() => Promise.reject(down));
    expect(await first(ctx).catch((e: unknown) => e)).toBe(down);
    expect(log.error).not.toHaveBeenCalled();
  });

  it('yields the event while the session holds', async () => {
    const { ctx } = context(async () => ({ user, csrfToken: 'c' }));
    expect(await first(ctx)).toEqual({ changed: 1 });
  });
});
