// Builds the Lucene query for name search from user text. Only folded letters and digits reach
// Lucene: every other character is a separator, so no user input can inject Lucene syntax.
import { fold } from './fold.js';
import { otherForms } from './nicknames.js';

export { fold, NOT_PRINTABLE_ASCII } from './fold.js';

/** The folded words of a text: letters and digits; everything else separates. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * The English stop words of the index's analyzer (`standard-folding`, cypher/schema/001-core.cypher;
 * `db.index.fulltext.listAvailableAnalyzers`): they are never indexed, so a query requiring one
 * found nothing — an address typed as shown, "… Gustavo A. Madero", was not found.
 */
// prettier-ignore
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it',
  'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they',
  'this', 'to', 'was', 'will', 'with',
]);

/** The words a search looks for: at most eight, the index's stop words left out. */
export function tokens(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .slice(0, 8);
}

/**
 * What a word typed as the start of a name weighs against one within a typo of it. A prefix
 * scores this constant; a typo its relevance (BM25, ~2–9 here) at this share: "marga" listed
 * twenty Marías (one letter off, and common) before any Margarita, "alejan" the addresses of
 * colonia Alemán before the Alejandros. An exact word (×3) still outweighs both.
 */
const PREFIX_BOOST = 4;
const FUZZY_BOOST = 0.3;
/** A short form of a given name, or the name of one ("Lalo", "Eduardo": nicknames.ts). */
const FORM_BOOST = 0.2;

/**
 * Every token must match, exactly (boosted), as a prefix, or within one typo (two for ten
 * letters or more): "jose perez" → +(jose^3 OR jose*^4) +(perez^3 OR perez*^4 OR perez~1^0.3).
 * Fuzzy terms are what a search costs in Lucene (it walks the whole term dictionary for each);
 * at bench scale one typo from five letters costs about 30% less than the earlier rule (one from
 * four, two from eight) for much the same hits, and a short token is still found by its prefix.
 * The typo rule lets "María Fernández Hernández" (fernandez is one letter from hernandez)
 * outscore "María Hernández Hernández" for "maria hernandez hernandez": the service puts names
 * that match all and only the words typed first (an exact-phrase clause did it in Lucene, but
 * cost ~10% of a search at bench scale; docs/benchmarks.md).
 * A given name typed also finds its other forms, below a typo (nicknames.ts): "eduardo" →
 * +(eduardo^3 OR eduardo*^4 OR eduardo~1^0.3 OR lalo^0.2).
 * `loose` also forgives one typo in a four-letter word ("jaun" → juan, a transposition counts
 * as one): the service asks it only when the strict query finds nothing.
 */
export function luceneQuery(text: string, loose = false): string | null {
  const parts = tokens(text).map((t) => {
    const typos = typosFor(t.length, loose);
    const fuzzy = typos > 0 ? `${t}~${typos}` : '';
    // A given name's other forms, whole ("eduardo" finds Lalo), below a typo of the word typed.
    const forms = otherForms(t).map((f) => `${f}^${FORM_BOOST}`);
    return `+(${[`${t}^3`, `${t}*^${PREFIX_BOOST}`, fuzzy && `${fuzzy}^${FUZZY_BOOST}`, ...forms]
      .filter(Boolean)
      .join(' OR ')})`;
  });
  return parts.length === 0 ? null : parts.join(' ');
}

/**
 * Every word typed, exactly (no prefix, no typo): "el chino" → +el +chino. The search asks it
 * when more entities bear the name typed than a page shows, to rank them all (service.ts).
 */
export function wholeWordsQuery(text: string): string | null {
  const parts = tokens(text).map((t) => `+${t}`);
  return parts.length === 0 ? null : parts.join(' ');
}

/** The typos a typed word of `length` letters is forgiven: two from ten, one from five (four when `loose`). */
export function typosFor(length: number, loose = false): number {
  return length >= 10 ? 2 : length >= (loose ? 4 : 5) ? 1 : 0;
}

/**
 * Words a name is also said without when it starts with one (folded): an alias's article ("El
 * Güero" is asked for as "güero" too), a gang's ("Los Tlacuaches"), a quadrant's kind
 * ("Cuadrante CENTRO-2" is "centro 2" on the radio). The queries take them as `$leads`.
 */
export const LEAD_WORDS = ['el', 'la', 'los', 'las', 'cuadrante'];

/** A name's folded words and, when it starts with a lead word, its words without it. */
export function nameForms(name: string): string[][] {
  const ws = words(name);
  return ws.length > 1 && LEAD_WORDS.includes(ws[0]!) ? [ws, ws.slice(1)] : [ws];
}

/** A name's folded words, sorted: the same for one full name in any order, accents or case. */
export function nameKey(text: string): string {
  return words(text).sort().join(' ');
}

/**
 * Words that say what kind of place follows, as people write an address (folded): "alcaldía
 * Cuauhtémoc", "delegación Iztapalapa" (the boroughs' name until 2018), "colonia Doctores",
 * "col. Doctores". Names in the index do not carry them (a borough is "Cuauhtémoc").
 */
const PLACE_KINDS: Record<string, string> = {
  alcaldia: 'Alcaldia',
  delegacion: 'Alcaldia',
  colonia: 'Colonia',
  col: 'Colonia',
};

/**
 * The kind of place a text names before the name ("alcaldia cuauhtemoc": Alcaldia and
 * "cuauhtemoc"), or none and the text as typed. A kind word alone is searched as typed.
 */
export function placeKind(text: string): { kind: string | null; name: string } {
  const ws = words(text);
  const kind = ws.length > 1 ? (PLACE_KINDS[ws[0]!] ?? null) : null;
  return kind === null ? { kind, name: text } : { kind, name: ws.slice(1).join(' ') };
}
