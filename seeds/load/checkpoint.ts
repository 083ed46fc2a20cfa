// Resumability: one (:LoadProgress {file: "<data set>/<feed>"}) node per feed file, updated in
// the same transaction as each batch, so after a crash the loader resumes where the committed
// batches end and never replays or half-applies a batch. The file's sha256 ties the checkpoint
// to its content.
//
// Batches of one file commit in parallel lanes, so they may commit out of order. `lastLine` is
// the watermark (every line up to it is committed); `ahead` lists the line ranges (after, last]
// committed beyond it. A batch takes the checkpoint's write lock before reading it (the last
// statement of its transaction), so concurrent commits never lose each other's update.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ManagedTransaction, Session } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

export interface Checkpoint {
  sha256: string;
  lastLine: number;
  /** Ranges (after, last] committed past lastLine. */
  ahead: [number, number][];
  rows: number;
  loaded: number;
  rejected: number;
  unresolved: number;
  done: boolean;
}

/** What one committed batch adds to its file's checkpoint. */
export interface BatchDelta {
  after: number;
  last: number;
  rows: number;
  loaded: number;
  rejected: number;
  unresolved: number;
}

/** sha256 and number of lines of a file, in one streaming pass. */
export async function fingerprint(path: string): Promise<{ sha256: string; lines: number }> {
  const hash = createHash('sha256');
  let lines = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { sha256: hash.digest('hex'), lines };
}

function fromRecord(lp: Record<string, unknown>): Checkpoint {
  const n = (k: string): number => neo4j.integer.toNumber((lp[k] ?? 0) as number);
  const flat = ((lp['ahead'] ?? []) as unknown[]).map((x) => neo4j.integer.toNumber(x as number));
  const ahead: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    ahead.push([flat[i] as number, flat[i + 1] as number]);
  return {
    sha256: String(lp['sha256']),
    lastLine: n('lastLine'),
    ahead,
    rows: n('rows'),
    loaded: n('loaded'),
    rejected: n('rejected'),
    unresolved: n('unresolved'),
    done: lp['done'] === true,
  };
}

function toParams(cp: Checkpoint): Record<string, unknown> {
  return {
    sha256: cp.sha256,
    lastLine: neo4j.int(cp.lastLine),
    ahead: cp.ahead.flat().map((x) => neo4j.int(x)),
    rows: neo4j.int(cp.rows),
    loaded: neo4j.int(cp.loaded),
    rejected: neo4j.int(cp.rejected),
    unresolved: neo4j.int(cp.unresolved),
    done: cp.done,
  };
}

export async function readCheckpoint(session: Session, file: string): Promise<Checkpoint | null> {
  const res = await session.executeRead((tx) =>
    tx.run('MATCH (lp:LoadProgress {file: $file}) RETURN lp {.*} AS lp', { file }),
  );
  const lp = res.records[0]?.get('lp') as Record<string, unknown> | undefined;
  return lp ? fromRecord(lp) : null;
}

export async function writeCheckpoint(
  tx: ManagedTransaction,
  file: string,
  cp: Checkpoint,
): Promise<void> {
  await tx.run(
    `MERGE (lp:LoadProgress {file: $file})
     SET lp += $cp, lp.updatedAt = datetime()
     REMOVE lp._lock`,
    { file, cp: toParams(cp) },
  );
}

/** The checkpoint after one more committed batch (pure: the loader's lanes call it under lock). */
export function advance(cp: Checkpoint, d: BatchDelta): Checkpoint {
  let lastLine = cp.lastLine;
  let ahead = [...cp.ahead, [d.after, d.last] as [number, number]];
  for (;;) {
    const next = ahead.find(([after]) => after === lastLine);
    if (!next) break;
    lastLine = next[1];
    ahead = ahead.filter((r) => r !== next);
  }
  // A batch read across an earlier run's committed range may cover it: drop such ranges.
  ahead = ahead.filter(([, last]) => last > lastLine);
  return {
    ...cp,
    lastLine,
    ahead: ahead.sort((a, b) => a[0] - b[0]),
    rows: cp.rows + d.rows,
    loaded: cp.loaded + d.loaded,
    rejected: cp.rejected + d.rejected,
    unresolved: cp.unresolved + d.unresolved,
  };
}

/** Adds a batch to the file's checkpoint inside the batch's transaction; returns the result. */
export async function commitBatch(
  tx: ManagedTransaction,
  file: string,
  d: BatchDelta,
): Promise<Checkpoint> {
  // SET takes the node's write lock before anything is read: concurrent lanes queue here.
  // (REMOVE of an absent property takes no lock: tested.)
  const res = await tx.run(
    'MATCH (lp:LoadProgress {file: $file}) SET lp._lock = true RETURN lp {.*} AS lp',
    { file },
  );
  const lp = res.records[0]?.get('lp') as Record<string, unknown> | undefined;
  if (!lp) throw new Error(`checkpoint ${file} vanished during the load`);
  const next = advance(fromRecord(lp), d);
  await writeCheckpoint(tx, file, next);
  return next;
}

/** Whether a line was committed by an earlier run (at or below the watermark or ahead of it). */
export function committed(cp: Pick<Checkpoint, 'lastLine' | 'ahead'>, line: number): boolean {
  return line <= cp.lastLine || cp.ahead.some(([after, last]) => line > after && line <= last);
}
