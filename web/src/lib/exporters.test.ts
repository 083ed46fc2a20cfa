import { describe, expect, it } from 'vitest';
import { csvCell, entitiesCsv, exportName, graphJson, linksCsv } from './exporters';
import { edge, entity, field, provenance } from './fixtures';

describe('exports', () => {
  it('quotes CSV cells when needed and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('writes one column per field, the grade and degree', () => {
    const csv = entitiesCsv([
      entity('p1', { caption: 'Ana', degree: 3, fields: [field('curp', 'X')] }),
      entity('p2', {
        caption: 'Luis',
        provenance: provenance({ reliability: null, credibility: null }),
      }),
      entity('t1', { type: 'Phone', caption: '5512345678', degree: 1001 }),
    ]);
    expect(csv).toBe(
      'id,type,caption,source,sourceId,grade,degree,curp\r\n' +
        'p1,Person,Ana,FGJ,1,B2,3,X\r\n' +
        'p2,Person,Luis,FGJ,1,,,\r\n' +
        't1,Phone,5512345678,FGJ,1,B2,1000+,\r\n',
    );
    expect(linksCsv([edge('e', 'p1', 'p2')])).toBe(
      'id,type,source,target,agency,sourceId,grade\r\ne,ASSOCIATE_OF,p1,p2,SSC,1,B2\r\n',
    );
    expect(JSON.parse(graphJson([entity('a')], []))).toEqual({
      entities: [entity('a')],
      links: [],
    });
  });

  it('names files after the investigation, without accents or odd characters', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(exportName('Red Ibarra / Tepito ñ', 'png', now)).toBe(
      'red-ibarra-tepito-n-2026-11-22.png',
    );
    expect(exportName(null, 'csv', now)).toBe('trama-2026-11-22.csv');
  });
});
