import { describe, expect, it } from 'vitest';
import { fold, luceneQuery, nameKey, tokens } from './search-query.js';

describe('name search query', () => {
  it('folds accents and case', () => {
    expect(fold('María de los ÁNGELES Ñúñez')).toBe('maria de los angeles nunez');
  });

  it('keeps only letters and digits, so Lucene syntax cannot be injected', () => {
    expect(tokens('pérez) OR *:* AND "x"~ -y')).toEqual(['perez', 'x', 'y']);
    expect(luceneQuery('*:*')).toBeNull();
    expect(luceneQuery('   ')).toBeNull();
  });

  it('requires every token, exact, prefix or with a typo', () => {
    expect(luceneQuery('Jose Pérez')).toBe('+(jose^3 OR jose*) +(perez^3 OR perez* OR perez~1)');
    expect(luceneQuery('de')).toBe('+(de^3 OR de*)');
    // The index's analyzer never indexes English stop words: requiring "a" would find nothing.
    expect(luceneQuery('Gustavo A. Madero')).toBe(
      '+(gustavo^3 OR gustavo* OR gustavo~1) +(madero^3 OR madero* OR madero~1)',
    );
    expect(luceneQuery('a')).toBeNull();
    expect(luceneQuery('Hernández')).toBe('+(hernandez^3 OR hernandez* OR hernandez~1)');
    expect(luceneQuery('Villavicencio')).toBe(
      '+(villavicencio^3 OR villavicencio* OR villavicencio~2)',
    );
  });

  it('forgives a typo in a four-letter word only when loose', () => {
    expect(luceneQuery('Jaun Pérez', true)).toBe(
      '+(jaun^3 OR jaun* OR jaun~1) +(perez^3 OR perez* OR perez~1)',
    );
    expect(luceneQuery('de', true)).toBe('+(de^3 OR de*)');
  });

  it('keys a full name by its words in any order, accents or case', () => {
    expect(nameKey('HERNÁNDEZ Hernandez, María')).toBe(nameKey('maria hernandez hernandez'));
    expect(nameKey('María Hernández')).not.toBe(nameKey('María Hernández Hernández'));
  });
});
