import { describe, expect, it } from 'vitest';
import { searchHint } from './search-hint';

describe('searchHint', () => {
  it('says a phone has 10 digits when it has 9, 11 or so', () => {
    expect(searchHint('555661651')).toEqual({ kind: 'phoneDigits', digits: 9 });
    expect(searchHint('55 5661 65160')).toEqual({ kind: 'phoneDigits', digits: 11 });
    for (const fine of [
      '5556616516',
      '56616516',
      '+52 55 5661 6516',
      '+52 1 55 5661 6516',
      '044 55 5661 6516',
      '01 55 5661 6516',
    ])
      expect(searchHint(fine), fine).toBeNull();
    expect(searchHint('123')).toBeNull();
  });

  it('says which character of a CURP is not what goes there (an O for a zero)', () => {
    expect(searchHint('EORJ88O622HDFSCR09')).toEqual({
      kind: 'curpChar',
      position: 7,
      char: 'O',
      wanted: 'digit',
    });
    expect(searchHint('LOAJ010125HJCPCRA0')).toBeNull();
    expect(searchHint('LOAJ0101253JCPCRA0')).toMatchObject({ position: 11, wanted: 'letter' });
  });

  it('says a CURP has 18 characters, and leaves names and shorter identifiers alone', () => {
    expect(searchHint('LOAJ010125HJCPCR')).toEqual({ kind: 'curpLength', length: 16 });
    expect(searchHint('LOAJ010125')).toBeNull(); // the start of one: searched as such
    expect(searchHint('LOAJ010125AB1')).toBeNull(); // an RFC
    expect(searchHint('jorge lopez')).toBeNull();
  });
});
