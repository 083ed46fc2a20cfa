// The end-of-load report: rows loaded, rejected and unresolved per file, time and rows/s.

import { formatDuration, numberFormat as fmt } from './progress.js';

export interface FileSummary {
  file: string;
  /** Data rows of the file processed so far, across runs (loaded + rejected + unresolved). */
  rows: number;
  loaded: number;
  rejected: number;
  /** Rows whose link target (a person, case, report…) is not in the graph. */
  unresolved: number;
  /** True when the file was already completely loaded (same sha256) and was not read again. */
  skipped: boolean;
  /** Line after which this run started (1 = from the first data row). */
  resumedFrom: number;
  rowsThisRun: number;
  seconds: number;
  rowsPerSec: number;
}

export interface LoadSummary {
  dir: string;
  files: FileSummary[];
  rows: number;
  loaded: number;
  rejected: number;
  unresolved: number;
  rowsThisRun: number;
  seconds: number;
  rowsPerSec: number;
  rejectsFile: string;
}

export function printSummary(s: LoadSummary, log: (msg: string) => void): void {
  const w = Math.max(...s.files.map((f) => f.file.length), 4);
  log(
    `${'file'.padEnd(w)}  ${'rows'.padStart(10)}  ${'rejected'.padStart(8)}  ${'unresolved'.padStart(10)}  ${'time'.padStart(7)}  ${'rows/s'.padStart(9)}`,
  );
  for (const f of s.files) {
    const time = f.skipped ? 'skipped' : formatDuration(f.seconds);
    log(
      `${f.file.padEnd(w)}  ${fmt.format(f.rows).padStart(10)}  ${fmt.format(f.rejected).padStart(8)}  ${fmt.format(f.unresolved).padStart(10)}  ${time.padStart(7)}  ${(f.skipped ? '' : fmt.format(Math.round(f.rowsPerSec))).padStart(9)}`,
    );
  }
  log(
    `${'total'.padEnd(w)}  ${fmt.format(s.rows).padStart(10)}  ${fmt.format(s.rejected).padStart(8)}  ${fmt.format(s.unresolved).padStart(10)}  ${formatDuration(s.seconds).padStart(7)}  ${fmt.format(Math.round(s.rowsPerSec)).padStart(9)}`,
  );
  if (s.rejected + s.unresolved > 0) log(`rejected and unresolved rows: ${s.rejectsFile}`);
}
