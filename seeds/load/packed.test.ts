import { describe, expect, it } from 'vitest';
import { packRows } from './packed.js';

describe('packRows', () => {
  const grade = { source: 'FGJ', reliability: 'A' };
  const rows = Array.from({ length: 8 }, (_, i) => ({
    id: `p${i}`,
    grade,
    ...(i % 2 === 0 ? { alias: `a${i}` } : {}),
  }));

  it('replaces the rows header and sends columns, absent keys as null', () => {
    const { query, params } = packRows('// x\nUNWIND $rows AS r\nMERGE (n {id: r.id})', rows, {
      ingestedAt: 1,
    });
    expect(query).toBe(
      '// x\nUNWIND range(0, $_n - 1) AS _row WITH {id: $_cols.id[_row], grade: $_tables.grade[$_cols.grade[_row]], alias: $_cols.alias[_row]} AS r\nMERGE (n {id: r.id})',
    );
    const cols = params['_cols'] as Record<string, unknown[]>;
    expect(cols['id']).toEqual(rows.map((r) => r.id));
    expect(cols['alias']?.[1]).toBeNull();
    expect(cols['alias']?.[2]).toBe('a2');
    expect((params['_tables'] as Record<string, unknown[]>)['grade']).toEqual([grade]);
    expect(cols['grade']?.map(Number)).toEqual(rows.map(() => 0));
    expect(Number(params['_n'])).toBe(8);
    expect(params['ingestedAt']).toBe(1);
  });

  it('sends objects that do not repeat as they are', () => {
    const props = rows.map((r) => ({ ...r, props: { n: r.id } }));
    const { params } = packRows('UNWIND $rows AS r', props);
    expect((params['_cols'] as Record<string, unknown[]>)['props']?.[3]).toEqual({ n: 'p3' });
    expect(params['_tables']).not.toHaveProperty('props');
  });

  it('refuses a query without the header and a key that is not a name', () => {
    expect(() => packRows('UNWIND $x AS r', rows)).toThrow(/UNWIND \$rows AS r/);
    expect(() => packRows('UNWIND $rows AS r', [{ 'a b': 1 }])).toThrow(/not a name/);
  });
});
