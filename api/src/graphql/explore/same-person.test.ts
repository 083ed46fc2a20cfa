import { describe, expect, it } from 'vitest';
import {
  birthAndSex,
  distance,
  nameQuery,
  namesAlike,
  realDate,
  scoreCandidate,
  type PersonRecord,
} from './same-person.js';

const person = (
  given: string,
  paternal: string,
  maternal: string | null,
  more = {},
): PersonRecord => ({
  givenNames: given,
  paternalSurname: paternal,
  maternalSurname: maternal,
  ...more,
});

describe('names of one person', () => {
  const lucia = person('María Lucía', 'Hernández', 'Ocampo');
  it('allows for accents, case, order, a typo, a missing surname and a known alias', () => {
    expect(namesAlike(lucia, person('MARIA LUCIA', 'HERNANDEZ', 'OCAMPO'))).toBe(true);
    expect(namesAlike(lucia, person('Maria Lucia', 'Ocampo', 'Hernandez'))).toBe(true);
    expect(namesAlike(lucia, person('Maria Lucia', 'Hernandes', 'Ocampo'))).toBe(true);
    expect(namesAlike(lucia, person('Lucía', 'Hernández', null))).toBe(true);
    // Two letters swapped are one typo (the eval's misses: "Ponce Hrerera" for Ponce Herrera).
    expect(namesAlike(lucia, person('Maria Lucia', 'Hernández', 'Ocmapo'))).toBe(true);
    expect(namesAlike(lucia, person('Maria Lucia', 'Hernández', 'Ocmpao'))).toBe(false);
    expect(
      namesAlike(
        person('Guadalupe', 'Ruiz', 'Soto', { aliases: ['Lupe'] }),
        person('Lupe', 'Ruiz', 'Soto'),
      ),
    ).toBe(true);
  });
  it('counts a typo, two letters swapped included, as one edit', () => {
    expect(distance('herrera', 'herrera')).toBe(0);
    expect(distance('herrera', 'hrerera')).toBe(1);
    expect(distance('herrera', 'herera')).toBe(1);
    expect(distance('herrera', 'herrara')).toBe(1);
    expect(distance('ocampo', 'ocmpao')).toBe(2);
    expect(distance('ab', 'ba')).toBe(1);
    expect(distance('ana', 'anabella')).toBe(3);
  });
  it('takes a short form of a given name for the name (QA: "Lalo" and Eduardo)', () => {
    const eduardo = person('Eduardo', 'Chávez', 'Castro', { birthDate: '1992-07-27' });
    const lalo = person('Lalo', 'Chavez', 'Castro', { rfc: 'CACE920727B87' });
    expect(namesAlike(lalo, eduardo)).toBe(true);
    expect(namesAlike(person('Pepe', 'Ruiz', null), person('José', 'Ruiz', 'Soto'))).toBe(true);
    // Two forms of one name, and a compound name with its form.
    expect(namesAlike(person('Chepe', 'Ruiz', null), person('Pepe', 'Ruiz', null))).toBe(true);
    expect(
      namesAlike(person('María Guadalupe', 'Ruiz', 'Soto'), person('Lupita', 'Ruiz', 'Soto')),
    ).toBe(true);
    // A form stands for its names only; two names sharing a form are two people.
    expect(namesAlike(person('Beto', 'Ruiz', null), person('Roberto', 'Ruiz', null))).toBe(true);
    expect(namesAlike(person('Alberto', 'Ruiz', null), person('Roberto', 'Ruiz', null))).toBe(
      false,
    );
    expect(namesAlike(person('Lalo', 'Ruiz', null), person('Eduardo', 'Soto', null))).toBe(false);
    // Their records share a phone and an address, and the RFC's birth date: suggested high.
    expect(scoreCandidate(lalo, eduardo, ['Phone', 'Address']).score).toBeGreaterThanOrEqual(0.8);
  });

  it('tells siblings, cousins and namesakes of a surname apart', () => {
    expect(namesAlike(lucia, person('Pedro', 'Hernández', 'Ocampo'))).toBe(false);
    expect(namesAlike(lucia, person('Lucía', 'Pérez', 'Soto'))).toBe(false);
    // Compound given names that share their first word: siblings, not one person.
    const jose = person('José Luis', 'Pérez', 'López');
    expect(namesAlike(jose, person('José Antonio', 'Pérez', 'López'))).toBe(false);
    expect(namesAlike(jose, person('José', 'Pérez', 'López'))).toBe(true);
    // Particles tell nobody apart: "de los Ángeles" and "de la Luz" differ.
    expect(
      namesAlike(
        person('María de los Ángeles', 'Pérez', 'López'),
        person('María de la Luz', 'Pérez', 'López'),
      ),
    ).toBe(false);
    expect(
      namesAlike(
        person('Tomás', 'Ruiz', 'Soto', { aliases: ['El Güero'] }),
        person('Raúl', 'Ruiz', 'Soto', { aliases: ['El Chino'] }),
      ),
    ).toBe(false);
    // A missing second surname is allowed; a different one is another family.
    expect(namesAlike(person('Ana', 'Ruiz', 'Soto'), person('Ana', 'Ruiz', null))).toBe(true);
    expect(namesAlike(person('Ana', 'Ruiz', 'Soto'), person('Ana', 'Ruiz', 'Luna'))).toBe(false);
  });
  it('asks the index for every word of a name but particles, none required', () => {
    expect(nameQuery('Lucía García de la O')).toBe('(lucia^2 OR lucia~1) (garcia^2 OR garcia~1)');
    // A given name's other forms, below it (QA: Lalo and Eduardo Chávez Castro).
    expect(nameQuery('Lalo Chávez')).toBe('(lalo OR eduardo^0.5) (chavez^2 OR chavez~1)');
    expect(nameQuery('de la')).toBeNull();
    expect(nameQuery('—')).toBeNull();
  });
});

