// Appends audit records without slowing requests down: entries are queued and written in
// batches (every 200 ms, or at 200 entries) by one transaction that locks the chain's head.
// Closing the log flushes what is queued.
import neo4j, { DateTime } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { loadQuery } from '../db/queries.js';
import { chain, type AuditEntry } from './chain.js';

const FLUSH_MS = 200;
const FLUSH_AT = 200;

export class AuditLog {
  private queue: AuditEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Executor,
    private readonly onError: (err: Error) => void,
  ) {}

  record(entry: Omit<AuditEntry, 'at'> & { at?: string }): void {
    this.queue.push({ ...entry, at: entry.at ?? new Date().toISOString() });
    if (this.queue.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Writes everything queued so far; resolves when it is committed. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const entries = this.queue;
    this.queue = [];
    if (entries.length === 0) return this.flushing;
    this.flushing = this.flushing
      .then(() => this.write(entries))
      .catch((err: Error) => {
        // Put them back in front so nothing is lost; the next flush retries.
        this.queue = [...entries, ...this.queue];
        this.onError(err);
      });
    return this.flushing;
  }

  private async write(entries: AuditEntry[]): Promise<void> {
    await this.db.write({ operation: 'audit' }, async (tx) => {
      const head = (await tx.run(loadQuery('audit/lock-head'))).records[0];
      if (!head) throw new Error('The audit head is missing: was the schema applied?');
      const seq = neo4j.integer.toNumber(head.get('seq'));
      const records = chain(entries, seq, String(head.get('hash')));
      const last = records.at(-1)!;
      await tx.run(loadQuery('audit/append'), {
        records: records.map((r) => ({
          ...r,
          seq: neo4j.int(r.seq),
          at: DateTime.fromStandardDate(new Date(r.at)),
        })),
        seq: neo4j.int(last.seq),
        hash: last.hash,
      });
    });
  }
}
