// loadFeeds: loads every known feed found under `dir` (<agency>/<feed>.csv) in dependency order.
// Each batch is one transaction holding all of its Cypher steps and the file's checkpoint, so a
// crash leaves no partial batch and a rerun resumes where the last commit ended. Loading the
// same files twice changes nothing: every write is a MERGE on source + source id.

import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { FeedPath } from '../feeds/columns.js';
import { batches, type Batch } from './batches.js';
import { fingerprint, readCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoint.js';
import { ProgressBar } from './progress.js';
import { loadQuery } from './queries.js';
import { LOAD_ORDER, feedSpec } from './registry.js';
import { Rejects } from './rejects.js';
import { printSummary, type FileSummary, type LoadSummary } from './summary.js';

export type { FileSummary, LoadSummary } from './summary.js';

export interface LoadOptions {
  database?: string;
  /** Rows per transaction (default 5,000). */
  batchSize?: number;
  /** Draw a progress bar when stdout is a terminal (default true). */
  progress?: boolean;
  log?: (msg: string) => void;
  /** Resume from checkpoints (default true); false reloads every file from its first row. */
  resume?: boolean;
  /** Only these feeds (default: every known feed present in dir). */
  feeds?: readonly FeedPath[];
  /** Name of the data set in checkpoints (default: the directory's name, e.g. "demo"). */
  dataset?: string;
  /** Test hook: fail inside the transaction of the batch after this many committed batches. */
  crashAfterBatches?: number;
}

/** Large enough to amortise each round trip, small enough to keep Neo4j's heap calm (GC). */
export const DEFAULT_BATCH = 5_000;

export async function loadFeeds(
  driver: Driver,
  dir: string,
  opts: LoadOptions = {},
): Promise<LoadSummary> {
  const root = resolve(dir);
  const log = opts.log ?? ((): void => {});
  const rejects = new Rejects(resolve(root, 'rejects.csv'));
  const now = new Date();
  const ingestedAt = new neo4j.types.DateTime(
    now.getUTCFullYear(),
    now.getUTCMonth() + 1,
    now.getUTCDate(),
    now.getUTCHours(),
    now.getUTCMinutes(),
    now.getUTCSeconds(),
    now.getUTCMilliseconds() * 1e6,
    0,
  );
  const session = driver.session({
    database: opts.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  const started = performance.now();
  const files: FileSummary[] = [];
  let committed = 0;
  try {
    for (const feed of LOAD_ORDER) {
      if (opts.feeds && !opts.feeds.includes(feed)) continue;
      const path = resolve(root, feed);
      if (!existsSync(path)) continue;
      const spec = feedSpec(feed);
      const fileStart = performance.now();
      const { sha256, lines } = await fingerprint(path);
      const key = `${opts.dataset ?? basename(root)}/${feed}`;
      const prior = opts.resume === false ? null : await readCheckpoint(session, key);
      const same = prior !== null && prior.sha256 === sha256;
      if (same && prior.done) {
        rejects.carry(feed, Infinity);
        files.push({
          file: feed,
          rows: prior.rows,
          loaded: prior.loaded,
          rejected: prior.rejected,
          unresolved: prior.unresolved,
          skipped: true,
          resumedFrom: prior.lastLine,
          seconds: 0,
          rowsPerSec: 0,
          rowsThisRun: 0,
        });
        log(`${feed}: already loaded (${prior.rows} rows), skipped`);
        continue;
      }
      const cp: Checkpoint = same
        ? { ...prior }
        : { sha256, lastLine: 1, rows: 0, loaded: 0, rejected: 0, unresolved: 0, done: false };
      if (same) {
        rejects.carry(feed, prior.lastLine);
        log(`${feed}: resuming after line ${prior.lastLine}`);
      }
      const resumedFrom = cp.lastLine;
      const total = Math.max(0, lines - 1);
      const bar = new ProgressBar(
        feed,
        total,
        opts.progress !== false && process.stdout.isTTY === true,
      );
      const size = opts.batchSize ?? spec.batchSize ?? DEFAULT_BATCH;
      let rowsThisRun = 0;
      // Rows past the checkpoint of an unchanged file (or of a file never loaded) are new.
      let fresh = opts.resume !== false && (prior === null || same);
      const write = async (b: Batch | null): Promise<void> => {
        const next: Checkpoint = b
          ? {
              ...cp,
              lastLine: b.lastLine,
              rows: cp.rows + b.rows,
              loaded: cp.loaded + b.loaded,
              rejected: cp.rejected + b.rejects.length,
            }
          : { ...cp, done: true };
        if (b) rejects.add(b.rejects); // before commit: if it rolls back, carry() drops these lines
        const crash =
          b !== null && opts.crashAfterBatches !== undefined && committed >= opts.crashAfterBatches;
        const run = (useFresh: boolean): Promise<{ line: number; step: string }[]> =>
          session.executeWrite(async (tx) => {
            const missing: { line: number; step: string }[] = [];
            for (const [step, rows] of b?.steps ?? []) {
              if (rows.length === 0) continue;
              const query = loadQuery((useFresh ? spec.fresh?.[step] : undefined) ?? step);
              const res = await tx.run(query, { rows, ingestedAt });
              for (const rec of res.records) {
                if (!rec.has('missing')) continue;
                for (const line of rec.get('missing') as unknown[])
                  missing.push({ line: neo4j.integer.toNumber(line as number), step });
              }
              if (crash)
                throw new Error(`simulated crash in ${feed} after ${committed} committed batches`);
            }
            await writeCheckpoint(tx, key, {
              ...next,
              unresolved: next.unresolved + missing.length,
              loaded: next.loaded - missing.length,
            });
            return missing;
          });
        let lost: { line: number; step: string }[];
        try {
          lost = await run(fresh);
        } catch (e) {
          // The graph already holds some of these rows (its checkpoints were removed): use MERGE.
          if (
            !fresh ||
            (e as { code?: string }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed'
          )
            throw e;
          fresh = false;
          log(`${feed}: rows already in the graph; continuing with MERGE`);
          lost = await run(false);
        }
        rejects.add(
          lost.map((m) => ({
            file: feed,
            line: m.line,
            reason: `unresolved reference (${m.step}): a record it points to is not in the graph`,
          })),
        );
        Object.assign(cp, next, {
          unresolved: next.unresolved + lost.length,
          loaded: next.loaded - lost.length,
        });
        if (!b) return;
        committed++;
        rowsThisRun += b.rows;
        bar.update(cp.rows);
      };
      // The next batch is parsed while the database writes the current one.
      const it = batches(path, spec, size, cp.lastLine);
      try {
        let current = await it.next();
        while (!current.done) {
          const pending = it.next();
          pending.catch(() => undefined); // observed below; avoids an unhandled-rejection warning
          await write(current.value);
          current = await pending;
        }
        await write(null);
      } finally {
        await it.return(undefined);
      }
      bar.update(cp.rows, true);
      bar.finish();
      const seconds = (performance.now() - fileStart) / 1000;
      const summary: FileSummary = {
        file: feed,
        rows: cp.rows,
        loaded: cp.loaded,
        rejected: cp.rejected,
        unresolved: cp.unresolved,
        skipped: false,
        resumedFrom,
        seconds,
        rowsPerSec: seconds > 0 ? rowsThisRun / seconds : 0,
        rowsThisRun,
      };
      files.push(summary);
      if (!bar.enabled)
        log(
          `${feed}: ${summary.rows} rows, ${summary.rejected} rejected, ${summary.unresolved} unresolved, ${Math.round(summary.rowsPerSec)} rows/s`,
        );
    }
  } finally {
    await session.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const sum = (k: 'rows' | 'loaded' | 'rejected' | 'unresolved' | 'rowsThisRun'): number =>
    files.reduce((t, f) => t + f[k], 0);
  const result: LoadSummary = {
    dir: root,
    files,
    rows: sum('rows'),
    loaded: sum('loaded'),
    rejected: sum('rejected'),
    unresolved: sum('unresolved'),
    rowsThisRun: sum('rowsThisRun'),
    seconds,
    rowsPerSec: seconds > 0 ? sum('rowsThisRun') / seconds : 0,
    rejectsFile: rejects.path,
  };
  printSummary(result, log);
  return result;
}
