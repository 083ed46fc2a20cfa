// Loader benchmark (npm run bench:load): generates the bench scale (about 1M nodes and 5M
// relationships) unless already there, starts a private, empty embedded Neo4j, and prints
//   1. the machine's ceiling: raw `UNWIND $rows CREATE` of flat nodes (no MERGE, no provenance),
//      one transaction at a time and with the loader's number of lanes;
//   2. a baseline: the first 50,000 call records through the real loader, one batch of 1,000 at
//      a time;
//   3. the same 50,000 rows through the loader with its default batch size and lanes;
//   4. the full bench load, rows/s, and its ratio to the baseline and to the ceiling;
//   5. the offline ceiling: the graph it loaded, written again by Neo4j's bulk importer
//      (`neo4j-admin database import`) with the schema's indexes built after, as the feed rows
//      per second that would be, and the loader's ratio to it (seeds/import-ceiling.ts).
// Results are also written to data/bench-load/results.json.

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connect } from './connect.js';
import { REPO_ROOT } from './geo/cdmx.js';
import { ensureGenerated } from './generate.js';
import { countOf, importCeiling } from './import-ceiling.js';
import { DEFAULT_BATCH, DEFAULT_LANES, loadFeeds } from './load/loader.js';
import { applySchemaFiles } from './load/schema.js';

const log = (m: string): void => console.log(m);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const SAMPLE = 50_000;
const BENCH = resolve(REPO_ROOT, 'data', 'seeds', 'bench');
// Its own folder: it starts from an empty database, so it must not wipe data/bench (bench:api).
const WORK = resolve(REPO_ROOT, 'data', 'bench-load');

/** CALL … IN TRANSACTIONS only runs in an auto-commit transaction. */
async function autoCommit(driver: Driver, query: string): Promise<void> {
  const session = driver.session();
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

/** Raw `UNWIND CREATE` of flat nodes through `lanes` concurrent transactions (warm JIT first). */
async function ceiling(driver: Driver, lanes: number): Promise<number> {
  const rows = Array.from({ length: 10_000 }, (_, i) => ({
    id: `raw-${i}`,
    a: 'x'.repeat(20),
    b: i,
    c: i * 0.5,
  }));
  const write = (k: number) =>
    driver.executeQuery('UNWIND $rows AS r CREATE (n:BenchRaw) SET n = r, n.k = $k', { rows, k });
  for (let k = 0; k < 10; k++) await write(k); // warm-up, not measured
  const started = performance.now();
  let next = 0;
  const batches = 20;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < batches) await write(next++);
    }),
  );
  const rate = (rows.length * batches) / ((performance.now() - started) / 1000);
  await autoCommit(
    driver,
    'MATCH (n:BenchRaw) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS',
  );
  return rate;
}

async function sampleRate(driver: Driver, batchSize: number, lanes: number): Promise<number> {
  const dir = resolve(WORK, 'sample');
  const s = await loadFeeds(driver, dir, {
    batchSize,
    lanes,
    progress: false,
    dataset: `sample-${batchSize}`,
    resume: false,
    bulk: false,
  });
  // Remove the sample so the next measurement and the full load start from the same state.
  await autoCommit(
    driver,
    'MATCH (p:Phone) CALL (p) { DETACH DELETE p } IN TRANSACTIONS OF 5000 ROWS',
  );
  await driver.executeQuery('MATCH (lp:LoadProgress) DELETE lp');
  return s.rowsPerSec;
}

