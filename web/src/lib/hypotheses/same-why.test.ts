import { describe, expect, it } from 'vitest';
import { enOversight, esOversight } from '../i18n-oversight';
import { sameConflictText, sameWhy } from './same-why';

describe('why a record may be the same person, in words', () => {
  it('says where a birth date was read when a record gives none (QA: the RFC)', () => {
    const owner = {
      reasons: ['NAME', 'BIRTH_DATE'],
      conflicts: [],
      birthDateFrom: ['RFC'],
    } as const;
    expect(sameWhy(esOversight, 'es-MX', owner)).toBe(
      'nombre parecido y misma fecha de nacimiento (del RFC)',
    );
    expect(sameWhy(enOversight, 'en', owner)).toBe('name alike and same birth date (from the RFC)');
    const both = { ...owner, birthDateFrom: ['CURP', 'RFC'] } as const;
    expect(sameWhy(esOversight, 'es-MX', both)).toBe(
      'nombre parecido y misma fecha de nacimiento (de la CURP y del RFC)',
    );
    // Both records give theirs: nothing added.
    expect(sameWhy(esOversight, 'es-MX', { ...owner, birthDateFrom: [] })).toBe(
      'nombre parecido y misma fecha de nacimiento',
    );
  });

  it('says it of a birth date that disagrees too', () => {
    const other = {
      reasons: ['NAME', 'SHARED_PHONE'],
      conflicts: ['BIRTH_DATE', 'SEX'],
      birthDateFrom: ['CURP'],
    } as const;
    expect(sameWhy(esOversight, 'es-MX', other)).toBe('nombre parecido y mismo teléfono');
    expect(sameConflictText(esOversight, 'es-MX', other)).toBe(
      'otra fecha de nacimiento (de la CURP) y otro sexo',
    );
  });
});
