// The embedded database's life cycle with its own Neo4j (not the shared one): readiness drops
// to 503 when the Java process is killed and comes back by itself; a clean stop leaves a store
// that opens without recovery, while a kill needs it.
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { EmbeddedNeo4j } from '../src/db/embedded.js';
import { freePort } from '../../test/global-setup.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'trama-embedded-'));
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let db: EmbeddedNeo4j;
let app: FastifyInstance | undefined;
let recoveriesAfterKill = 0;

afterAll(async () => {
  await app?.close();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const debugLog = (): string =>
  readFileSync(path.join(dataDir, 'neo4j', 'logs', 'debug.log'), 'utf8');
const recoveries = (): number =>
  (debugLog().match(/Recovery required from position/g) ?? []).length;

async function until(what: string, ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

describe('embedded Neo4j', () => {
  it('reports 503 within seconds of the database dying, then recovers by itself', async () => {
    db = new EmbeddedNeo4j({
      dataDir,
      port: await freePort(),
      heap: '512m',
      pageCacheMb: 64,
      log: quiet,
    });
    const info = await db.start();
    app = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), info);
    expect((await app.inject('/readyz')).statusCode).toBe(200);

    process.kill(db.pid!, 'SIGKILL');
    const down = await until(
      'readyz 503',
      5000,
      async () => (await app!.inject('/readyz')).statusCode === 503,
    );
    expect(down).toBeLessThan(5000);
    expect((await app.inject('/readyz')).json()).toMatchObject({ status: 'unavailable' });

    await until(
      'readyz 200 again',
      90_000,
      async () => (await app!.inject('/readyz')).statusCode === 200,
    );
    // The kill left transactions to replay (once per database: system and neo4j).
    recoveriesAfterKill = recoveries();
    expect(recoveriesAfterKill).toBeGreaterThan(0);
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ node(id: "x") { id } }' },
    });
    // The API answers again (an anonymous caller is refused by the authorisation layer).
    expect(res.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  }, 150_000);

  it('stops cleanly, so the next start needs no recovery', async () => {
    await app?.close();
    app = undefined;
    await db.stop();
    db = new EmbeddedNeo4j({
      dataDir,
      port: await freePort(),
      heap: '512m',
      pageCacheMb: 64,
      log: quiet,
    });
    await db.start();
    expect(recoveries()).toBe(recoveriesAfterKill);
  }, 120_000);

  it('waits for its data folder while another Neo4j still holds it, then starts', async () => {
    const warned: string[] = [];
    const second = new EmbeddedNeo4j({
      dataDir,
      port: await freePort(),
      heap: '512m',
      pageCacheMb: 64,
      log: { ...quiet, warn: (m) => warned.push(m) },
    });
    const starting = second.start();
    await until('a wait for the lock', 60_000, async () => warned.length > 0);
    expect(warned[0]).toMatch(/still held by another Neo4j/);
    await db.stop();
    db = second;
    await starting;
  }, 180_000);
});
