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

  it('returns null when only a typo matched', () => {
    expect(nameHighlight('perex', [{ field: 'caption', value: 'Juan Pérez' }])).toBeNull();
  });
});
