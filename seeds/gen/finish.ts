// Completes the manifest once every feed is written: row counts, repeat offenders, the records
// behind each planted person, same-person statistics and an estimate of the node count.

import { FEED_COLUMNS, type FeedPath } from '../feeds/columns.js';
import type { OrgWorld } from './orgs.js';
import type { Person } from './population.js';
import type { World } from './world.js';

const SLOTS: [string, string][] = [
  ['FGJ:persona', 'FGJ:persona'],
  ['PEN:interno', 'PEN:interno'],
  ['PEN:visitante', 'PEN:visitante'],
  ['CJM:persona', 'CJM:persona'],
  ['SSCI:persona', 'SSC:persona'],
  ['UIF:sujeto', 'UIF:sujeto'],
  ['RPC:socio', 'RPC:socio'],
  ['CDMX:propietario', 'CDMX:propietario'],
];

/** Entity ids of the registry records currently held for p (detainee records are in truth/). */
export function recordIds(p: Person): string[] {
  const out: string[] = [];
  for (const [slot, prefix] of SLOTS) {
    const id = p.rec[slot];
    if (id !== undefined) out.push(`${prefix}:${id}`);
  }
  return out;
}

export function finishManifest(w: World, orgs: OrgWorld[]): void {
  const m = w.ctx.manifest;
  const byTid = (tid: string): Person | undefined => w.pop.people[Number(tid.slice(1)) - 1];
  for (const o of orgs)
    for (const mem of o.plant.members) mem.records = recordIds(byTid(mem.truthId) as Person);
  for (const g of m.planted.genderViolence) {
    g.aggressorRecords = recordIds(byTid(g.aggressor) as Person);
    g.victimRecords = recordIds(byTid(g.victim) as Person);
  }
  m.planted.repeatOffenders = [...w.justice.suspectCounts.entries()]
    .filter(([, c]) => c.carpetas >= 3)
    .sort((a, b) => b[1].carpetas - a[1].carpetas || a[0] - b[0])
    .map(([tid, c]) => ({
      truthId: `P${tid}`,
      carpetas: c.carpetas,
      arrests: c.arrests,
      records: recordIds(w.pop.people[tid - 1] as Person),
    }));
  let persons = 0;
  let records = 0;
  let multi = 0;
  for (const [mask, n] of w.records.perPerson.values()) {
    persons++;
    records += n;
    if ((mask & (mask - 1)) !== 0) multi++;
  }
  m.planted.samePerson = { file: 'truth/person_records.csv', persons, records, multiAgency: multi };
  m.planted.minors = w.justice.minors;
  for (const path of Object.keys(FEED_COLUMNS) as FeedPath[]) m.rows[path] = w.ctx.out[path].rows;
}
