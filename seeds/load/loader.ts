// loadFeeds: loads every known feed found under `dir` (<agency>/<feed>.csv) in dependency order.
// Each batch is one transaction holding all of its Cypher steps and the file's checkpoint, so a
// crash leaves no partial batch and a rerun resumes where the committed batches end. Loading
// the same files twice changes nothing: every write is a MERGE on source + source id.
// The batches of one file run in parallel lanes (one transaction each, ADR 0007); files run one
// after the other, so every reference to an earlier file resolves.

import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { FeedPath } from '../feeds/columns.js';
import { batches, type Batch } from './batches.js';
import {
  commitBatch,
  committed as isCommitted,
  fingerprint,
  readCheckpoint,
  writeCheckpoint,
  type Checkpoint,
} from './checkpoint.js';
import { packRows } from './packed.js';
import { ProgressBar } from './progress.js';
import { loadQuery } from './queries.js';
import { LOAD_ORDER, feedSpec } from './registry.js';
import { Rejects } from './rejects.js';
import { applySchemaFiles, deferIndexes } from './schema.js';
import type { FeedSpec } from './spec.js';
import { printSummary, type FileSummary, type LoadSummary } from './summary.js';

export type { FileSummary, LoadSummary } from './summary.js';

export interface LoadOptions {
  database?: string;
  /** Rows per transaction (default 5,000). */
  batchSize?: number;
  /** Transactions in flight for feeds marked parallel (default TRAMA_LOAD_LANES or 2). */
  lanes?: number;
  /** Draw a progress bar when stdout is a terminal (default true). */
  progress?: boolean;
  log?: (msg: string) => void;
  /** Resume from checkpoints (default true); false reloads every file from its first row. */
  resume?: boolean;
  /** Only these feeds (default: every known feed present in dir). */
  feeds?: readonly FeedPath[];
  /** Name of the data set in checkpoints (default: the directory's name, e.g. "demo"). */
  dataset?: string;
  /**
   * Defer the model's secondary indexes and rebuild them after the load (ADR 0007). Default:
   * when the graph holds no entities yet.
   */
  bulk?: boolean;
  /** Test hook: fail inside the transaction of the batch after this many committed batches. */
  crashAfterBatches?: number;
}

/** Large enough to amortise each round trip, small enough to keep Neo4j's heap calm (GC). */
export const DEFAULT_BATCH = 5_000;
/** Two transactions in flight keep both cores of a small machine busy (see bench:load). */
export const DEFAULT_LANES = Number(process.env['TRAMA_LOAD_LANES'] ?? 2);

type Missing = { line: number; step: string };

async function graphIsEmpty(session: Session): Promise<boolean> {
  const res = await session.run('MATCH (n:Entity) RETURN count(n) AS n');
  return neo4j.integer.toNumber(res.records[0]?.get('n') as number) === 0;
}

interface FileRun {
  feed: FeedPath;
  spec: FeedSpec;
  key: string;
  path: string;
  cp: Checkpoint;
  /** Rows past the checkpoint of an unchanged file (or of a file never loaded) are new. */
  fresh: boolean;
}

/** Everything loadFeeds shares with the lanes of one file. */
interface Context {
  driver: Driver;
  opts: LoadOptions;
  log: (msg: string) => void;
  rejects: Rejects;
  ingestedAt: unknown;
  committedBatches: number;
}

