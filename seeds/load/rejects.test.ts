// Rejection without a database: every planted bad row of a generated data set is refused with
// its file, line and reason, and no good row is.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generate.js';
import { batches, type RejectRow } from './batches.js';
import { LOAD_ORDER, feedSpec } from './registry.js';

const REASONS: Record<string, RegExp> = {
  'invalid CURP': /^invalid CURP in curp/,
  'missing id_persona': /^missing id_persona$/,
  'bad date': /^bad date in fecha_(hecho|ingreso)/,
  'bad coordinates': /^bad coordinates .* outside Mexico City$/,
  'invalid CLABE': /^invalid CLABE in clabe/,
  'unknown agency code': /^unknown agency code in agencia_persona \(PGR\)$/,
};

describe('bad rows', () => {
  it('are rejected with file, line and reason while good rows map', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rejects-'));
    const manifest = await generate({ seed: 'rejects', scale: 1500, outDir: dir });
    const rejects: RejectRow[] = [];
    let loaded = 0;
    for (const feed of LOAD_ORDER) {
      for await (const b of batches(join(dir, feed), feedSpec(feed), 5000, () => false)) {
        rejects.push(...b.rejects);
        loaded += b.loaded;
      }
    }
    const key = (r: { file: string; line: number }): string => `${r.file}:${r.line}`;
    expect(rejects.map(key).sort()).toEqual(manifest.badRows.map(key).sort());
    for (const bad of manifest.badRows) {
      const got = rejects.find((r) => key(r) === key(bad));
      expect(got?.reason).toMatch(REASONS[bad.reason] ?? /^$/);
    }
    const total = Object.values(manifest.rows).reduce((a, b) => a + b, 0);
    expect(loaded).toBe(total - manifest.badRows.length);
  });
});
