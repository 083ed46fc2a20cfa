// Infrastructure plugin: the Neo4j driver, the executor and schema. Decorates `fastify.db`
// and closes the driver when the app closes. Waits for the database at boot (it may still be
// starting) and fails with a clear message if it never answers.
import fp from 'fastify-plugin';
import neo4j, { type Driver } from 'neo4j-driver';
import { Executor } from '../db/executor.js';
import { applySchema, appliedSchemaVersion, latestSchemaVersion } from '../db/schema.js';

export interface Neo4jPluginOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** How long to wait for the database at boot. */
  connectTimeoutMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Executor;
    /** True when the database answers and its schema is the latest; bounded by `timeoutMs`. */
    dbReady(timeoutMs?: number): Promise<{ ready: boolean; reason?: string }>;
  }
}

async function waitForDatabase(driver: Driver, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (err) {
      if (Date.now() > deadline) {
        throw new Error(
          `Neo4j did not answer within ${timeoutMs / 1000} s: ${(err as Error).message}`,
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export default fp<Neo4jPluginOptions>(
  async (fastify, opts) => {
    const driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      userAgent: 'trama',
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: 10_000,
      maxConnectionPoolSize: 100,
      disableLosslessIntegers: false,
    });
    fastify.addHook('onClose', async () => driver.close());
    await waitForDatabase(driver, opts.connectTimeoutMs ?? 120_000);
    const applied = await applySchema(driver, opts.database);
    if (applied.length > 0) fastify.log.info({ applied }, 'schema applied');

    const latest = latestSchemaVersion();
    fastify.decorate('db', new Executor(driver, opts.database));
    fastify.decorate('dbReady', async (timeoutMs = 2000) => {
      try {
        const version = await withTimeout(
          appliedSchemaVersion(driver, opts.database),
          timeoutMs,
          'database check',
        );
        return version === latest
          ? { ready: true }
          : { ready: false, reason: `schema version ${version}, expected ${latest}` };
      } catch (err) {
        return { ready: false, reason: (err as Error).message };
      }
    });
  },
  { name: 'neo4j' },
);
