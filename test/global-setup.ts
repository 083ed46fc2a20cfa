// Starts the real embedded Neo4j once per test run and shares its address with every test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { EmbeddedNeo4j } from '../api/src/db/embedded.js';
import { ensureDemoUsers } from '../api/src/auth/demo-users.js';
import { UserService } from '../api/src/auth/users.js';
import { Executor } from '../api/src/db/executor.js';
import { applySchema } from '../api/src/db/schema.js';
import { seedDemoIfEmpty } from '../seeds/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'trama-test-'));
  const quiet = { info: () => {}, warn: console.warn, error: console.error };
  const db = new EmbeddedNeo4j({
    dataDir,
    port: await freePort(),
    heap: '2g',
    pageCacheMb: 256,
    log: quiet,
  });
  const started = performance.now();
  const info = await db.start();
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
  try {
    await applySchema(driver, 'neo4j');
    await seedDemoIfEmpty(driver, { database: 'neo4j', log: () => {} });
    await ensureDemoUsers(new UserService(new Executor(driver, 'neo4j')), () => {});
  } finally {
    await driver.close();
  }
  console.log(
    `Test Neo4j ready at ${info.uri} with demo data in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('neo4jUri', info.uri);
  project.provide('neo4jUser', info.user);
  project.provide('neo4jPassword', info.password);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
