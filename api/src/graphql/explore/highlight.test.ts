import { describe, expect, it } from 'vitest';
import { highlighter } from './highlight.js';

/** The highlight of one hit's name fields for a typed text. */
const nameHighlight = (text: string, fields: { field: string; value: string }[]) =>
  highlighter(text)(fields);

describe('name highlight', () => {
  it('marks word starts in the original accented text', () => {
    expect(
      nameHighlight('jose hernan', [{ field: 'caption', value: 'José Hernández López' }]),
    ).toEqual({
      field: 'caption',
      value: 'José Hernández López',
      ranges: [
        [0, 4],
        [5, 11],
      ],
    });
  });

  it('prefers the field where more typed words are found, the first of equals', () => {
    const h = nameHighlight('hernandez', [
      { field: 'caption', value: 'Luis Hernández' },
      { field: 'aliases', value: 'Hernández Fernández' },
    ]);
    expect(h?.field).toBe('caption');
  });

  it('prefers the field where more words match, e.g. an alias', () => {
    const h = nameHighlight('el guero', [
      { field: 'caption', value: 'Juan Pérez' },
      { field: 'aliases', value: 'El Güero' },
    ]);
    expect(h).toEqual({
      field: 'aliases',
      value: 'El Güero',
      ranges: [
        [0, 2],
        [3, 8],
      ],
    });
  });

  it('marks a whole word found within a typo of the one typed, besides those it starts', () => {
    const marked = (text: string, value: string) =>
      nameHighlight(text, [{ field: 'caption', value }])?.ranges ?? null;
    // Two letters swapped, a letter changed: one typo each, as the search forgives them (a
    // four-letter word only on its second, looser try).
    expect(marked('juna vargaz', 'Juan Vargas Delgado')).toEqual([[5, 11]]);
    const loose = highlighter('juna vargaz', true);
    expect(loose([{ field: 'caption', value: 'Juan Vargas Delgado' }])?.ranges).toEqual([
      [0, 4],
      [5, 11],
    ]);
    expect(marked('martines', 'Ana Martínez')).toEqual([[4, 12]]);
    // Two typos from ten letters: "hernandes" is nine, so one only.
    expect(marked('fernandezz', 'Luis Hernández')).toEqual([[5, 14]]);
    expect(marked('hernandos', 'Luis Hernández')).toBeNull();
    // Short words are found by their start alone: "ana" does not mark "Ada", nor "jaun" "Juan"
    // on the first, strict try.
    expect(marked('ana', 'Ada Ruiz')).toBeNull();
    expect(marked('jaun', 'Juan Ruiz')).toBeNull();
    // Where a name's word starts with it and where another is a typo away, both: the search
    // found the name through both.
    expect(marked('hernandes', 'Luis Hernández Hernandes')).toEqual([
      [5, 14],
      [15, 24],
    ]);
    // Each of the name's words once, whichever typed words it answers, as far as they reach.
    expect(marked('hernandes hernandez', 'Luis Hernández Hernandes')).toEqual([
      [5, 14],
      [15, 24],
    ]);
    expect(marked('hernan hernandes', 'Luis Hernández')).toEqual([[5, 14]]);
    expect(marked('rosa', 'Rosalba Ross')).toEqual([[0, 4]]);
    expect(
      highlighter('rosa', true)([{ field: 'caption', value: 'Rosalba Ross' }])?.ranges,
    ).toEqual([
      [0, 4],
      [8, 12],
    ]);
  });
});
