// Starts Trama: the embedded Neo4j (unless NEO4J_URI names a server), the schema, the demo data
// on an empty database, then the HTTP server. Ctrl-C or SIGTERM closes everything in order.
import path from 'node:path';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { buildApp, type Neo4jConnection } from './app.js';
import { isLoopback, loadConfig, type Config } from './config.js';
import { ensureDemoUsers } from './auth/demo-users.js';
import { UserService } from './auth/users.js';
import { EmbeddedNeo4j } from './db/embedded.js';
import { forgetUnseen } from './graphql/investigations/forget-unseen.js';
import { warmUp } from './warmup.js';
import { seedDemoIfEmpty } from '../../seeds/index.js';

const startedAt = performance.now();
const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: undefined });

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    log.fatal((err as Error).message);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  let embedded: EmbeddedNeo4j | undefined;
  let connection: Neo4jConnection;
  if (config.NEO4J_URI) {
    connection = {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD ?? '',
    };
    log.info(`Using the Neo4j server at ${config.NEO4J_URI}`);
  } else {
    embedded = new EmbeddedNeo4j({
      dataDir: config.TRAMA_DATA_DIR,
      port: config.TRAMA_DB_PORT,
      heap: config.TRAMA_DB_HEAP,
      pageCacheMb: config.TRAMA_DB_PAGECACHE_MB,
      log: { info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) },
    });
    log.info(`Starting the embedded Neo4j (data in ${config.TRAMA_DATA_DIR}/neo4j)…`);
    connection = await embedded.start();
  }

  const app = await buildApp(config, connection);
  const closing = new AbortController();
  const grace = closeWithGrace(
    { delay: 60_000, skip: ['SIGINT', 'SIGTERM'] },
    async ({ signal, err }) => {
      if (err) log.error({ err }, 'closing after an error');
      else if (signal) log.info(`${signal}: shutting down`);
      closing.abort();
      await app.close();
      await embedded?.stop();
    },
  );
  // A terminal's Ctrl-C reaches this process twice, from the terminal and relayed by tsx, its
  // parent (QA: "second SIGINT, exiting" at once, the database left to stop on its own): a
  // signal within a moment of the first is that one again; a later one is someone insisting.
  let firstSignal = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (firstSignal === 0) {
        firstSignal = Date.now();
        log.info(`${signal}: shutting down`);
        void grace.close();
      } else if (Date.now() - firstSignal > 2_000) {
        log.error(`${signal} again: exiting now`);
        process.exit(1);
      }
    });

  if (config.TRAMA_SEED === 'demo') {
    const summary = await seedDemoIfEmpty(app.db.driver, {
      database: config.NEO4J_DATABASE,
      // Generated into this instance's data folder, with the loader's rejects.csv.
      dir: path.join(config.TRAMA_DATA_DIR, 'seeds', 'demo'),
      log: (m: string) => log.info(m),
    });
    if (summary) log.info('Demo data loaded');
    await ensureDemoUsers(new UserService(app.db), (m) => log.warn(m));
  }
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  log.info(`Trama ready at ${address} (started in ${seconds} s)`);
  if (!isLoopback(config.HOST) && config.TRAMA_COOKIE_SECURE === false)
    log.warn('TRAMA_COOKIE_SECURE=false on a network address: sessions travel in clear');
  // Saved investigations are cleared, once each, of references none of their editors may see.
  forgetUnseen(app.db)
    .then((n) => {
      if (n > 0) log.info(`Investigations: ${n} references no editor may see forgotten`);
    })
    .catch((err: Error) => log.warn(`Checking saved investigations failed: ${err.message}`));
  // The database plans each query the first time it sees it (a few hundred ms each): plan those
  // of a user's first minute now, in the background, rather than on their first clicks.
  const warming = performance.now();
  warmUp(app.db, closing.signal)
    .then((steps) => {
      if (closing.signal.aborted) return;
      for (const s of steps.filter((s) => s.error !== undefined))
        log.warn(`Warm-up: ${s.name} failed: ${s.error}`);
      if (steps.length > 0)
        log.info(`Queries planned in ${((performance.now() - warming) / 1000).toFixed(1)} s`);
    })
    .catch((err: Error) => log.warn(`Warm-up failed: ${err.message}`));
}

main().catch((err: Error) => {
  log.fatal(err.message);
  process.exit(1);
});
