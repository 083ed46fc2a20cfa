import { describe, expect, it } from 'vitest';
import { buildClabe, clabeProblem, isValidClabe } from './clabe.js';
import { buildCurp, curpProblem, isValidCurp } from './curp.js';
import { buildCompanyRfc, buildPersonRfc, homoclave, isValidRfc, rfcProblem } from './rfc.js';

describe('CURP', () => {
  it('accepts published real-format CURPs', () => {
    for (const c of ['HEGG560427MVZRRL04', 'MAHJ280603MSPRRV09', 'SABC560626MDFLRN01']) {
      expect(curpProblem(c)).toBeNull();
    }
  });

  it('builds the CURP of a compound name with particles', () => {
    const curp = buildCurp({
      givenNames: 'María de los Ángeles',
      paternal: 'de la Cruz',
      maternal: 'Núñez',
      birthDate: '1990-02-14',
      sex: 'M',
      state: 'DF',
    });
    // CRUZ -> C U, NÚÑEZ -> N, ÁNGELES (María is skipped) -> A; consonants R, Ñ->X, N.
    expect(curp).toBe('CUNA900214MDFRXN03');
    expect(isValidCurp(curp)).toBe(true);
  });

  it('uses a letter as homonym character from 2000 on', () => {
    const curp = buildCurp({
      givenNames: 'Sofía',
      paternal: 'Hernández',
      maternal: 'García',
      birthDate: '2005-07-01',
      sex: 'M',
      state: 'DF',
      homonym: 1,
    });
    expect(curp.charAt(16)).toBe('B');
    expect(isValidCurp(curp)).toBe(true);
  });

  it('rejects bad CURPs with the reason', () => {
    expect(curpProblem('HEGG560427MVZRRL05')).toBe('CURP check digit does not match');
    expect(curpProblem('HEGG560230MVZRRL04')).toBe('CURP birth date is not a real date');
    expect(curpProblem('HEGG560427MXXRRL04')).toBe('CURP does not match the RENAPO pattern');
    expect(curpProblem('HEGG560427MVZRRL0')).toBe('CURP must have 18 characters, has 17');
  });
});

describe('RFC', () => {
  it('computes SAT homoclaves (published test vectors)', () => {
    expect(homoclave('PEREZ GARCIA JUAN')).toBe('LN');
    expect(homoclave('DEL REAL ANZURES JOSE ANTONIO')).toBe('N9');
    expect(homoclave('MUÑOZ ORTEGA JUAN')).toBe('T6');
    expect(homoclave('MUÑOZ MUÑOZ JUAN')).toBe('RZ');
    expect(homoclave('ARGÜELLES ORTEGA JESUS')).toBe('JF');
  });

  it('builds a person RFC with homoclave and check digit', () => {
    expect(
      buildPersonRfc({
        givenNames: 'Josué',
        paternal: 'Zarzosa',
        maternal: 'de la Torre',
        birthDate: '1987-08-05',
      }),
    ).toBe('ZATJ870805CK6');
  });

  it('builds a valid company RFC', () => {
    const rfc = buildCompanyRfc('Sonora Industrial Azucarera, S. de R. L.', '1982-11-29');
    expect(rfc.slice(0, 11)).toBe('SIA821129LS');
    expect(isValidRfc(rfc)).toBe(true);
  });

  it('accepts real RFCs of people and companies', () => {
    for (const r of [
      'GODE561231GR8',
      'SAT970701NN3',
      'WMT970714R10',
      'BBA830831LJ2',
      'TME840315KT6',
      'XAXX010101000',
    ]) {
      expect(rfcProblem(r)).toBeNull();
    }
  });

  it('rejects bad RFCs', () => {
    expect(rfcProblem('GODE561231GR9')).toBe('RFC check digit does not match');
    expect(rfcProblem('GODE561331GR8')).toBe('RFC date is not a real date');
    expect(rfcProblem('GODE56123')).toMatch(/12 \(company\) or 13 \(person\)/);
  });
});

describe('CLABE', () => {
  it('accepts published CLABEs', () => {
    for (const c of ['032180000118359719', '002010077777777771', '646180157000000004'])
      expect(isValidClabe(c)).toBe(true);
  });

  it('builds the check digit', () => {
    expect(buildClabe('032', '180', '00011835971')).toBe('032180000118359719');
  });

  it('rejects bad CLABEs', () => {
    expect(clabeProblem('032180000118359718')).toBe('CLABE check digit does not match');
    expect(clabeProblem('03218000011835971')).toBe('CLABE must be 18 digits');
    expect(clabeProblem('03218000011835971X')).toBe('CLABE must be 18 digits');
  });
});
