// For command-line tools: a driver to the configured database. With NEO4J_URI, that server;
// otherwise the embedded database — the running one if Trama is up, else started for the command.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { EmbeddedNeo4j } from './embedded.js';
import { applySchema } from './schema.js';

export async function connectForCli(
  config: Config,
): Promise<{ driver: Driver; close: () => Promise<void> }> {
  if (config.NEO4J_URI) {
    const driver = neo4j.driver(
      config.NEO4J_URI,
      neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD ?? ''),
    );
    await driver.verifyConnectivity();
    await applySchema(driver, config.NEO4J_DATABASE);
    return { driver, close: () => driver.close() };
  }
  const quiet = {
    info: () => {},
    warn: (m: string) => console.warn(m),
    error: (m: string) => console.error(m),
  };
  const embedded = new EmbeddedNeo4j({
    dataDir: config.TRAMA_DATA_DIR,
    port: config.TRAMA_DB_PORT,
    heap: config.TRAMA_DB_HEAP,
    pageCacheMb: config.TRAMA_DB_PAGECACHE_MB,
    log: quiet,
  });
  const { uri, user, password } = embedded.info;
  const running = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
  try {
    await running.verifyConnectivity();
    await applySchema(running, config.NEO4J_DATABASE);
    return { driver: running, close: () => running.close() };
  } catch {
    await running.close();
  }
  console.error('Trama is not running: starting the embedded database for this command…');
  await embedded.start();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  await applySchema(driver, config.NEO4J_DATABASE);
  return {
    driver,
    close: async () => {
      await driver.close();
      await embedded.stop();
    },
  };
}
