// The API logs one line per request when it ends (method, URL, status, time, user), health
// probes only at debug level, and never a session cookie.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { AS, login, testConnection } from '../../test/helpers.js';

let app: FastifyInstance;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    for (const l of chunk.toString().split('\n')) if (l) lines.push(JSON.parse(l));
  });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' });
  app = await buildApp(config, testConnection(), { logStream: stream });
  await app.ready();
});
afterAll(async () => app?.close());

const requestLines = () => lines.filter((l) => l.msg === 'request');

it('writes one line per request, with who asked, and none for health probes', async () => {
  const session = await login(app, AS.investigator);
  lines.length = 0;
  await app.inject('/healthz');
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query: '{ me { username } }' },
    headers: { cookie: session!.cookie, 'x-csrf-token': session!.csrf },
  });
  expect(res.statusCode).toBe(200);
  await new Promise((ok) => setImmediate(ok));
  const logged = requestLines();
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatchObject({
    method: 'POST',
    url: '/graphql',
    statusCode: 200,
    user: AS.investigator,
  });
  expect(typeof logged[0]!.ms).toBe('number');
  expect(lines.some((l) => l.msg === 'incoming request')).toBe(false);
  expect(JSON.stringify(lines)).not.toContain(session!.cookie.split('=')[1]!);
});
