import { describe, expect, it } from 'vitest';
import type { SearchHit } from './api';
import { hitClues } from './search-results';

const hit = (
  id: string,
  type: string,
  caption: string,
  fields: [string, string][],
  matched: string | null = 'caption',
): SearchHit => ({
  entity: { id, type, caption, provenance: { source: id.split(':')[0]!, sourceId: id } },
  clues: fields.map(([key, value]) => ({
    key,
    value,
    type: key === 'birthDate' ? 'date' : 'string',
  })),
  score: 1,
  matched: matched ? { field: matched, value: caption, ranges: [[0, 4]] } : null,
});

describe('search hits', () => {
  const person = hit('FGJ:persona:1', 'Person', 'Juan Carlos López de la Rosa', [
    ['birthDate', '1967-09-09'],
    ['curp', 'LORJ670909HDFPSN07'],
    ['aliases', 'EL GÜERO'],
  ]);

  it('leaves out the clue that matched (shown already)', () => {
    const byCurp = {
      ...person,
      matched: { field: 'curp', value: 'LORJ670909HDFPSN07', ranges: [] },
    };
    expect(hitClues(byCurp).map((f) => f.key)).toEqual(['birthDate', 'aliases']);
    expect(hitClues(person).map((f) => f.key)).toEqual(['birthDate', 'curp', 'aliases']);
  });
});
