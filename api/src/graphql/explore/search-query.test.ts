import { describe, expect, it } from 'vitest';
import { ALL_FORMS } from './nicknames.js';
import {
  fold,
  luceneQuery,
  nameForms,
  nameKey,
  placeKind,
  tokens,
  wholeWordsQuery,
} from './search-query.js';

describe('name search query', () => {
  it('folds accents and case', () => {
    expect(fold('María de los ÁNGELES Ñúñez')).toBe('maria de los angeles nunez');
  });

  it('keeps only letters and digits, so Lucene syntax cannot be injected', () => {
    expect(tokens('pérez) OR *:* AND "x"~ -y')).toEqual(['perez', 'x', 'y']);
    expect(luceneQuery('*:*')).toBeNull();
    expect(luceneQuery('   ')).toBeNull();
  });

  it('asks for a given name’s other forms too, below a typo (QA: "Eduardo" did not find Lalo)', () => {
    expect(luceneQuery('Eduardo Chávez')).toBe(
      '+(eduardo^3 OR eduardo*^4 OR eduardo~1^0.3 OR lalo^0.2) +(chavez^3 OR chavez*^4 OR chavez~1^0.3)',
    );
    expect(luceneQuery('lalo')).toBe('+(lalo^3 OR lalo*^4 OR eduardo^0.2)');
    expect(luceneQuery('beto')).toBe(
      '+(beto^3 OR beto*^4 OR alberto^0.2 OR gilberto^0.2 OR humberto^0.2 OR norberto^0.2 OR roberto^0.2)',
    );
  });

  it('asks for forms of plain letters only: nothing in the table can reach Lucene as syntax', () => {
    expect(ALL_FORMS.length).toBeGreaterThan(50);
    for (const w of ALL_FORMS) expect(w).toMatch(/^[a-z]+$/);
  });

  it('requires every token, exact, prefix or with a typo', () => {
    expect(luceneQuery('Jose Pérez')).toBe(
      '+(jose^3 OR jose*^4 OR pepe^0.2 OR chepe^0.2 OR cheche^0.2) +(perez^3 OR perez*^4 OR perez~1^0.3)',
    );
    expect(luceneQuery('de')).toBe('+(de^3 OR de*^4)');
    // The index's analyzer never indexes English stop words: requiring "a" would find nothing.
    expect(luceneQuery('Gustavo A. Madero')).toBe(
      '+(gustavo^3 OR gustavo*^4 OR gustavo~1^0.3 OR tavo^0.2) +(madero^3 OR madero*^4 OR madero~1^0.3)',
    );
    expect(luceneQuery('a')).toBeNull();
    expect(luceneQuery('Hernández')).toBe('+(hernandez^3 OR hernandez*^4 OR hernandez~1^0.3)');
    expect(luceneQuery('Villavicencio')).toBe(
      '+(villavicencio^3 OR villavicencio*^4 OR villavicencio~2^0.3)',
    );
  });

  it('forgives a typo in a four-letter word only when loose', () => {
    expect(luceneQuery('Jaun Pérez', true)).toBe(
      '+(jaun^3 OR jaun*^4 OR jaun~1^0.3) +(perez^3 OR perez*^4 OR perez~1^0.3)',
    );
    expect(luceneQuery('de', true)).toBe('+(de^3 OR de*^4)');
  });

  it('keys a full name by its words in any order, accents or case', () => {
    expect(nameKey('HERNÁNDEZ Hernandez, María')).toBe(nameKey('maria hernandez hernandez'));
    expect(nameKey('María Hernández')).not.toBe(nameKey('María Hernández Hernández'));
  });

  it("says a name also without its lead word: an article, a quadrant's kind", () => {
    expect(nameForms('El Güero')).toEqual([['el', 'guero'], ['guero']]);
    expect(nameForms('Los Tlacuaches')).toEqual([['los', 'tlacuaches'], ['tlacuaches']]);
    expect(nameForms('Cuadrante CENTRO-2')).toEqual([
      ['cuadrante', 'centro', '2'],
      ['centro', '2'],
    ]);
    // A lead word alone is the name; within a name it is not one.
    expect(nameForms('El')).toEqual([['el']]);
    expect(nameForms('Juan El Bueno')).toEqual([['juan', 'el', 'bueno']]);
  });
});

describe('whole-words query', () => {
  it('requires every word typed, exactly, folded, with no Lucene syntax from the text', () => {
    expect(wholeWordsQuery('El Chino')).toBe('+el +chino');
    expect(wholeWordsQuery('  "PÉREZ" (el*)~ ')).toBe('+perez +el');
    expect(wholeWordsQuery('¿?')).toBeNull();
  });
});

describe('fold', () => {
  it('folds printable ASCII by its case alone, as the whole fold does', () => {
    const full = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const t of [
      'Juan PÉREZ',
      'Hernandez Lopez, Juan-Carlos 2',
      'tab\there\nline',
      'e\u0301le',
      'Ñoño',
      '𝒜stral 😀',
      '',
      ' !"#$%&()*+,-./:;<=>?@[\\]^_`{|}~',
    ])
      expect(fold(t), JSON.stringify(t)).toBe(full(t));
  });

  it("reads a place's kind typed before its name, not a kind word alone", () => {
    expect(placeKind('Alcaldía Cuauhtémoc')).toEqual({ kind: 'Alcaldia', name: 'cuauhtemoc' });
    expect(placeKind('delegacion  Gustavo A. Madero')).toEqual({
      kind: 'Alcaldia',
      name: 'gustavo a madero',
    });
    expect(placeKind('col. Doctores')).toEqual({ kind: 'Colonia', name: 'doctores' });
    expect(placeKind('colonia')).toEqual({ kind: null, name: 'colonia' });
    expect(placeKind('Juan Colonia')).toEqual({ kind: null, name: 'Juan Colonia' });
  });
});
