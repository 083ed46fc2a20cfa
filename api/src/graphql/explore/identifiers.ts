// Recognises exact identifiers typed "in any formatting" (spaces, dashes, dots, lower case,
// +52 prefixes) and normalises them the way the loader stores them.
import { fold } from './search-query.js';

export interface IdentifierKeys {
  curp: string | null;
  rfc: string | null;
  clabe: string | null;
  phone: string | null;
  plate: string | null;
  /** Every stored form the text could be, as a case or C5 folio. */
  folios: string[] | null;
}

const CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;
const RFC = /^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/;
const PLATE = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{5,8}$/;

/** 2^10 = 1,024 forms at most: a written FGJ folio has ten separators. */
const MAX_FOLIO_SEPARATORS = 10;

/**
 * The stored forms of a folio typed with any separators. The loaders keep a folio's slashes and
 * drop its spaces and dashes ("CI-FIZP/IZP-3/UI-1 C/D/00123/01-2024" is stored as
 * "CIFIZP/IZP3/UI1C/D/00123/012024"), so each space, dash, slash or dot typed stands for a slash
 * or for nothing: "C5 240101 00042" → C524010100042, C5240101/00042, C5/24010100042,
 * C5/240101/00042. Looked up exactly, these find only folios with the same letters and digits.
 */
export function folioForms(text: string): string[] {
  const parts = fold(text)
    .toUpperCase()
    .split(/[\s\-./]+/)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return [];
  // Too many separators to try them all: only the loader's own rule (slashes kept).
  if (parts.length > MAX_FOLIO_SEPARATORS + 1) {
    return [
      fold(text)
        .toUpperCase()
        .replace(/[\s-]+/g, ''),
    ];
  }
  let forms = [parts[0]!];
  for (const part of parts.slice(1)) forms = forms.flatMap((f) => [f + part, `${f}/${part}`]);
  return forms;
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
  const bare = fold(text).replace(/[\s\-./]+/g, '');
  return {
    curp: CURP.test(compact) ? compact : null,
    rfc: RFC.test(compact) ? compact : null,
    clabe: digits.length === 18 ? digits : null,
    phone,
    plate: PLATE.test(compact) && !CURP.test(compact) && !RFC.test(compact) ? compact : null,
    // Any text with a digit might be a case or C5 folio.
    folios: /\d/.test(bare) && bare.length >= 4 && bare.length <= 80 ? folioForms(text) : null,
  };
}
