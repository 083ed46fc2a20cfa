// The four name letters shared by CURP and RFC (RENAPO's and SAT's rules differ only in details
// passed in as options): particles are ignored, "María"/"José" give way to a second given name.

import { stripAccents } from './text.js';

const PARTICLES = new Set([
  'DA',
  'DAS',
  'DE',
  'DEL',
  'DER',
  'DI',
  'DIE',
  'DD',
  'EL',
  'LA',
  'LOS',
  'LAS',
  'LE',
  'LES',
  'MAC',
  'MC',
  'VAN',
  'VON',
  'Y',
  'MI',
]);
const COMMON_FIRST = new Set(['MARIA', 'MA', 'MA.', 'JOSE', 'J', 'J.']);
const VOWELS = 'AEIOU';

/** Upper case, accents removed (Ñ kept), only letters and spaces. */
export function upperName(s: string): string {
  return stripAccents(s)
    .toUpperCase()
    .replace(/[^A-ZÑ ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops particles ("DE LA CRUZ" -> "CRUZ"); falls back to the whole name if nothing is left. */
export function significant(s: string): string {
  const words = upperName(s)
    .split(' ')
    .filter((w) => w.length > 0);
  const kept = words.filter((w) => !PARTICLES.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** The given name that counts: the second one when the first is María or José. */
export function usedGivenName(givenNames: string): string {
  const words = significant(givenNames).split(' ');
  if (words.length > 1 && COMMON_FIRST.has(words[0] ?? '')) return words.slice(1).join(' ');
  return words.join(' ');
}

function firstInternal(word: string, pred: (c: string) => boolean): string | undefined {
  for (let i = 1; i < word.length; i++) {
    const c = word.charAt(i);
    if (c === ' ') break;
    if (pred(c)) return c;
  }
  return undefined;
}

export const isVowel = (c: string): boolean => VOWELS.includes(c);
export const isConsonant = (c: string): boolean => /[B-DF-HJ-NP-TV-ZÑ]/.test(c);

export interface NameParts {
  givenNames: string;
  paternal: string;
  maternal: string;
}

/** Four letters: paternal initial + its first inner vowel, maternal initial, given initial. */
export function fourLetters(n: NameParts, nTilde: string): string {
  const pat = significant(n.paternal).replace(/Ñ/g, nTilde);
  const mat = significant(n.maternal).replace(/Ñ/g, nTilde);
  const giv = usedGivenName(n.givenNames).replace(/Ñ/g, nTilde);
  if (pat.length === 0) return (mat.slice(0, 2) + giv.slice(0, 2)).padEnd(4, 'X');
  if (mat.length === 0) return (pat.slice(0, 2) + giv.slice(0, 2)).padEnd(4, 'X');
  return pat.charAt(0) + (firstInternal(pat, isVowel) ?? 'X') + mat.charAt(0) + giv.charAt(0);
}

/** First inner consonant of each name part (CURP positions 14–16). */
export function innerConsonants(n: NameParts): string {
  const f = (s: string): string => {
    const c = firstInternal(significant(s), isConsonant);
    return c === undefined || c === 'Ñ' ? 'X' : c;
  };
  const mat = significant(n.maternal);
  return f(n.paternal) + (mat.length > 0 ? f(n.maternal) : 'X') + f(usedGivenName(n.givenNames));
}

/** YYMMDD from an ISO date (YYYY-MM-DD). */
export function yymmdd(isoDate: string): string {
  return isoDate.slice(2, 4) + isoDate.slice(5, 7) + isoDate.slice(8, 10);
}

/** True when YYMMDD is a real calendar date in the given century. */
export function validYymmdd(s: string, century: number): boolean {
  const y = century + Number(s.slice(0, 2));
  const m = Number(s.slice(2, 4));
  const d = Number(s.slice(4, 6));
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
