// CURP (Clave Única de Registro de Población): build one from a person's data and validate one.
// Check digit per RENAPO (see DOMAIN.md): characters valued through 0-9A-NÑO-Z, weights 18..2.

import { fourLetters, innerConsonants, validYymmdd, yymmdd, type NameParts } from './name-code.js';

const DICT = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** RENAPO's list of inconvenient words: when the four letters spell one, the 2nd becomes X. */
const INCONVENIENT = new Set(
  (
    'BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO ' +
    'FALO FETO GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI ' +
    'KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA ' +
    'MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO ' +
    'TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY'
  ).split(' '),
);

export const STATES = [
  'AS',
  'BC',
  'BS',
  'CC',
  'CL',
  'CM',
  'CS',
  'CH',
  'DF',
  'DG',
  'GT',
  'GR',
  'HG',
  'JC',
  'MC',
  'MN',
  'MS',
  'NT',
  'NL',
  'OC',
  'PL',
  'QT',
  'QR',
  'SP',
  'SL',
  'SR',
  'TC',
  'TS',
  'TL',
  'VZ',
  'YN',
  'ZS',
  'NE',
] as const;

const SHAPE =
  /^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/;

export function curpCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += DICT.indexOf(first17.charAt(i)) * (18 - i);
  return String((10 - (sum % 10)) % 10);
}

export interface CurpInput extends NameParts {
  birthDate: string; // YYYY-MM-DD
  sex: 'H' | 'M';
  state: string; // two-letter code, 'DF' for Mexico City
  /** 0..9 (born before 2000) or 0..25 (from 2000): RENAPO's homonym disambiguator. */
  homonym?: number;
}

export function buildCurp(p: CurpInput): string {
  let letters = fourLetters(p, 'X');
  if (INCONVENIENT.has(letters)) letters = letters.charAt(0) + 'X' + letters.slice(2);
  const year = Number(p.birthDate.slice(0, 4));
  const h = p.homonym ?? 0;
  const diff = year < 2000 ? String(h % 10) : String.fromCharCode(65 + (h % 26));
  const body = letters + yymmdd(p.birthDate) + p.sex + p.state + innerConsonants(p) + diff;
  return body + curpCheckDigit(body);
}

/** Why a CURP is invalid, or null when it is valid. Expects the normalised (upper) form. */
export function curpProblem(curp: string): string | null {
  if (curp.length !== 18) return `CURP must have 18 characters, has ${curp.length}`;
  if (!SHAPE.test(curp)) return 'CURP does not match the RENAPO pattern';
  const century = /\d/.test(curp.charAt(16)) ? 1900 : 2000;
  if (!validYymmdd(curp.slice(4, 10), century)) return 'CURP birth date is not a real date';
  if (curpCheckDigit(curp) !== curp.charAt(17)) return 'CURP check digit does not match';
  return null;
}

export const isValidCurp = (curp: string): boolean => curpProblem(curp) === null;
