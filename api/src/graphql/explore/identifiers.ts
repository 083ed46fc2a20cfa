// Recognises exact identifiers typed "in any formatting" (spaces, dashes, dots, lower case,
// +52 prefixes) and normalises them the way the loader stores them.
import { fold } from './search-query.js';

export interface IdentifierKeys {
  curp: string | null;
  rfc: string | null;
  clabe: string | null;
  phone: string | null;
  plate: string | null;
  /** The text as a case, C5, IPH or UIF report folio: letters and digits only (see bareFolio). */
  folio: string | null;
}

const CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;
const RFC = /^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/;
const PLATE = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{5,8}$/;

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

export function identifierKeys(text: string): IdentifierKeys {
  const compact = text.toUpperCase().replace(/[^A-Z0-9Ñ&]/g, '');
  const digits = /^\+?[\d\s().-]+$/.test(text.trim()) ? text.replace(/\D/g, '') : '';
  const phone =
    digits.length === 12 && digits.startsWith('52')
      ? digits.slice(2)
      : digits.length === 10
        ? digits
        : null;
  const folio = bareFolio(text);
  return {
    curp: CURP.test(compact) ? compact : null,
    rfc: RFC.test(compact) ? compact : null,
    clabe: digits.length === 18 ? digits : null,
    phone,
    plate: PLATE.test(compact) && !CURP.test(compact) && !RFC.test(compact) ? compact : null,
    // Any text with a digit might be a folio.
    folio: /\d/.test(folio) && folio.length >= 4 && folio.length <= 80 ? folio : null,
  };
}
