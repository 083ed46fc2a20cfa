// Minimal RFC 4180 CSV: the generator writes feeds through FeedWriter (buffered, synchronous,
// so millions of rows never pile up in memory) and the loader reads them with readCsv, which
// yields each record with the physical line it starts on, for reject reports.

import { closeSync, createReadStream, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export type Cell = string | number | null | undefined;

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly Cell[]): string {
  return values.map(csvField).join(',') + '\n';
}

/** Writes one feed file; rows are objects keyed by the feed's columns. */
export class FeedWriter<C extends string> {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    readonly path: string,
    readonly columns: readonly C[],
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
    this.push(csvLine(columns));
  }

  write(row: Partial<Record<C, Cell>>): number {
    this.push(csvLine(this.columns.map((c) => row[c])));
    return ++this.rows + 1; // the line number of this row (header is line 1)
  }

  /** Writes a line verbatim (used to plant malformed rows). */
  writeRaw(line: string): number {
    this.push(line.endsWith('\n') ? line : line + '\n');
    return ++this.rows + 1;
  }

  private push(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buf.length > 0) writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Splits one line; returns null when a quoted field continues on the next line. */
function splitLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line.charAt(i) === '"') {
      let s = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        s += line.slice(i, q);
        if (line.charAt(q + 1) === '"') {
          s += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(s);
      i++; // skip the comma
    } else {
      const c = line.indexOf(',', i);
      const end = c < 0 ? line.length : c;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Streams the records of a CSV file (header included, as line 1). */
export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  let rest = '';
  let lineNo = 0;
  let pending = '';
  let pendingLine = 0;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const handle = function* (raw: string): Generator<CsvRecord> {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const text = pending ? pending + '\n' + line : line;
    const start = pending ? pendingLine : lineNo;
    const fields = splitLine(text);
    if (fields === null) {
      pending = text;
      pendingLine = start;
      return;
    }
    pending = '';
    if (text.length > 0) yield { line: start, fields };
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines) yield* handle(l);
  }
  if (rest.length > 0 || pending) yield* handle(rest);
}
