import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type Manifest } from './generate.js';
import { isValidClabe } from './lib/clabe.js';
import { isValidCurp } from './lib/curp.js';
import { isValidRfc } from './lib/rfc.js';
import { readCsv } from './lib/csv.js';

const SCALE = 1500;

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

async function column(file: string, name: string, skip: Set<number>): Promise<string[]> {
  const out: string[] = [];
  let idx = -1;
  for await (const r of readCsv(file)) {
    if (idx < 0) idx = r.fields.indexOf(name);
    else if (!skip.has(r.line) && r.fields[idx]) out.push(r.fields[idx] as string);
  }
  return out;
}

describe('generate', () => {
  let a: string;
  let manifest: Manifest;

  beforeAll(async () => {
    a = mkdtempSync(join(tmpdir(), 'gen-a-'));
    manifest = await generate({ seed: 1, scale: SCALE, outDir: a });
  });

  it('gives byte-identical files for the same seed and scale', async () => {
    const b = mkdtempSync(join(tmpdir(), 'gen-b-'));
    await generate({ seed: 1, scale: SCALE, outDir: b });
    const ha = hashes(a);
    expect(Object.keys(ha).length).toBeGreaterThan(25);
    expect(hashes(b)).toEqual(ha);
  });

  it('gives a different city for another seed', async () => {
    const c = mkdtempSync(join(tmpdir(), 'gen-c-'));
    await generate({ seed: 2, scale: SCALE, outDir: c });
    const ha = hashes(a);
    const hc = hashes(c);
    expect(hc['fgj/personas.csv']).not.toBe(ha['fgj/personas.csv']);
    expect(hc['fgj/carpetas.csv']).not.toBe(ha['fgj/carpetas.csv']);
    // The geography is the same city in both.
    expect(hc['cdmx/colonias.csv']).toBe(ha['cdmx/colonias.csv']);
  });

  it('writes valid CURPs, RFCs and CLABEs except in the planted bad rows', async () => {
    const bad = (file: string): Set<number> =>
      new Set(manifest.badRows.filter((r) => r.file === file).map((r) => r.line));
    for (const file of [
      'fgj/personas.csv',
      'pen/ingresos.csv',
      'uif/personas_fisicas.csv',
      'ssc/iph_detenidos.csv',
    ]) {
      const curps = await column(join(a, file), 'curp', bad(file));
      expect(curps.length).toBeGreaterThan(0);
      expect(curps.filter((c) => !isValidCurp(c))).toEqual([]);
    }
    const rfcs = await column(join(a, 'rpc/sociedades.csv'), 'rfc', new Set());
    expect(rfcs.filter((r) => !isValidRfc(r))).toEqual([]);
    const clabes = await column(join(a, 'uif/cuentas.csv'), 'clabe', bad('uif/cuentas.csv'));
    expect(clabes.map((c) => c.replace(/\s/g, '')).filter((c) => !isValidClabe(c))).toEqual([]);
  });

  it('writes case files whose agency and unit are the ones their folio names', async () => {
    const file = join(a, 'fgj/carpetas.csv');
    const skip = new Set(
      manifest.badRows.filter((r) => r.file === 'fgj/carpetas.csv').map((r) => r.line),
    );
    const folios = await column(file, 'folio', skip);
    const agencies = await column(file, 'agencia', skip);
    const units = await column(file, 'unidad_investigacion', skip);
    expect(folios.length).toBeGreaterThan(100);
    expect(agencies).toHaveLength(folios.length);
    const wrong = folios.filter((f, i) => !f.includes(`/${agencies[i]}/${units[i]}/`));
    expect(wrong).toEqual([]);
  });

  it('plants the documented truths', () => {
    const p = manifest.planted;
    expect(p.organisations.length).toBeGreaterThanOrEqual(3);
    for (const o of p.organisations) {
      expect(o.cells.length).toBeGreaterThanOrEqual(2);
      expect(o.members.some((m) => m.truthId === o.leader && m.role === 'LÍDER')).toBe(true);
    }
    expect(p.launderingChains.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['STRUCTURING', 'LAYERING', 'ROUND_TRIP']),
    );
    expect(p.genderViolence.some((g) => g.escalated)).toBe(true);
    expect(p.repeatOffenders.length).toBeGreaterThan(0);
    expect(p.samePerson.multiAgency).toBeGreaterThan(0);
    expect(manifest.badRows.length).toBeGreaterThanOrEqual(9);
  });
});
