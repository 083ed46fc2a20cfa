// Why a search for an identifier may have found nothing, when what was typed is close to one:
// a phone of 9 digits, a CURP with a letter O where a digit goes. Shown beside "Sin resultados"
// (QA: a mistyped CURP and a 9-digit phone only said there were no results).

export type SearchHint =
  | { kind: 'phoneDigits'; digits: number }
  | { kind: 'curpLength'; length: number }
  | { kind: 'curpChar'; position: number; char: string; wanted: 'digit' | 'letter' };

/** Prefixes a Mexican number is dialled with (the search takes them: identifiers.ts). */
const PHONE_PREFIXES = [/^52(1)?(\d{10})$/, /^04[45](\d{10})$/, /^01(\d{10})$/];

/** What a CURP holds at each place: 4 letters, 6 digits (birth date), the sex, 5 letters,
 * one letter or digit, a check digit. */
const CURP_SHAPE = 'LLLLDDDDDDSLLLLLAD';

export function searchHint(text: string): SearchHint | null {
  const typed = text.trim();
  // A number, written with spaces, dashes, dots, brackets or a +.
  if (/^\+?[\d\s().-]+$/.test(typed)) {
    const digits = typed.replace(/\D/g, '');
    const whole = digits.length === 10 || digits.length === 8;
    if (whole || PHONE_PREFIXES.some((p) => p.test(digits))) return null;
    return digits.length >= 7 && digits.length <= 13
      ? { kind: 'phoneDigits', digits: digits.length }
      : null;
  }
  const word = typed.replace(/[\s-]/g, '').toUpperCase();
  // Four letters and a date start a CURP (or an RFC, which is shorter: 12 or 13).
  if (!/^[A-ZÑ]{4}[\dO]{6}/.test(word) || !/^[A-Z0-9Ñ]+$/.test(word)) return null;
  if (word.length === 18) {
    for (let i = 0; i < 18; i++) {
      const c = word[i]!;
      const kind = CURP_SHAPE[i]!;
      const digit = /\d/.test(c);
      if ((kind === 'D' && !digit) || ((kind === 'L' || kind === 'S') && digit))
        return {
          kind: 'curpChar',
          position: i + 1,
          char: c,
          wanted: kind === 'D' ? 'digit' : 'letter',
        };
    }
    return null;
  }
  return word.length >= 15 && word.length <= 20
    ? { kind: 'curpLength', length: word.length }
    : null;
}
