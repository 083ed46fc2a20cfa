// Recognises exact identifiers typed "in any formatting" (spaces, dashes, dots, lower case,
// +52 prefixes) and normalises them the way the loader stores them.
import { AGENCIES, RECORD_KINDS } from '../../graph/model.js';
import { fold } from './search-query.js';

export interface IdentifierKeys {
  curp: string | null;
  rfc: string | null;
  clabe: string | null;
  /** A phone's 10 digits; two candidates for a CDMX number typed without its area code. */
  phones: string[];
  plate: string | null;
  /** A vehicle's serial number (NIV/VIN): 17 letters and digits, never I, O or Q. */
  vin: string | null;
  /** The text as a case, C5, IPH or UIF report folio: letters and digits only (see bareFolio). */
  folio: string | null;
  /** The start of a CURP (its first four letters and birth date, or more). */
  curpPrefix: string | null;
  /** The end of a folio, as people quote one by its number and date ("00123/01-2024"). */
  folioTail: string | null;
  /**
   * Entity ids a record id may be: as the side panel shows it ("persona:INT-000349", under any
   * agency) or whole ("SSC:persona:INT-000349"), as analysts pass them to each other.
   */
  recordIds: string[];
}

/**
 * The entity ids a typed record id may name: an entity's id is "<agency>:<record>", and the
 * side panel shows the agency apart from the record ("SSC" · "persona:INT-000349"). Both as
 * typed and with the usual case (agency upper, kind lower, number upper). A record number alone
 * ("INT-000349", "pf0000001"), as the agency's own system shows it, under every kind of record
 * (RECORD_KINDS): one word with a digit.
 */
function recordIdsOf(text: string): string[] {
  const typed = text.trim();
  if (/^[A-Za-z0-9][\w./-]*$/.test(typed) && /\d/.test(typed) && typed.length <= 60)
    return [
      ...new Set(RECORD_KINDS.flatMap((k) => [`${k}:${typed}`, `${k}:${typed.toUpperCase()}`])),
    ];
  if (!/^[A-Za-z0-9_-]+:\S+$/.test(typed) || typed.length > 120) return [];
  const [first, ...rest] = typed.split(':');
  const agency = first!.toUpperCase();
  const usual = (record: string[]) =>
    record.length > 1
      ? [record[0]!.toLowerCase(), ...record.slice(1).map((p) => p.toUpperCase())].join(':')
      : record.join(':').toUpperCase();
  const records = (AGENCIES as readonly string[]).includes(agency)
    ? [`${agency}:${rest.join(':')}`, `${agency}:${usual(rest)}`]
    : // A shared entity's id has no agency ("phone:5512345678"): as typed, too.
      [typed, ...AGENCIES.flatMap((a) => [`${a}:${typed}`, `${a}:${usual([first!, ...rest])}`])];
  return [...new Set(records)];
}

const CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;
const RFC = /^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/;
const PLATE = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{5,8}$/;
const VIN = /^(?=.*\d)(?=.*[A-Z])[A-HJ-NPR-Z0-9]{17}$/;
/** A CURP's first four letters and at least the year of birth, short of a whole CURP. */
const CURP_START = /^[A-Z]{4}\d{2}[A-Z0-9]{0,11}$/;
/** The digits of a CDMX number written without its area code, and the area codes it may have. */
const LOCAL_DIGITS = 8;
const CDMX_AREA_CODES = ['55', '56'];

/**
 * A folio's letters and digits only, as the loaders store it in `folioBare` next to the written
 * folio: "CI-FIZP/IZP-3/UI-1 C/D/00123/01-2024", "ci fizp izp 3 ui 1 c d 00123 01 2024" and
 * "CIFIZPIZP3UI1CD00123012024" are one folio. The loaders call this same function.
 */
export function bareFolio(text: string): string {
  return fold(text)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * A phone number's digits without the prefixes people still dial or write before the 10
 * national digits: the country code (52, +52, 0052), the 1 mobiles carried after it until 2019
 * (+52 1 55…), and the old national prefixes 01, 044 and 045 (044 55…). Only longer numbers
 * lose a prefix, so no 10-digit number is cut.
 */
export function nationalPhone(digits: string): string {
  const prefixes = [/^0052(1?)/, /^52(1?)/, /^04[45]/, /^01/];
  for (const prefix of prefixes) {
    if (digits.length <= 10) break;
    const m = prefix.exec(digits);
    if (m && digits.length - m[0].length === 10) return digits.slice(m[0].length);
  }
  return digits;
}

export function identifierKeys(text: string): IdentifierKeys {
  const compact = text.toUpperCase().replace(/[^A-Z0-9Ñ&]/g, '');
  const digits = /^\+?[\d\s().-]+$/.test(text.trim()) ? text.replace(/\D/g, '') : '';
  const national = nationalPhone(digits);
  const phones =
    national.length === 10
      ? [national]
      : national.length === LOCAL_DIGITS
        ? CDMX_AREA_CODES.map((code) => code + national)
        : [];
  const folio = bareFolio(text);
  const isFolio = /\d/.test(folio) && folio.length >= 4 && folio.length <= 80;
  return {
    curp: CURP.test(compact) ? compact : null,
    rfc: RFC.test(compact) ? compact : null,
    clabe: digits.length === 18 ? digits : null,
    phones,
    plate: PLATE.test(compact) && !CURP.test(compact) && !RFC.test(compact) ? compact : null,
    vin: VIN.test(compact) ? compact : null,
    // Any text with a digit might be a folio, or its tail when long enough to mean something.
    folio: isFolio ? folio : null,
    // A whole CURP also finds those differing in its last character alone, after it: a check
    // digit mistyped (or wrongly computed on an old record) otherwise found nothing.
    curpPrefix: CURP.test(compact)
      ? compact.slice(0, 17)
      : CURP_START.test(compact)
        ? compact
        : null,
    folioTail: isFolio && folio.length >= 6 ? folio : null,
    recordIds: recordIdsOf(text),
  };
}

/**
 * Where a partly typed identifier sits in the written one: a CURP's start, or a folio's tail
 * counted in letters and digits from the end (so "00123/01-2024" lights up in
 * "CI-FIZP/IZP-3/UI-1 C/D/00123/01-2024").
 */
export function partRange(field: string, value: string, keys: IdentifierKeys): [number, number] {
  if (field === 'curp' && keys.curpPrefix)
    return [0, Math.min(keys.curpPrefix.length, value.length)];
  const tail = keys.folioTail?.length ?? 0;
  let seen = 0;
  for (let i = value.length - 1; i >= 0 && tail > 0; i--) {
    if (/[A-Za-z0-9]/.test(value[i]!)) seen++;
    if (seen === tail) return [i, value.length];
  }
  return [0, value.length];
}
