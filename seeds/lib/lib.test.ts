import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvLine, readCsv } from './csv.js';
import { localDateTime, parseDate, parseTime } from './dates.js';
import { Rng } from './prng.js';
import { key, normId, stripAccents } from './text.js';

describe('dates', () => {
  it('gives Mexico City its historical UTC offset (DST until October 2022)', () => {
    expect(localDateTime('2021-07-01', '22:00:00')).toBe('2021-07-01T22:00:00-05:00');
    expect(localDateTime('2021-12-01', '22:00:00')).toBe('2021-12-01T22:00:00-06:00');
    expect(localDateTime('2023-07-01', '22:00:00')).toBe('2023-07-01T22:00:00-06:00');
  });

  it('parses the agencies’ formats and refuses impossible dates', () => {
    expect(parseDate('28/02/2021', 'dmy')).toBe('2021-02-28');
    expect(parseDate('20210228', 'compact')).toBe('2021-02-28');
    expect(parseDate('2021-02-30', 'iso')).toBeNull();
    expect(parseDate('31/04/2020', 'dmy')).toBeNull();
    expect(parseTime('7:05')).toBe('07:05:00');
    expect(parseTime('24:00')).toBeNull();
  });
});

describe('text', () => {
  it('folds accents for keys but keeps Ñ where it is a letter', () => {
    expect(stripAccents('Núñez Gómez')).toBe('Nuñez Gomez');
    expect(key('  álvaro   Obregón ')).toBe('ALVARO OBREGON');
    expect(normId('abc-123 4')).toBe('ABC1234');
  });
});

describe('csv', () => {
  it('round-trips quotes, commas and line breaks, reporting the line a record starts on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    const file = join(dir, 'x.csv');
    writeFileSync(
      file,
      csvLine(['a', 'b']) +
        csvLine(['1', 'x, "y"']) +
        csvLine(['2', 'two\nlines']) +
        csvLine(['3', '']),
    );
    const out: { line: number; fields: string[] }[] = [];
    for await (const r of readCsv(file)) out.push(r);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x, "y"'] },
      { line: 3, fields: ['2', 'two\nlines'] },
      { line: 5, fields: ['3', ''] },
    ]);
  });
});

describe('prng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = new Rng('x');
    const b = new Rng('x');
    const c = new Rng('y');
    const seq = (r: Rng): number[] => Array.from({ length: 5 }, () => r.nextU32());
    expect(seq(a)).toEqual(seq(b));
    expect(seq(new Rng('x'))).not.toEqual(seq(c));
  });
});
