// What every live subscription shares: the topics (plugins/changes.ts carries them to every API
// instance) and the rule that a subscription lives only as long as its session. An open
// subscription looks its session and account up at each event, so a logout, an expired session,
// a new password, a clearance lowered or an account disabled apply at the next event, not at
// the next reconnect; an account an admin changed is an event of its own (`accountChanged`, on
// TOPIC, which every feed listens to): that account's subscriptions, on any instance, look the
// session up afresh and end if it no longer holds, or if its roles changed.
import type { Readable } from 'node:stream';
import type { GraphQLResolveInfo } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import type { User } from '../auth/roles.js';
import { AppError } from '../db/executor.js';
import { hasRole, requiredRoles, requireRole } from './auth-directive.js';

/** Hypotheses proposed and decided; also where accounts changed by an admin are announced. */
export const TOPIC = 'HYPOTHESIS_CHANGED';
/** Investigations saved, deleted or unshared. */
export const INVESTIGATION_TOPIC = 'INVESTIGATION_CHANGED';

/** The event, on TOPIC, saying that an account changed (an admin in the app, or the user CLI). */
export const accountChanged = (username: string) => ({ accountChanged: username });

type Event = Record<string, unknown> & { accountChanged?: string };

/**
 * A subscription's events: those on `topics` that `pick` keeps for the subscriber as they are
 * at that moment (null: not theirs), ending when the subscriber's session or account no
 * longer holds, or no longer has a role the field's @auth requires (`info`: mercurius-auth
 * guards queries and mutations, not a subscription's `subscribe`, so it is checked here, at
 * the start and at each event). TOPIC is always listened to, for the accounts' events.
 */
export async function sessionFeed<E extends Event>(
  ctx: MercuriusContext,
  info: GraphQLResolveInfo,
  topics: string[],
  pick: (user: User, event: E) => E | null,
): Promise<AsyncIterable<E>> {
  // A field without @auth is open to no one (it would be a forgotten directive).
  const allowed = requiredRoles(info);
  let queue: unknown;
  try {
    requireRole((ctx as unknown as { user: User | null }).user, allowed);
    queue = await ctx.pubsub
      .subscribe<E>([...new Set([TOPIC, ...topics])])
      .catch((err: unknown) => Promise.reject(feedError(err, ctx.app.log)));
  } catch (err) {
    ctx.recordFeed?.(err instanceof AppError ? err.code : 'INTERNAL');
    throw err;
  }
  ctx.recordFeed?.('OK');
  // Mercurius's queue is a Readable: leaving the loop below (a session that ended) would destroy
  // it with an AbortError, logged at error level. Mercurius ends it itself when the
  // subscription completes.
  const iterator = (queue as unknown as Readable).iterator({
    destroyOnReturn: false,
  }) as AsyncIterableIterator<E>;
  const token = ctx.sessionToken;
  const sessions = ctx.app.sessions;
  const log = ctx.app.log;
  const rolesOf = (user: User | null) => [...(user?.roles ?? [])].sort().join(' ');
  const roles = rolesOf((ctx as unknown as { user: User | null }).user);
  return (async function* () {
    try {
      for await (const event of iterator) {
        const changed = event.accountChanged;
        let current = token ? await sessions.find(token) : null;
        if (current && changed !== undefined && current.user.username === changed) {
          current = await sessions.find(token!, true);
          // Other roles: the feed ends, and the page asks again who is signed in, so that its
          // screens follow the roles at once (QA: a promoted analyst saw no queue until he
          // reloaded). A new clearance applies to the next event without a break.
          if (current && rolesOf(current.user) !== roles) return;
        }
        if (!current?.user.active || !hasRole(current.user, allowed)) return;
        if (changed !== undefined) continue;
        const kept = pick(current.user, event);
        if (kept) yield kept;
      }
    } catch (err) {
      throw feedError(err, log);
    }
  })();
}

/**
 * What the subscriber is told of a feed that failed: an AppError as it is, anything else as
 * INTERNAL, logged here. Mercurius sends a failed subscription's error message as it is, with
 * no errorFormatter (plugins/graphql.ts) on the way.
 */
export function feedError(err: unknown, log: { error(o: object, msg: string): void }): AppError {
  if (err instanceof AppError) return err;
  log.error({ err }, 'unexpected error in a live feed');
  return new AppError('INTERNAL', 'Internal error');
}
