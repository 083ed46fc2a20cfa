// Live changes across API instances. `fastify.changes.publish(topic, payload)` delivers at once
// to this instance's subscribers (Mercurius pubsub) and appends the event to the database;
// every instance polls for events appended by the others and delivers those too. The API stays
// stateless: any instance can serve a subscriber, whichever instance took the mutation.
// Need-to-know still applies per subscriber in the subscription resolvers.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor.js';

declare module 'fastify' {
  interface FastifyInstance {
    changes: { publish(topic: string, payload: Record<string, unknown>): void };
  }
}

/**
 * Appends an event to the database's change feed, which every API instance polls and delivers
 * to its subscribers (all but the instance named `origin`). For the API's own events use
 * `fastify.changes.publish`; tools with no server (the user CLI) call this.
 */
export function appendChange(
  db: Executor,
  topic: string,
  payload: Record<string, unknown>,
  origin: string,
): Promise<unknown> {
  return db.writeQuery({ operation: 'changes' }, 'changes/append', {
    topic,
    payload: JSON.stringify(payload),
    origin,
  });
}

/** How often each instance looks for other instances' events. */
export const POLL_MS = 300;
const PRUNE_EVERY = 200; // polls (about a minute)

export default fp(
  async (fastify: FastifyInstance) => {
    const origin = randomUUID();
    const db = fastify.db;
    const local = (topic: string, payload: Record<string, unknown>): void =>
      void fastify.graphql.pubsub.publish({ topic, payload });
    let last = -1; // unknown until the first poll reads the head
    let polls = 0;
    let closed = false;

    async function poll(): Promise<void> {
      if (last < 0) {
        const head = await db.readQuery({ operation: 'changes' }, 'changes/head', {});
        last = neo4j.integer.toNumber(head[0]?.seq as number);
        return;
      }
      const rows = await db.readQuery({ operation: 'changes' }, 'changes/since', {
        after: neo4j.int(last),
        limit: neo4j.int(200),
      });
      for (const r of rows) {
        last = Math.max(last, neo4j.integer.toNumber(r.seq as number));
        if (r.origin !== origin)
          local(String(r.topic), JSON.parse(String(r.payload)) as Record<string, unknown>);
      }
      if (++polls % PRUNE_EVERY === 0)
        await db.writeQuery({ operation: 'changes' }, 'changes/prune', {});
    }

    let timer: NodeJS.Timeout | null = null;
    const schedule = (): void => {
      if (closed) return;
      timer = setTimeout(() => {
        poll()
          .catch((err: unknown) => fastify.log.debug({ err }, 'change feed poll failed'))
          .finally(schedule);
      }, POLL_MS);
      timer.unref();
    };
    fastify.addHook('onReady', async () => {
      await poll().catch((err: unknown) => fastify.log.warn({ err }, 'change feed not ready'));
      schedule();
    });
    fastify.addHook('onClose', async () => {
      closed = true;
      if (timer) clearTimeout(timer);
    });

    fastify.decorate('changes', {
      publish(topic: string, payload: Record<string, unknown>): void {
        local(topic, payload);
        appendChange(db, topic, payload, origin).catch((err: unknown) =>
          fastify.log.error({ err, topic }, 'could not share a live change with other instances'),
        );
      },
    });
  },
  { name: 'changes', dependencies: ['neo4j', 'graphql'] },
);
