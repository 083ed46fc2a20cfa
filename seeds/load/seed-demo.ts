// The demo data set for a fresh install: on a database without agency data it generates the
// demo scale (fixed seed, deterministic) into data/seeds/demo and loads it. An interrupted demo
// load is resumed on the next start; a database holding other data is left alone.

import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { REPO_ROOT } from '../geo/cdmx.js';
import { ensureGenerated } from '../generate.js';
import { loadFeeds, type LoadSummary } from './loader.js';
import { LOAD_ORDER } from './registry.js';

export const DEMO_SEED = 'trama-demo';
export const DEMO_DIR = resolve(REPO_ROOT, 'data', 'seeds', 'demo');

export interface SeedDemoOptions {
  database?: string;
  log?: (msg: string) => void;
  /** Where to write the generated feeds (default data/seeds/demo). */
  dir?: string;
}

async function state(
  driver: Driver,
  database: string | undefined,
): Promise<{ hasData: boolean; checkpoints: number; done: number }> {
  const res = await driver.executeQuery(
    `OPTIONAL MATCH (lp:LoadProgress) WHERE lp.file STARTS WITH 'demo/'
     RETURN EXISTS { MATCH (n:Entity) WHERE NOT (n:Alcaldia OR n:Colonia OR n:Cuadrante) } AS hasData,
            count(lp) AS checkpoints, count(CASE WHEN lp.done THEN 1 END) AS done`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  const r = res.records[0];
  const n = (k: string): number => neo4j.integer.toNumber((r?.get(k) ?? 0) as number);
  return { hasData: r?.get('hasData') === true, checkpoints: n('checkpoints'), done: n('done') };
}

/** Loads the demo data when the database has no agency data (or an unfinished demo load). */
export async function seedDemoIfEmpty(
  driver: Driver,
  opts: SeedDemoOptions = {},
): Promise<LoadSummary | null> {
  const log = opts.log ?? ((): void => {});
  const s = await state(driver, opts.database);
  const demoComplete = s.checkpoints >= LOAD_ORDER.length && s.done === s.checkpoints;
  if (s.hasData && (s.checkpoints === 0 || demoComplete)) return null;
  const dir = opts.dir ?? DEMO_DIR;
  await ensureGenerated(dir, DEMO_SEED, 'demo', log);
  // With agency data present the demo load was interrupted: resume it. Without, any demo
  // checkpoints are stale (their data was deleted): load everything again.
  log(s.hasData ? 'Resuming the interrupted demo load…' : 'Loading the demo data set…');
  return loadFeeds(driver, dir, {
    database: opts.database,
    log,
    progress: false,
    resume: s.hasData,
    dataset: 'demo',
  });
}
