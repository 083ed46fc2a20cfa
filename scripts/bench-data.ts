// Makes sure the benchmark database holds the bench-scale city (about 1M nodes): generated once
// into data/seeds/bench and loaded with the same loader as real agency data (`npm run seed -- bench`).
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../api/src/config.js';
import { ensureGenerated } from '../seeds/generate.js';
import { loadFeeds } from '../seeds/index.js';

export async function ensureBenchData(driver: Driver, database: string): Promise<void> {
  const res = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n', {}, { database });
  const count = Number(res.records[0]!.get('n'));
  if (count >= 500_000) return;
  console.log(
    `The benchmark database has ${count} entities: generating and loading the bench scale (a few minutes)…`,
  );
  const dir = path.join(repoRoot, 'data', 'seeds', 'bench');
  await ensureGenerated(dir, 'bench', 'bench', (m) => console.log(m));
  const summary = await loadFeeds(driver, dir, { database, log: (m) => console.log(m) });
  console.log(`Loaded ${summary.rowsThisRun} rows at ${Math.round(summary.rowsPerSec)} rows/s`);
}
