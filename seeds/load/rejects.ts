// rejects.csv next to the data: file, line and reason of every refused row. Rows of files that
// a resumed run does not re-read are carried over from the previous rejects.csv, so the file
// stays complete across crashes and resumes.

import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { csvLine } from '../lib/csv.js';
import type { RejectRow } from './batches.js';

export class Rejects {
  private readonly previous = new Map<string, RejectRow[]>();

  constructor(readonly path: string) {
    if (existsSync(path)) {
      for (const l of readFileSync(path, 'utf8').split('\n').slice(1)) {
        const m = /^([^,]+),(\d+),(.*)$/.exec(l);
        if (!m) continue;
        const row = { file: m[1] as string, line: Number(m[2]), reason: unquote(m[3] as string) };
        const list = this.previous.get(row.file) ?? [];
        list.push(row);
        this.previous.set(row.file, list);
      }
    }
    writeFileSync(path, csvLine(['file', 'line', 'reason']));
  }

  /** Keeps last run's rejects of `file` on committed lines (those lines are not read again). */
  carry(file: string, committed: (line: number) => boolean): number {
    const keep = (this.previous.get(file) ?? []).filter((r) => committed(r.line));
    this.add(keep);
    return keep.length;
  }

  add(rows: readonly RejectRow[]): void {
    if (rows.length > 0)
      appendFileSync(this.path, rows.map((r) => csvLine([r.file, r.line, r.reason])).join(''));
  }
}

function unquote(s: string): string {
  return s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
}
