// Shared state of one generator run: the random streams, the open feed writers, counters for
// agency record numbers, the time window and the ground-truth writer.

import { resolve } from 'node:path';
import { FeedWriter } from '../lib/csv.js';
import { dayOf } from '../lib/dates.js';
import { Rng } from '../lib/prng.js';
import { FEED_COLUMNS, type Columns, type FeedPath } from '../feeds/columns.js';
import { cdmx, type Cdmx } from '../geo/cdmx.js';
import type { Manifest } from './manifest.js';

export const FIRST_DAY = dayOf(2019, 1, 1);
export const LAST_DAY = dayOf(2024, 12, 31);
export const DAYS = LAST_DAY - FIRST_DAY + 1;

type Writers = { [P in FeedPath]: FeedWriter<Columns<P>> };

export class Ctx {
  readonly rng: Rng;
  readonly geo: Cdmx;
  readonly out: Writers;
  readonly truth: FeedWriter<'truth_id' | 'record_id' | 'agency' | 'noise'>;
  private readonly counters = new Map<string, number>();

  constructor(
    readonly seed: string,
    /** Target number of agency-record nodes (geography excluded). */
    readonly scale: number,
    readonly outDir: string,
    readonly manifest: Manifest,
  ) {
    this.rng = new Rng(`trama:${seed}`);
    this.geo = cdmx();
    const out: Partial<Record<FeedPath, FeedWriter<string>>> = {};
    for (const path of Object.keys(FEED_COLUMNS) as FeedPath[]) {
      out[path] = new FeedWriter(resolve(outDir, path), FEED_COLUMNS[path]);
    }
    this.out = out as Writers;
    this.truth = new FeedWriter(resolve(outDir, 'truth', 'person_records.csv'), [
      'truth_id',
      'record_id',
      'agency',
      'noise',
    ]);
  }

  /** Next number in an agency's own sequence ("FGJ persona" 1000001, 1000002…). */
  next(name: string, start = 1): number {
    const n = (this.counters.get(name) ?? start - 1) + 1;
    this.counters.set(name, n);
    return n;
  }

  /** Scaled count: `perThousand` items for every 1000 target nodes, at least `min`. */
  count(perThousand: number, min = 1): number {
    return Math.max(min, Math.round((this.scale * perThousand) / 1000));
  }

  close(): void {
    for (const w of Object.values(this.out)) w.close();
    this.truth.close();
  }
}
