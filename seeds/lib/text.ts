// Text normalisation shared by the generator (to render noisy records) and the loader (to build
// keys and search text). Sources keep or drop accents at will, so every key is built on the
// folded form; display values keep the source's own spelling.

const COMBINING = /[\u0300-\u036f]/g;

/** Strips accents but keeps Ñ, which is a distinct letter in Spanish (and in CURP/RFC tables). */
export function stripAccents(s: string): string {
  // In NFD, ñ is n + U+0303 (combining tilde): keep exactly that pair, drop every other mark.
  return s
    .normalize('NFD')
    .replace(/(?<![nN])\u0303|[\u0300-\u0302\u0304-\u036f]/g, '')
    .normalize('NFC');
}

/** Strips every diacritic, Ñ included: the form used for matching and ids. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '');
}

/** Upper case, folded, single spaces: the canonical comparison key for names and places. */
export function key(s: string): string {
  return fold(s).toUpperCase().replace(/\s+/g, ' ').trim();
}

/** Upper case, no spaces, dashes, dots or slashes: the normal form of identifiers. */
export function normId(s: string): string {
  return fold(s)
    .toUpperCase()
    .replace(/[\s\-./]/g, '');
}

/** Lower-case ASCII slug with dashes, for readable ids ("San Ángel" -> "san-angel"). */
export function slug(s: string): string {
  return key(s)
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** "JUAN CARLOS" -> "Juan Carlos", keeping particles lower case ("de la", "del"). */
export function titleCase(s: string): string {
  const small = new Set(['de', 'del', 'la', 'las', 'los', 'y']);
  return s
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** A catalogue written as comma-separated text (one readable block instead of one item a line). */
export function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
