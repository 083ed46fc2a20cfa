// Turns a feed file into batches: parse CSV, check the header, map each row through the feed
// spec (collecting rejects with file, line and reason), group rows per Cypher step and
// de-duplicate shared identifiers within the batch.

import { FEED_COLUMNS } from '../feeds/columns.js';
import { readCsv } from '../lib/csv.js';
import { Reject, type Raw } from './fields.js';
import { SHARED_STEPS, type FeedSpec } from './spec.js';

export interface RejectRow {
  file: string;
  line: number;
  reason: string;
}

export interface Batch {
  steps: Map<string, object[]>;
  rows: number; // data rows in the batch, rejected ones included
  loaded: number;
  rejects: RejectRow[];
  /** The batch holds the records after this line, up to lastLine. */
  after: number;
  lastLine: number;
}

export async function* batches(
  path: string,
  spec: FeedSpec,
  size: number,
  /** Lines already committed (skipped). */
  isCommitted: (line: number) => boolean,
): AsyncGenerator<Batch> {
  const required = FEED_COLUMNS[spec.path] as readonly string[];
  let header: string[] | null = null;
  let batch = fresh(spec);
  const seen = new Set<string>();
  let previous = 0; // the line of the record read before this one
  for await (const rec of readCsv(path)) {
    const before = previous;
    previous = rec.line;
    if (header === null) {
      header = rec.fields.map((h) =>
        h
          .trim()
          .replace(/^\uFEFF/, '')
          .toLowerCase(),
      );
      const missing = required.filter((c) => !header?.includes(c));
      if (missing.length > 0)
        throw new Error(`${spec.path}: missing columns ${missing.join(', ')}`);
      continue;
    }
    if (isCommitted(rec.line)) continue;
    if (batch.rows === 0) batch.after = before;
    batch.rows++;
    batch.lastLine = rec.line;
    try {
      if (rec.fields.length !== header.length)
        throw new Reject(`expected ${header.length} fields, found ${rec.fields.length}`);
      const raw: Raw = {};
      for (let i = 0; i < header.length; i++) raw[header[i] as string] = rec.fields[i] as string;
      const out = spec.map(raw, rec.line);
      for (const [step, value] of Object.entries(out)) {
        const list = batch.steps.get(step);
        if (!list) throw new Error(`${spec.path}: map returned unknown step ${step}`);
        for (const row of Array.isArray(value) ? value : [value]) {
          if (!row) continue;
          if (SHARED_STEPS.has(step)) {
            const r = row as { id: string; ref: string };
            const k = `${step}|${r.id}|${r.ref}`;
            if (seen.has(k)) continue;
            seen.add(k);
          }
          list.push(row);
        }
      }
      batch.loaded++;
    } catch (e) {
      if (!(e instanceof Reject)) throw e;
      batch.rejects.push({ file: spec.path, line: rec.line, reason: e.message });
    }
    if (batch.rows >= size) {
      yield sorted(batch);
      batch = fresh(spec);
      seen.clear();
    }
  }
  if (batch.rows > 0) yield sorted(batch);
}

/** Shared nodes in id order: concurrent batches then lock them in the same order (no deadlock). */
function sorted(batch: Batch): Batch {
  for (const [step, rows] of batch.steps)
    if (SHARED_STEPS.has(step))
      (rows as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return batch;
}

function fresh(spec: FeedSpec): Batch {
  return {
    steps: new Map(spec.steps.map((s) => [s, []])),
    rows: 0,
    loaded: 0,
    rejects: [],
    after: 0,
    lastLine: 0,
  };
}
