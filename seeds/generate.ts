// The deterministic Mexico City dataset generator: `generate({ seed, scale, outDir })` writes
// one CSV per agency feed (outDir/<agency>/<feed>.csv), the ground truth (outDir/truth/) and
// manifest.json. Same seed and scale give byte-identical files; manifest.json is written last,
// so its presence means the generation completed.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ctx } from './gen/context.js';
import { generatorCodeHash } from './gen/code-hash.js';
import { plantBadRows } from './gen/bad-rows.js';
import { plantCalls } from './gen/calls.js';
import { backgroundCompanies } from './gen/companies.js';
import { backgroundCrime, makeBusinesses } from './gen/crime.js';
import { Finance } from './gen/finance.js';
import { launder } from './gen/laundering.js';
import { finishManifest } from './gen/finish.js';
import { plantGenderViolence } from './gen/gv.js';
import { emptyManifest, type Manifest } from './gen/manifest.js';
import { c5Noise, civicArrests, geoFeeds } from './gen/misc.js';
import { orgCrimes, plantOrganisations } from './gen/orgs.js';
import { backgroundVehicles } from './gen/vehicles.js';
import { buildWorld } from './gen/world.js';

export type { Manifest } from './gen/manifest.js';

/** Named scales, as target numbers of agency-record nodes (the 2,514 geography nodes come on top). */
export const SCALES = { demo: 17_500, bench: 1_000_000 } as const;
export type ScaleName = keyof typeof SCALES;

export interface GenerateOptions {
  seed: string | number;
  scale: ScaleName | number;
  outDir: string;
  log?: (msg: string) => void;
}

export function scaleNodes(scale: ScaleName | number): number {
  const n = typeof scale === 'number' ? scale : SCALES[scale];
  if (!Number.isFinite(n) || n < 500)
    throw new Error(`scale must be at least 500 nodes, got ${scale}`);
  return Math.round(n);
}

export async function generate(opts: GenerateOptions): Promise<Manifest> {
  const n = scaleNodes(opts.scale);
  const started = performance.now();
  const say = opts.log ?? ((): void => {});
  const log = (msg: string): void =>
    say(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${msg}`);
  const outDir = resolve(opts.outDir);
  mkdirSync(outDir, { recursive: true });
  rmSync(resolve(outDir, 'manifest.json'), { force: true });
  const manifest = emptyManifest(
    String(opts.seed),
    n,
    typeof opts.scale === 'number' ? 'custom' : opts.scale,
    generatorCodeHash(),
  );
  const ctx = new Ctx(String(opts.seed), n, outDir, manifest);
  try {
    geoFeeds(ctx);
    const w = buildWorld(ctx);
    log(`population: ${w.pop.people.length} people in ${w.pop.households.length} households`);
    makeBusinesses(w, ctx.count(8, 10));
    backgroundVehicles(w, ctx.count(14, 10));
    log('businesses and vehicles');
    const orgs = plantOrganisations(w);
    backgroundCompanies(w, ctx.count(5, 5));
    for (const org of orgs) orgCrimes(w, org, org.members.length * 2);
    const gv = plantGenderViolence(w, ctx.count(1.5, 4));
    log(`planted ${orgs.length} organisations and ${gv.length} gender-violence cases`);
    backgroundCrime(w, ctx.count(70, 50));
    c5Noise(w, ctx.count(55, 40));
    civicArrests(w, ctx.count(6, 5));
    log('crime, 911 calls and arrests');
    const finance = new Finance(w);
    let ops = 0;
    for (const org of orgs) ops += launder(finance, w, org);
    const opsBudget = ctx.count(100, 50);
    while (ops < opsBudget) {
      const rng = ctx.rng;
      const holder = w.adults.pick(rng);
      if (!holder) break;
      ops += finance.backgroundReport({ kind: 'PF', person: holder }, rng.range(10, 60));
    }
    log(`financial intelligence: ${ops} operations`);
    // Call records grow faster than the city: bigger data sets hold more investigations per
    // person. Demo stays light (loads in seconds); bench reaches ~5 relationships per node.
    const callsPer1000 = Math.min(3300, 1200 + 2100 * Math.sqrt(n / 1_000_000));
    const calls = plantCalls(w, orgs, gv, ctx.count(callsPer1000, 500));
    log(`call records: ${calls}`);
    plantBadRows(ctx);
    finishManifest(w, orgs);
  } finally {
    ctx.close();
  }
  writeFileSync(resolve(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Generates unless `dir` already holds a complete generation of the same seed, scale and version. */
export async function ensureGenerated(
  dir: string,
  seed: string,
  scale: ScaleName | number,
  log: (msg: string) => void,
): Promise<Manifest> {
  const file = resolve(dir, 'manifest.json');
  if (existsSync(file)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    const g = m.generator;
    if (g.code === generatorCodeHash() && g.seed === seed && g.scale === scaleNodes(scale)) {
      log(`Using the data already generated in ${dir}`);
      return m;
    }
  }
  const started = performance.now();
  log(`Generating scale ${scale} with seed "${seed}" into ${dir}…`);
  // Generate aside and swap in, so a reader (or a second process) never sees half a data set.
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const m = await generate({ seed, scale, outDir: tmp, log });
  if (existsSync(dir)) renameSync(dir, old);
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process put the same files there
  }
  rmSync(old, { recursive: true, force: true });
  const rows = Object.values(m.rows).reduce((a, b) => a + b, 0);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  log(`Generated ${rows.toLocaleString('en-US')} rows in ${secs} s`);
  return m;
}
