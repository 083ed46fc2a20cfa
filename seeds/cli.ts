// The seed command line:
//   npm run seed -- generate --scale demo --seed 1 --out data/seeds/demo
//   npm run seed -- load --dir data/seeds/demo [--batch 5000] [--no-resume]
//   npm run seed -- bench [--seed bench]
//   npm run seed -- demo            (the API's start-up step: demo data on an empty database)
// Connection: --uri/--user/--password/--database or NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
// NEO4J_DATABASE. Without a URI, `load` and `demo` use the application's database (running, or
// started embedded in data/), and `bench` starts a private embedded Neo4j in data/bench/.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from './connect.js';
import { REPO_ROOT } from './geo/cdmx.js';
import { ensureGenerated, generate, SCALES, type ScaleName } from './generate.js';
import { loadFeeds } from './load/loader.js';
import { applySchemaFiles } from './load/schema.js';
import { seedDemoIfEmpty } from './load/seed-demo.js';

const log = (m: string): void => console.log(m);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string', default: 'demo' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    dir: { type: 'string' },
    batch: { type: 'string' },
    'no-resume': { type: 'boolean', default: false },
    uri: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    database: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const scaleOf = (s: string): ScaleName | number => (s in SCALES ? (s as ScaleName) : Number(s));

async function main(): Promise<void> {
  const cmd = positionals[0];
  const conn = {
    uri: values.uri,
    user: values.user,
    password: values.password,
    database: values.database,
    log,
  };
  if (values.help || !cmd) {
    console.log(
      readFileSync(new URL(import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('//'))
        .slice(0, 9)
        .join('\n'),
    );
    return;
  }
  if (cmd === 'generate') {
    const out = resolve(values.out ?? resolve(REPO_ROOT, 'data', 'seeds', values.scale));
    await generate({ seed: values.seed, scale: scaleOf(values.scale), outDir: out, log });
    log(`Wrote ${out}`);
  } else if (cmd === 'load' || cmd === 'demo') {
    const c = await connect({
      ...conn,
      embeddedDir: resolve(process.env['TRAMA_DATA_DIR'] ?? resolve(REPO_ROOT, 'data')),
      preferRunningApp: true,
    });
    try {
      await applySchemaFiles(c.driver, c.database);
      if (cmd === 'demo') {
        const s = await seedDemoIfEmpty(c.driver, { database: c.database, log });
        if (!s) log('The database already holds data; nothing to do.');
      } else {
        if (!values.dir)
          throw new Error('load needs --dir <folder with <agency>/<feed>.csv files>');
        await loadFeeds(c.driver, resolve(values.dir), {
          database: c.database,
          log,
          batchSize: values.batch ? Number(values.batch) : undefined,
          resume: !values['no-resume'],
        });
      }
    } finally {
      await c.close();
    }
  } else if (cmd === 'bench') {
    const dir = resolve(REPO_ROOT, 'data', 'seeds', 'bench');
    await ensureGenerated(dir, values.seed === '1' ? 'bench' : values.seed, 'bench', log);
    const c = await connect({ ...conn, embeddedDir: resolve(REPO_ROOT, 'data', 'bench') });
    try {
      await applySchemaFiles(c.driver, c.database);
      const s = await loadFeeds(c.driver, dir, {
        database: c.database,
        log,
        batchSize: values.batch ? Number(values.batch) : undefined,
      });
      log(
        `Bench load: ${Math.round(s.rowsPerSec).toLocaleString('en-US')} rows/s over ${s.rowsThisRun.toLocaleString('en-US')} rows`,
      );
    } finally {
      await c.close();
    }
  } else {
    throw new Error(`unknown command ${cmd} (generate, load, bench, demo)`);
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