describe('the score of a candidate', () => {
  const a = person('Lucía', 'García', 'Zendejas', {
    birthDate: '1993-05-13',
    curp: 'X1',
    sex: 'M',
  });
  it('takes a shared CURP or RFC alone, and a name with a birth date or identifiers', () => {
    expect(scoreCandidate(a, { curp: 'X1' }, []).score).toBe(0.95);
    expect(scoreCandidate({ rfc: 'R' }, { rfc: 'R' }, []).score).toBe(0.9);
    expect(
      scoreCandidate(a, person('Lucia', 'Garcia', null, { birthDate: '1993-05-13' }), []),
    ).toMatchObject({
      score: 0.8,
      reasons: ['NAME', 'BIRTH_DATE'],
    });
    expect(scoreCandidate(a, person('Lucia', 'Garcia', null), ['Phone', 'Address']).score).toBe(
      0.75,
    );
    expect(scoreCandidate(a, person('Lucia', 'Garcia', null), []).score).toBe(0.35);
  });
  it('counts an alias on both records, with names alike, as an identifier', () => {
    const perro = (given: string, more = {}) =>
      person(given, 'García', 'Hernández', { aliases: ['El Perro'], ...more });
    // The eval's misses: "José Luis" and "Luis" García Hernández, both "El Perro".
    expect(scoreCandidate(perro('José Luis'), perro('Luis'), [])).toMatchObject({
      score: 0.55,
      reasons: ['NAME', 'SHARED_ALIAS'],
    });
    expect(scoreCandidate(perro('Luis'), perro('Luis'), ['Phone']).score).toBe(0.75);
    expect(
      scoreCandidate(
        perro('Luis', { birthDate: '1990-01-02' }),
        perro('Luis', { birthDate: '1990-01-02' }),
        [],
      ).score,
    ).toBe(0.84);
    // Names not alike: an alias says nothing; "sin alias" is no alias.
    expect(
      scoreCandidate(perro('Luis'), person('Ana', 'Ruiz', null, { aliases: ['EL PERRO'] }), [])
        .reasons,
    ).toEqual([]);
    const none = (given: string) => person(given, 'Ruiz', null, { aliases: ['Sin alias'] });
    expect(scoreCandidate(none('Ana'), none('Ana'), []).score).toBe(0.35);
  });
  it('ranks a shared CURP above a name, birth date and identifiers without one', () => {
    const noCurp = person('Lucia', 'Garcia', 'Zendejas', { birthDate: '1993-05-13' });
    const withCurp = person('Lucia', 'Garcia', 'Zendejas', { curp: 'X1' });
    const weaker = scoreCandidate(a, noCurp, ['Phone', 'Address']).score;
    expect(weaker).toBe(0.88);
    expect(scoreCandidate(a, noCurp, ['Phone']).score).toBe(0.84);
    expect(scoreCandidate(a, withCurp, []).score).toBe(0.97);
    expect(scoreCandidate(a, withCurp, ['Phone']).score).toBe(0.99);
    expect(scoreCandidate({ rfc: 'R' }, { rfc: 'R' }, ['Phone']).score).toBe(0.92);
    expect(scoreCandidate(a, { curp: 'X1' }, []).score).toBeGreaterThan(weaker);
  });
  it('reads a birth date and sex from a CURP when the record gives none', () => {
    const curp = person('Lucía', 'García', null, { curp: 'GAXL930513MDFRNC01' });
    expect(
      scoreCandidate(curp, person('Lucia', 'Garcia', 'Zendejas', { birthDate: '1993-05-13' }), []),
    ).toMatchObject({
      score: 0.8,
      reasons: ['NAME', 'BIRTH_DATE'],
    });
    const young = person('Lucía', 'García', null, { curp: 'GAXL030513MDFRNCA1' });
    expect(
      scoreCandidate(
        young,
        person('Lucia', 'Garcia', null, { birthDate: '2003-05-13', sex: 'H' }),
        [],
      ).conflicts,
    ).toEqual(['SEX']);
  });

  it('reads a birth date from an RFC, its century from the age an RFC is issued at', () => {
    const owner = person('María', 'Guzmán', 'García', { rfc: 'GUGM5508175N7' });
    expect(
      scoreCandidate(owner, person('Maria', 'Guzman', 'Garcia', { birthDate: '1955-08-17' }), [])
        .score,
    ).toBe(0.8);
    expect(birthAndSex({ rfc: 'GUGM0508175N7' }, 2026).birth).toBe('2005-08-17');
    expect(birthAndSex({ rfc: 'GUGM1008175N7' }, 2026).birth).toBe('1910-08-17');
    // A mistyped one writes no day of the calendar: none is searched.
    expect(realDate(birthAndSex({ curp: 'GAXL930230MDFRNC01' }).birth)).toBeNull();
    expect(realDate('1993-05-13')).toBe('1993-05-13');
  });

  it('says where the birth dates compared were read: the records, a CURP or an RFC (QA)', () => {
    // QA: a vehicle owner's record, with no birth date but its RFC's, was "misma fecha de
    // nacimiento" to a record that gives one, and the panel showed no date.
    const fgj = person('Ricardo', 'Reyes', 'Ortiz', { birthDate: '1978-04-01' });
    const owner = person('RICARDO', 'REYES', 'ORTIZ', { rfc: 'REOR780401CR8' });
    expect(scoreCandidate(fgj, owner, [])).toEqual({
      score: 0.8,
      reasons: ['NAME', 'BIRTH_DATE'],
      conflicts: [],
      birthDateFrom: ['RFC'],
    });
    expect(scoreCandidate(owner, fgj, []).birthDateFrom).toEqual(['RFC']);
    // Both records give theirs: nothing to say.
    expect(scoreCandidate(fgj, { ...owner, birthDate: '1978-04-01' }, []).birthDateFrom).toEqual(
      [],
    );
    const curp = person('Ricardo', 'Reyes', null, { curp: 'REOR780401HDFYRC03' });
    expect(scoreCandidate(curp, owner, []).birthDateFrom).toEqual(['CURP', 'RFC']);
    // A date that disagrees says where it was read too.
    const other = person('Ricardo', 'Reyes', 'Ortiz', { rfc: 'REOR610201AB1' });
    expect(scoreCandidate(fgj, other, [])).toMatchObject({
      conflicts: ['BIRTH_DATE'],
      birthDateFrom: ['RFC'],
    });
    // A shared CURP says the date already; no date compared, nothing said.
    const withCurp = { ...curp, rfc: 'REOR780401CR8' };
    expect(scoreCandidate(withCurp, curp, []).birthDateFrom).toEqual([]);
    expect(scoreCandidate(fgj, person('Ricardo', 'Reyes', null), ['Phone']).birthDateFrom).toEqual(
      [],
    );
    expect(birthAndSex(owner).birthFrom).toBe('RFC');
    expect(birthAndSex(fgj).birthFrom).toBeNull();
  });

  it('divides it when the records disagree on CURP, birth date or sex', () => {
    const other = person('Lucía', 'García', 'Zendejas', {
      birthDate: '1961-02-01',
      curp: 'Y2',
      sex: 'M',
    });
    const s = scoreCandidate(a, other, ['Address']);
    expect(s.conflicts).toEqual(['CURP', 'BIRTH_DATE']);
    expect(s.score).toBeLessThan(0.1);
    // An empty field is no field: no conflict.
    expect(
      scoreCandidate(a, person('Lucia', 'Garcia', null, { curp: '', birthDate: '1993-05-13' }), [])
        .score,
    ).toBe(0.8);
    // A company two partners own tells no person.
    expect(scoreCandidate(a, person('Lucia', 'Garcia', null), ['Company']).score).toBe(0.35);
    // A brother at her address shares it, but not his name: nothing.
    expect(
      scoreCandidate(a, person('Pedro', 'García', 'Zendejas', { sex: 'H' }), ['Address']).score,
    ).toBe(0);
  });
});
