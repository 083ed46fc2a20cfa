// Builds the real app against the test run's Neo4j, for `app.inject` tests, and logs in as the
// demo account of each role.
import type { FastifyInstance } from 'fastify';
import neo4j, { type Driver } from 'neo4j-driver';
import WebSocket from 'ws';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../api/src/app.js';
import { DEMO_PASSWORD } from '../api/src/auth/demo-users.js';
import { loadConfig } from '../api/src/config.js';
import { Executor } from '../api/src/db/executor.js';

export function testConnection(): { uri: string; user: string; password: string } {
  return { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  // No daily cap on restricted-link notices: the test files share one database, so a cap would
  // make a test's notice depend on how many others ran before it (paths.int.test.ts tests it).
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    TRAMA_RESTRICTED_NOTICES_PER_DAY: '0',
    ...env,
  });
  const app = await buildApp(config, testConnection());
  await app.ready();
  return app;
}

export function testDriver(): Driver {
  const c = testConnection();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
}

/** An Executor on the test database for the tests of a file, below the GraphQL layer. */
export function testExecutor(): { readonly db: Executor } {
  const held: { db: Executor; driver?: Driver } = { db: undefined as unknown as Executor };
  beforeAll(() => {
    held.driver = testDriver();
    held.db = new Executor(held.driver, 'neo4j');
  });
  afterAll(async () => held.driver?.close());
  return held;
}

/** Demo accounts, one per role (see api/src/auth/demo-users.ts). */
export const AS = {
  analyst: 'analista',
  investigator: 'investigador',
  supervisor: 'supervisora',
  admin: 'admin',
} as const;

export type Session = { cookie: string; csrf: string } | null;

const sessions = new Map<string, Session>();

/**
 * Logs in afresh (a session of its own, not shared with other tests); returns the cookie and
 * CSRF token to send. `remoteAddress`: where from (each address has its logins a minute).
 */
export async function newSession(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
  remoteAddress?: string,
): Promise<{ cookie: string; csrf: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/auth/login',
    ...(remoteAddress ? { remoteAddress } : {}),
    payload: { username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'trama_session')!;
  return {
    cookie: `trama_session=${cookie.value}`,
    csrf: (res.json() as { csrfToken: string }).csrfToken,
  };
}

/** Logs in once per username and app; returns the cookie and CSRF token to send. */
export async function login(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const key = username;
  if (sessions.has(key)) return sessions.get(key)!;
  const session = await newSession(app, username, password);
  sessions.set(key, session);
  return session;
}

export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; details?: string[] } }[];
}

/** A GraphQL request as `username` (default: the analyst), or anonymous with `as: null`. */
export async function gql<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
  as: string | null = AS.analyst,
): Promise<GqlResult<T>> {
  const session = as === null ? null : await login(app, as);
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query, variables },
    headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
  });
  const body = res.json() as { data: T | null; errors?: GqlResult<T>['errors'] };
  return { status: res.statusCode, ...body };
}

/** A live subscription's events as a test reads them. */
export interface Live<T> {
  /** The next event, else rejects in 1 s. */
  next: () => Promise<T>;
  close: () => void;
  /** Resolves when the server ends the subscription (or its socket), else rejects in 1 s. */
  ended: () => Promise<void>;
  /** The errors the server refused the subscription with, if it did. */
  refused: () => Promise<{ message: string; extensions?: { code?: string } }[]>;
}

/**
 * Subscribes over a WebSocket (graphql-transport-ws) to `query`, whose events carry `field`,
 * with a logged-in `session`, from the server at `url`.
 */
export function liveSubscription<T>(
  url: string,
  session: { cookie: string },
  query: string,
  field: string,
  operationName?: string,
): Promise<Live<T>> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', {
      headers: { cookie: session.cookie, origin: url },
    });
    const queue: T[] = [];
    const waiting: ((v: T) => void)[] = [];
    let refuse: (e: never[]) => void = () => {};
    const refusal = new Promise<never[]>((r) => (refuse = r));
    const refused = () =>
      Promise.race([
        refusal,
        new Promise<never>((_r, rej) =>
          setTimeout(() => rej(new Error('not refused within 1 s')), 1000),
        ),
      ]);
    let over: () => void = () => {};
    const finished = new Promise<void>((r) => (over = r));
    ws.on('close', () => over());
    const ended = () =>
      Promise.race([
        finished,
        new Promise<void>((_r, rej) =>
          setTimeout(() => rej(new Error('not ended within 1 s')), 1000),
        ),
      ]);
    const next = (): Promise<T> => {
      if (queue.length) return Promise.resolve(queue.shift()!);
      return new Promise((r, rej) => {
        const take = (v: T) => {
          clearTimeout(t);
          r(v);
        };
        // A wait that timed out takes no later event.
        const t = setTimeout(() => {
          waiting.splice(waiting.indexOf(take), 1);
          rej(new Error('no event within 1 s'));
        }, 1000);
        waiting.push(take);
      });
    };
    ws.on('error', reject);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as {
        type: string;
        payload?: { data?: Record<string, T> } | never[];
      };
      if (msg.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, operationName } }));
        setTimeout(() => resolve({ next, close: () => ws.close(), ended, refused }), 200);
      } else if (msg.type === 'complete') {
        over();
      } else if (msg.type === 'error') {
        refuse(msg.payload as never[]);
      } else if (msg.type === 'next' && (msg.payload as { errors?: never[] }).errors) {
        refuse((msg.payload as { errors: never[] }).errors);
      } else if (msg.type === 'next') {
        const value = (msg.payload as { data: Record<string, T> }).data[field]!;
        const w = waiting.shift();
        if (w) w(value);
        else queue.push(value);
      }
    });
  });
}

/** The audit trail's records of `user` that name `entity` (their action and entities), read by a supervisor. */
export async function auditedAbout(
  app: FastifyInstance,
  user: string,
  entity: string,
): Promise<{ action: string; entities: string[] }[]> {
  const res = await gql<{ auditRecords: { records: { action: string; entities: string[] }[] } }>(
    app,
    'query($u: String, $e: ID) { auditRecords(user: $u, entity: $e) { records { action entities } } }',
    { u: user, e: entity },
    AS.supervisor,
  );
  return res.data!.auditRecords.records;
}
