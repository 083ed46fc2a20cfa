// Database connection for the seed CLI and the benchmark: a Neo4j server named by NEO4J_URI
// (or --uri), or else a private embedded Neo4j started for the run in its own data folder, so a
// benchmark never touches the application's database.

import { existsSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { EmbeddedNeo4j } from '../api/src/db/embedded.js';
import { REPO_ROOT } from './geo/cdmx.js';

export interface Connection {
  driver: Driver;
  database: string | undefined;
  close(): Promise<void>;
}

export interface ConnectOptions {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  /** Data folder of the embedded database started when no server is named. */
  embeddedDir: string;
  /** Use the application's running database (127.0.0.1:TRAMA_DB_PORT) when one answers. */
  preferRunningApp?: boolean;
  /** Always start the embedded database in embeddedDir, even when NEO4J_URI is set. */
  embeddedOnly?: boolean;
  heap?: string;
  pageCacheMb?: number;
  log: (msg: string) => void;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

/** The password of the application's embedded database, kept in its data folder. */
function appPassword(): string | undefined {
  const file = resolve(
    process.env['TRAMA_DATA_DIR'] ?? resolve(REPO_ROOT, 'data'),
    'neo4j-password',
  );
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

function answers(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.end();
      ok(true);
    });
    socket.once('error', () => ok(false));
  });
}

export async function connect(o: ConnectOptions): Promise<Connection> {
  let uri = o.embeddedOnly ? undefined : (o.uri ?? process.env['NEO4J_URI']);
  const appPort = Number(process.env['TRAMA_DB_PORT'] ?? 7687);
  if (!uri && !o.embeddedOnly && o.preferRunningApp && (await answers(appPort)))
    uri = `bolt://127.0.0.1:${appPort}`;
  const database = o.database ?? process.env['NEO4J_DATABASE'];
  if (uri) {
    const password = o.password ?? process.env['NEO4J_PASSWORD'] ?? appPassword() ?? '';
    const driver = neo4j.driver(
      uri,
      neo4j.auth.basic(o.user ?? process.env['NEO4J_USER'] ?? 'neo4j', password),
    );
    await driver.verifyConnectivity();
    return { driver, database, close: () => driver.close() };
  }
  const db = new EmbeddedNeo4j({
    dataDir: o.embeddedDir,
    port: await freePort(),
    heap: o.heap ?? process.env['TRAMA_DB_HEAP'] ?? '2g',
    pageCacheMb: o.pageCacheMb ?? Number(process.env['TRAMA_DB_PAGECACHE_MB'] ?? 1024),
    log: { info: o.log, warn: o.log, error: o.log },
  });
  o.log(`Starting a private embedded Neo4j in ${o.embeddedDir}…`);
  const info = await db.start();
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
  return {
    driver,
    database,
    close: async () => {
      await driver.close();
      await db.stop();
    },
  };
}
