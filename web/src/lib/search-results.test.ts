import { describe, expect, it } from 'vitest';
import type { SearchHit } from './api';
import { lookAlikes, personClues } from './search-results';

const hit = (
  id: string,
  type: string,
  caption: string,
  fields: [string, string][],
  matched: string | null = 'caption',
): SearchHit => ({
  entity: {
    id,
    type,
    caption,
    fields: fields.map(([key, value]) => ({
      key,
      value,
      type: key === 'birthDate' ? 'date' : 'string',
    })),
    provenance: { source: id.split(':')[0]!, sourceId: id },
  },
  score: 1,
  matched: matched ? { field: matched, value: caption, ranges: [[0, 4]] } : null,
});

describe('search hits', () => {
  const person = hit('FGJ:persona:1', 'Person', 'Juan Carlos López de la Rosa', [
    ['givenNames', 'JUAN CARLOS'],
    ['aliases', 'EL GÜERO'],
    ['sex', 'H'],
    ['curp', 'LORJ670909HDFPSN07'],
    ['birthDate', '1967-09-09'],
  ]);

  it("tells people apart by birth date, CURP and aliases, in that order, whatever the record's order", () => {
    expect(personClues(person).map((f) => f.key)).toEqual(['birthDate', 'curp', 'aliases']);
  });

  it('leaves out the field that matched (shown already) and what a record lacks', () => {
    const byCurp = {
      ...person,
      matched: { field: 'curp', value: 'LORJ670909HDFPSN07', ranges: [] },
    };
    expect(personClues(byCurp).map((f) => f.key)).toEqual(['birthDate', 'aliases']);
    const bare = hit('SSC:persona:2', 'Person', 'Juan Carlos Lopez', [['sex', 'H']]);
    expect(personClues(bare)).toEqual([]);
  });

  it('gives other types no clues', () => {
    const org = hit('SSC:org:1', 'Organization', 'Célula Centro', [['curp', 'X']]);
    expect(personClues(org)).toEqual([]);
  });

  it('marks look-alikes across accents and case', () => {
    const other = hit('SSC:persona:3', 'Person', 'JUAN CARLOS LOPEZ DE LA ROSA', []);
    expect([...lookAlikes([person, other])].sort()).toEqual(['FGJ:persona:1', 'SSC:persona:3']);
  });
});