/** Writes one batch and its checkpoint in one transaction; returns the updated checkpoint. */
async function writeBatch(ctx: Context, run: FileRun, session: Session, b: Batch) {
  ctx.rejects.add(b.rejects); // before commit: if it rolls back, a resume drops these lines
  const crash =
    ctx.opts.crashAfterBatches !== undefined && ctx.committedBatches >= ctx.opts.crashAfterBatches;
  const attempt = (useFresh: boolean) =>
    session.executeWrite(async (tx) => {
      const missing: Missing[] = [];
      for (const [step, rows] of b.steps) {
        if (rows.length === 0) continue;
        const name = (useFresh ? run.spec.fresh?.[step] : undefined) ?? step;
        const { query, params } = packRows(loadQuery(name), rows, { ingestedAt: ctx.ingestedAt });
        const res = await tx.run(query, params);
        for (const rec of res.records) {
          if (!rec.has('missing')) continue;
          for (const line of rec.get('missing') as unknown[])
            missing.push({ line: neo4j.integer.toNumber(line as number), step });
        }
        if (crash)
          throw new Error(
            `simulated crash in ${run.feed} after ${ctx.committedBatches} committed batches`,
          );
      }
      const cp = await commitBatch(tx, run.key, {
        after: b.after,
        last: b.lastLine,
        rows: b.rows,
        loaded: b.loaded - missing.length,
        rejected: b.rejects.length,
        unresolved: missing.length,
      });
      return { cp, missing };
    });
  let result: { cp: Checkpoint; missing: Missing[] };
  try {
    result = await attempt(run.fresh);
  } catch (e) {
    // The graph already holds some of these rows (its checkpoints were removed): use MERGE.
    if (
      !run.fresh ||
      (e as { code?: string }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed'
    )
      throw e;
    if (run.fresh) ctx.log(`${run.feed}: rows already in the graph; continuing with MERGE`);
    run.fresh = false;
    result = await attempt(false);
  }
  ctx.rejects.add(
    result.missing.map((m) => ({
      file: run.feed,
      line: m.line,
      reason: `unresolved reference (${m.step}): a record it points to is not in the graph`,
    })),
  );
  ctx.committedBatches++;
  return result.cp;
}

/** Loads the batches of one file through `lanes` concurrent transactions. */
async function loadFile(ctx: Context, run: FileRun, lanes: number, bar: ProgressBar) {
  const size = ctx.opts.batchSize ?? run.spec.batchSize ?? DEFAULT_BATCH;
  const done = { lastLine: run.cp.lastLine, ahead: run.cp.ahead };
  const it = batches(run.path, run.spec, size, (line) => isCommitted(done, line));
  let rowsThisRun = 0;
  let failure: unknown = null;
  const lane = async (): Promise<void> => {
    const session = ctx.driver.session({
      database: ctx.opts.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      while (failure === null) {
        const next = await it.next(); // an async generator queues concurrent calls
        if (next.done) return;
        const cp = await writeBatch(ctx, run, session, next.value);
        rowsThisRun += next.value.rows;
        if (cp.rows > run.cp.rows) Object.assign(run.cp, cp);
        bar.update(run.cp.rows);
      }
    } catch (e) {
      failure ??= e;
    } finally {
      await session.close();
    }
  };
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    await it.return(undefined);
  }
  if (failure !== null) throw failure as Error;
  return rowsThisRun;
}

export async function loadFeeds(
  driver: Driver,
  dir: string,
  opts: LoadOptions = {},
): Promise<LoadSummary> {
  const root = resolve(dir);
  const log = opts.log ?? ((): void => {});
  const now = new Date();
  const ctx: Context = {
    driver,
    opts,
    log,
    rejects: new Rejects(resolve(root, 'rejects.csv')),
    ingestedAt: new neo4j.types.DateTime(
      now.getUTCFullYear(),
      now.getUTCMonth() + 1,
      now.getUTCDate(),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds() * 1e6,
      0,
    ),
    committedBatches: 0,
  };
  const { rejects } = ctx;
  const session = driver.session({
    database: opts.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  const started = performance.now();
  const files: FileSummary[] = [];
  const bulk = opts.bulk ?? (await graphIsEmpty(session));
  if (bulk) log(`Empty graph: bulk load, ${await deferIndexes(session)} indexes deferred`);
  let failure: unknown = null;
  /** Files (re)loaded in this run, for the feeds that must follow them (FeedSpec.rerunAfter). */
  const reloaded = new Set<string>();
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
      const after = (spec.rerunAfter ?? []).filter((f) => reloaded.has(f));
      const rerun = after.length > 0;
      const unchanged = prior !== null && prior.sha256 === sha256;
      if (rerun && unchanged) log(`${feed}: unchanged, loaded again after ${after.join(', ')}`);
      const same = unchanged && !rerun;
      if (same && prior.done) {
        rejects.carry(feed, () => true);
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
        ? { ...prior, ahead: [...prior.ahead] }
        : {
            sha256,
            lastLine: 1,
            ahead: [],
            rows: 0,
            loaded: 0,
            rejected: 0,
            unresolved: 0,
            done: false,
          };
      if (same) {
        rejects.carry(feed, (line) => isCommitted(prior, line));
        log(`${feed}: resuming after line ${prior.lastLine}`);
      } else {
        await session.executeWrite((tx) => writeCheckpoint(tx, key, cp));
      }
      const run: FileRun = {
        feed,
        spec,
        key,
        path,
        cp,
        fresh: opts.resume !== false && (prior === null || same),
      };
      const resumedFrom = cp.lastLine;
      const total = Math.max(0, lines - 1);
      const bar = new ProgressBar(
        feed,
        total,
        opts.progress !== false && process.stdout.isTTY === true,
      );
      const lanes = spec.parallel ? Math.max(1, opts.lanes ?? DEFAULT_LANES) : 1;
      const rowsThisRun = await loadFile(ctx, run, lanes, bar);
      reloaded.add(feed);
      cp.done = true;
      await session.executeWrite((tx) =>
        tx.run('MATCH (lp:LoadProgress {file: $key}) SET lp.done = true', { key }),
      );
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
  } catch (e) {
    failure = e;
  } finally {
    await session.close();
  }
  if (bulk) {
    // Also after a failure: the graph must never be left without its indexes.
    const t = performance.now();
    try {
      await applySchemaFiles(driver, opts.database);
      log(`Indexes rebuilt in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    } catch (e) {
      if (failure === null) throw e;
      log(`Rebuilding the indexes failed too: ${(e as Error).message}`);
    }
  }
  if (failure !== null) throw failure as Error;
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
