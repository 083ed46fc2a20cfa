// RFC (Registro Federal de Contribuyentes): 13 characters for a person, 12 for a company.
// Homoclave and check digit follow SAT's algorithm as released through IFAI request
// 0610100135506 (name mapped to digit pairs, summed, base 34; check digit modulo 11).

import { fourLetters, upperName, validYymmdd, yymmdd, type NameParts } from './name-code.js';
import { stripAccents } from './text.js';

const HOMOCLAVE_DIGITS = '123456789ABCDEFGHIJKLMNPQRSTUVWXYZ';
const CHECK_DICT = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
const FORBIDDEN = new Set(
  (
    'BUEI BUEY CACA CACO CAGA KOGE KAKA MAME KOJO KULO CAGO COGE COJE COJO FETO JOTO KACO KAGO ' +
    'MAMO MEAR MEON MION MOCO MULA PEDA PEDO PENE PUTA PUTO QULO RATA RUIN'
  ).split(' '),
);
const COMPANY_NOISE = new Set([
  'EL',
  'LA',
  'DE',
  'LOS',
  'LAS',
  'Y',
  'DEL',
  'MI',
  'POR',
  'CON',
  'AL',
  'SUS',
  'E',
  'PARA',
  'EN',
  'MC',
  'VON',
  'MAC',
  'VAN',
  'COMPANIA',
  'CIA',
  'SOCIEDAD',
  'SOC',
  'COOPERATIVA',
  'COOP',
  'SA',
  'CV',
  'SRL',
  'RL',
  'SC',
  'SAPI',
  'AC',
  'SAB',
  'THE',
  'OF',
  'AND',
  'COMPANY',
  'CO',
]);
/** Company-type suffixes that are not part of the name ("S.A. de C.V.", "S. de R.L."). */
const SUFFIX =
  /,?\s*(S\.?\s?A\.?\s?P\.?\s?I\.?|S\.?\s?A\.?\s?B\.?|S\.?\s?A\.?|S\.?\s?DE\s?R\.?\s?L\.?|S\.?\s?C\.?|A\.?\s?C\.?)(\s*DE\s*C\.?\s?V\.?)?\s*$/i;

function pairCode(c: string): string {
  if (c === ' ') return '00';
  if (/\d/.test(c)) return '0' + c;
  if (c === '&') return '10';
  if (c === 'Ñ') return '40';
  const i = c.charCodeAt(0) - 65;
  if (i < 0 || i > 25) return '00';
  if (i < 9) return String(11 + i); // A-I -> 11..19
  if (i < 18) return String(21 + i - 9); // J-R -> 21..29
  return String(32 + i - 18); // S-Z -> 32..39
}

/** Two-character homoclave computed from the full name (or company name). */
export function homoclave(fullName: string): string {
  const name = stripAccents(fullName).toUpperCase().replace(/[-.']/g, '');
  let digits = '0';
  for (const c of name) digits += pairCode(c);
  let sum = 0;
  for (let i = 0; i < digits.length - 1; i++) {
    sum += Number(digits.slice(i, i + 2)) * Number(digits.charAt(i + 1));
  }
  const last3 = sum % 1000;
  return HOMOCLAVE_DIGITS.charAt(Math.floor(last3 / 34)) + HOMOCLAVE_DIGITS.charAt(last3 % 34);
}

/** Check digit over the first 12 (person) or 11 (company, space-padded) characters. */
export function rfcCheckDigit(body: string): string {
  const b = body.length === 11 ? ' ' + body : body;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += CHECK_DICT.indexOf(b.charAt(i)) * (13 - i);
  const r = sum % 11;
  if (r === 0) return '0';
  return 11 - r === 10 ? 'A' : String(11 - r);
}

export function buildPersonRfc(p: NameParts & { birthDate: string }): string {
  let letters = fourLetters(p, 'X');
  if (FORBIDDEN.has(letters)) letters = letters.slice(0, 3) + 'X';
  const full = `${upperName(p.paternal)} ${upperName(p.maternal)} ${upperName(p.givenNames)}`;
  const body = letters + yymmdd(p.birthDate) + homoclave(full);
  return body + rfcCheckDigit(body);
}

/** Company name without its legal-form suffix, upper case, no accents. */
export function companyCoreName(name: string): string {
  return upperName(stripAccents(name).replace(SUFFIX, '')).trim();
}

export function buildCompanyRfc(name: string, incorporated: string): string {
  const core = companyCoreName(name);
  const words = core.split(' ').filter((w) => w.length > 0 && !COMPANY_NOISE.has(w));
  let letters: string;
  if (words.length >= 3)
    letters = words
      .slice(0, 3)
      .map((w) => w.charAt(0))
      .join('');
  else if (words.length === 2) letters = (words[0] ?? '').charAt(0) + (words[1] ?? '').slice(0, 2);
  else letters = (words[0] ?? 'XXX').slice(0, 3).padEnd(3, 'X');
  // The homoclave runs over the whole registered name, legal form included (SAT's examples).
  const body = letters.replace(/Ñ/g, 'X') + yymmdd(incorporated) + homoclave(upperName(name));
  return body + rfcCheckDigit(body);
}

const PERSON = /^[A-ZÑ&]{4}\d{6}[A-Z0-9]{2}[0-9A]$/;
const COMPANY = /^[A-ZÑ&]{3}\d{6}[A-Z0-9]{2}[0-9A]$/;

/** Why an RFC is invalid, or null. Generic RFCs (XAXX010101000) are accepted as valid. */
export function rfcProblem(rfc: string): string | null {
  if (rfc.length !== 12 && rfc.length !== 13) {
    return `RFC must have 12 (company) or 13 (person) characters, has ${rfc.length}`;
  }
  const shape = rfc.length === 13 ? PERSON : COMPANY;
  if (!shape.test(rfc)) return 'RFC does not match the SAT pattern';
  if (rfc === 'XAXX010101000' || rfc === 'XEXX010101000') return null;
  const date = rfc.slice(rfc.length - 9, rfc.length - 3);
  if (!validYymmdd(date, 1900) && !validYymmdd(date, 2000)) return 'RFC date is not a real date';
  if (rfcCheckDigit(rfc.slice(0, -1)) !== rfc.slice(-1)) return 'RFC check digit does not match';
  return null;
}

export const isValidRfc = (rfc: string): boolean => rfcProblem(rfc) === null;
