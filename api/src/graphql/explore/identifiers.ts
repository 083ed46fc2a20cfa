// Recognises exact identifiers typed "in any formatting" (spaces, dashes, dots, lower case,
// +52 prefixes) and normalises them the way the loader stores them.

export interface IdentifierKeys {
  curp: string | null;
  rfc: string | null;
  clabe: string | null;
  phone: string | null;
  plate: string | null;
  folio: string | null;
}

const CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;
const RFC = /^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/;
const PLATE = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{5,8}$/;

/** Folios keep their slashes; only case, spaces and dashes vary between sources. */
export function normaliseFolio(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, '');
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
  const folio = normaliseFolio(text.trim());
  return {
    curp: CURP.test(compact) ? compact : null,
    rfc: RFC.test(compact) ? compact : null,
    clabe: digits.length === 18 ? digits : null,
    phone,
    plate: PLATE.test(compact) && !CURP.test(compact) && !RFC.test(compact) ? compact : null,
    // Any text with a digit and no inner spaces between words might be a case or C5 folio.
    folio: /\d/.test(folio) && folio.length >= 4 && folio.length <= 80 ? folio : null,
  };
}
