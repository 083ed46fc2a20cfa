// How well "posible misma persona" suggestions match the demo's ground truth (ADR 0015): for a
// sample of person records, the suggestions the API would give a supervisor (every compartment),
// compared with the generator's truth/person_records.csv (which records are one person).
//
//   npm run eval:same-person                 # the demo database Trama uses (started if need be)
//   TRUTH=path/to/person_records.csv EVAL_N=400 npm run eval:same-person
//
// Prints precision per score band, recall (of the other records of each person, how many were
// suggested, within the 5 shown), and the time per suggestion. The baseline, in the same run:
// what an analyst had before, searching the record's name and taking the first 5 other people.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_USERS } from '../api/src/auth/demo-users.js';
import type { User } from '../api/src/auth/roles.js';
import { loadConfig } from '../api/src/config.js';
import { connectForCli } from '../api/src/db/connect.js';
import { Executor } from '../api/src/db/executor.js';
import { samePersonCandidates } from '../api/src/graphql/explore/same-person.js';
import { ExploreService } from '../api/src/graphql/explore/service.js';

const SHOWN = 5;
const config = loadConfig();
const truthFile =
  process.env.TRUTH ??
  path.join(config.TRAMA_DATA_DIR, 'seeds', 'demo', 'truth', 'person_records.csv');
const n = Number(process.env.EVAL_N ?? 500);

const personOf = new Map<string, string>();
for (const line of readFileSync(truthFile, 'utf8').trim().split('\n').slice(1)) {
  const [truth, record] = line.split(',');
  personOf.set(record!, truth!);
}
const records = new Map<string, string[]>();
for (const [record, truth] of personOf) records.set(truth, [...(records.get(truth) ?? []), record]);

// Every k-th record, so the sample spreads over agencies and noise kinds the same each run.
const all = [...personOf.keys()].sort();
const step = Math.max(1, Math.floor(all.length / n));
const sample = all.filter((_r, i) => i % step === 0).slice(0, n);

const supervisor = DEMO_USERS.find((u) => u.roles.includes('SUPERVISOR'))!;
const viewer: User = { ...supervisor, active: true } as User;

const { driver, close } = await connectForCli(config);
try {
  const db = new Executor(driver, config.NEO4J_DATABASE);
  const bands = [
    { name: '≥ 0.8 (CURP, RFC, name and birth date)', min: 0.8, hit: 0, all: 0 },
    { name: '0.5–0.8 (name and a shared identifier)', min: 0.5, hit: 0, all: 0 },
  ];
  let wanted = 0;
  let found = 0;
  let singles = 0;
  let singlesSuggested = 0;
  const ms: number[] = [];
  const base = { shown: 0, right: 0, ms: [] as number[] };
  const explore = new ExploreService(db, viewer);
  for (const id of sample) {
    const truth = personOf.get(id)!;
    const others = new Set(records.get(truth)!.filter((r) => r !== id));
    const t0 = performance.now();
    const got = await samePersonCandidates(db, viewer, id, SHOWN);
    ms.push(performance.now() - t0);
    // The baseline: the record's name in the search box, the first other people it lists.
    const t1 = performance.now();
    const self = await explore.node(id);
    const hits = self ? await explore.search(self.caption, 20) : [];
    const searched = hits
      .filter((h) => h.entity.type === 'Person' && h.entity.id !== id)
      .slice(0, SHOWN);
    base.ms.push(performance.now() - t1);
    base.shown += searched.length;
    base.right += searched.filter((h) => others.has(h.entity.id)).length;
    for (const c of got) {
      const band = bands.find((b) => c.score >= b.min)!;
      band.all++;
      if (others.has(c.entity.id)) band.hit++;
    }
    if (others.size === 0) {
      singles++;
      if (got.length > 0) singlesSuggested++;
      continue;
    }
    wanted += Math.min(SHOWN, others.size);
    found += got.filter((c) => others.has(c.entity.id)).length;
  }
  ms.sort((a, b) => a - b);
  base.ms.sort((a, b) => a - b);
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`\n${sample.length} person records of ${personOf.size} (${truthFile})\n`);
  console.log('suggestions by score               shown   right  precision');
  for (const b of bands)
    console.log(
      `${b.name.padEnd(40)} ${String(b.all).padStart(5)} ${String(b.hit).padStart(7)}  ${pct(b.hit, b.all).padStart(9)}`,
    );
  console.log(
    `\nrecall: ${found} of ${wanted} other records of the same person suggested (${pct(found, wanted)})`,
  );
  console.log(
    `records of a person seen once: ${singlesSuggested} of ${singles} got a suggestion (all wrong by definition)`,
  );
  console.log(
    `baseline, the name searched: ${base.right} right of ${base.shown} shown (precision ${pct(base.right, base.shown)}), recall ${pct(base.right, wanted)}, p50 ${base.ms[Math.floor(base.ms.length / 2)]!.toFixed(1)} ms`,
  );
  console.log(
    `time per record: p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(1)} ms`,
  );
} finally {
  await close();
}
