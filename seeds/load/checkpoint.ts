// Resumability: one (:LoadProgress {file: "<data set>/<feed>"}) node per feed file, updated in the same transaction
// as each batch, so after a crash the loader resumes after the last committed line and never
// replays or half-applies a batch. The file's sha256 ties the checkpoint to its content.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ManagedTransaction, Session } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

export interface Checkpoint {
  sha256: string;
  lastLine: number;
  rows: number;
  loaded: number;
  rejected: number;
  unresolved: number;
  done: boolean;
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

export async function readCheckpoint(session: Session, file: string): Promise<Checkpoint | null> {
  const res = await session.executeRead((tx) =>
    tx.run('MATCH (lp:LoadProgress {file: $file}) RETURN lp {.*} AS lp', { file }),
  );
  const lp = res.records[0]?.get('lp') as Record<string, unknown> | undefined;
  if (!lp) return null;
  const n = (k: string): number => neo4j.integer.toNumber((lp[k] ?? 0) as number);
  return {
    sha256: String(lp['sha256']),
    lastLine: n('lastLine'),
    rows: n('rows'),
    loaded: n('loaded'),
    rejected: n('rejected'),
    unresolved: n('unresolved'),
    done: lp['done'] === true,
  };
}

export async function writeCheckpoint(
  tx: ManagedTransaction,
  file: string,
  cp: Checkpoint,
): Promise<void> {
  await tx.run(
    `MERGE (lp:LoadProgress {file: $file})
     SET lp.sha256 = $cp.sha256, lp.lastLine = $cp.lastLine, lp.rows = $cp.rows, lp.loaded = $cp.loaded,
         lp.rejected = $cp.rejected, lp.unresolved = $cp.unresolved, lp.done = $cp.done, lp.updatedAt = datetime()`,
    {
      file,
      cp: {
        ...cp,
        lastLine: neo4j.int(cp.lastLine),
        rows: neo4j.int(cp.rows),
        loaded: neo4j.int(cp.loaded),
        rejected: neo4j.int(cp.rejected),
        unresolved: neo4j.int(cp.unresolved),
      },
    },
  );
}