async function main(): Promise<void> {
  const manifest = await ensureGenerated(BENCH, 'bench', 'bench', log);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(resolve(WORK, 'sample', 'fgj'), { recursive: true });
  const calls =
    readFileSync(resolve(BENCH, 'fgj', 'sabanas_llamadas.csv'), 'utf8')
      .split('\n', SAMPLE + 1)
      .join('\n') + '\n';
  writeFileSync(resolve(WORK, 'sample', 'fgj', 'sabanas_llamadas.csv'), calls);
  copyFileSync(resolve(BENCH, 'manifest.json'), resolve(WORK, 'sample', 'manifest.json'));
  const heap = process.env['TRAMA_DB_HEAP'] ?? '2g';
  const pageCacheMb = Number(process.env['TRAMA_DB_PAGECACHE_MB'] ?? 1024);
  const c = await connect({ embeddedDir: resolve(WORK, 'db'), heap, pageCacheMb, log });
  try {
    await applySchemaFiles(c.driver);
    const load0 = loadavg()[0] ?? 0;
    const raw1 = await ceiling(c.driver, 1);
    const raw = await ceiling(c.driver, DEFAULT_LANES);
    log(
      `ceiling: raw UNWIND CREATE of flat nodes: ${fmt(raw1)} rows/s in one transaction at a time, ${fmt(raw)} rows/s with ${DEFAULT_LANES} in flight`,
    );
    const base = await sampleRate(c.driver, 1000, 1);
    log(`baseline: ${fmt(SAMPLE)} call records, one batch of 1,000 at a time: ${fmt(base)} rows/s`);
    const ours = await sampleRate(c.driver, DEFAULT_BATCH, DEFAULT_LANES);
    log(
      `same rows, batches of ${fmt(DEFAULT_BATCH)} in ${DEFAULT_LANES} lanes: ${fmt(ours)} rows/s (${(ours / base).toFixed(2)}x)`,
    );
    const full = await loadFeeds(c.driver, BENCH, { log });
    const nodes = await countOf(c.driver, 'MATCH (n:Entity) RETURN count(n) AS n');
    const rels = await countOf(c.driver, 'MATCH ()-[r]->() RETURN count(r) AS n');
    const load1 = loadavg()[0] ?? 0;
    log('');
    log(
      `bench scale: ${fmt(full.rowsThisRun)} rows -> ${fmt(nodes)} nodes, ${fmt(rels)} relationships in ${(full.seconds / 60).toFixed(1)} min`,
    );
    log(`bench load: ${fmt(full.rowsPerSec)} rows/s (target 50,000)`);
    log(
      `ratio to baseline (one batch of 1,000 at a time): ${(full.rowsPerSec / base).toFixed(2)}x; to the raw CREATE ceiling: ${(full.rowsPerSec / raw).toFixed(2)}x`,
    );
    const offline = await importCeiling(c.driver, resolve(WORK, 'offline'), {
      heap,
      pageCacheMb,
      log,
    });
    const offlineSeconds = offline.importSeconds + offline.indexSeconds;
    const offlineRate = full.rowsThisRun / offlineSeconds;
    log(
      `offline ceiling: neo4j-admin database import wrote the same graph in ${offline.importSeconds.toFixed(0)} s and its indexes took ${offline.indexSeconds.toFixed(0)} s: ${fmt(offlineRate)} rows/s for these ${fmt(full.rowsThisRun)} rows; the loader reaches ${(full.rowsPerSec / offlineRate).toFixed(2)}x of it`,
    );
    log(
      `machine: load average ${load0.toFixed(1)} at start, ${load1.toFixed(1)} at end; Neo4j heap ${heap}, page cache ${pageCacheMb} MB`,
    );
    writeFileSync(
      resolve(WORK, 'results.json'),
      JSON.stringify(
        {
          seed: manifest.generator.seed,
          rows: full.rowsThisRun,
          nodes,
          rels,
          seconds: full.seconds,
          rowsPerSec: full.rowsPerSec,
          baselineBatch1000: base,
          sampleDefaultBatch: ours,
          rawCreateCeiling: raw,
          rawCreateCeilingOneLane: raw1,
          offline: { ...offline, rowsPerSec: offlineRate },
          lanes: DEFAULT_LANES,
          loadAverage: [load0, load1],
          heap,
          pageCacheMb,
          files: full.files,
        },
        null,
        2,
      ),
    );
  } finally {
    await c.close();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? e);
  process.exit(1);
});
