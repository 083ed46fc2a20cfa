// Builds the Lucene query for name search from user text. Only folded letters and digits reach
// Lucene: every other character is a separator, so no user input can inject Lucene syntax.

/** Lower-cases and strips accents: "Ñoño PÉREZ" → "nono perez". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

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
 * Every token must match, exactly (boosted), as a prefix, or within one typo (two for ten
 * letters or more): "jose perez" → +(jose^3 OR jose*) +(perez^3 OR perez* OR perez~1).
 * Fuzzy terms are what a search costs in Lucene (it walks the whole term dictionary for each);
 * at bench scale one typo from five letters costs about 30% less than the earlier rule (one from
 * four, two from eight) for much the same hits, and a short token is still found by its prefix.
 * The typo rule lets "María Fernández Hernández" (fernandez is one letter from hernandez)
 * outscore "María Hernández Hernández" for "maria hernandez hernandez": the service puts names
 * that match all and only the words typed first (an exact-phrase clause did it in Lucene, but
 * cost ~10% of a search at bench scale; docs/benchmarks.md).
 * `loose` also forgives one typo in a four-letter word ("jaun" → juan, a transposition counts
 * as one): the service asks it only when the strict query finds nothing.
 */
export function luceneQuery(text: string, loose = false): string | null {
  const parts = tokens(text).map((t) => {
    const fuzzy = t.length >= 10 ? `${t}~2` : t.length >= (loose ? 4 : 5) ? `${t}~1` : '';
    return `+(${[`${t}^3`, `${t}*`, fuzzy].filter(Boolean).join(' OR ')})`;
  });
  return parts.length === 0 ? null : parts.join(' ');
}

/** A name's folded words, sorted: the same for one full name in any order, accents or case. */
export function nameKey(text: string): string {
  return words(text).sort().join(' ');
}

/** Typos `luceneQuery` forgives in a word this long (`loose`: one from four letters too). */
function typosAllowed(word: string, loose: boolean): number {
  return word.length >= 10 ? 2 : word.length >= (loose ? 4 : 5) ? 1 : 0;
}

/**
 * Edits between two words (a letter changed, added, dropped, or two swapped: Lucene's fuzzy
 * distance), or `max + 1` once it is known to exceed `max`.
 */
export function editsWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Optimal string alignment, row by row.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/**
 * How well a name matches the typed text, from the name alone: for each word searched, in the
 * order typed, 3 if a word of the name is it, 2 if one starts with it, 1 if one is within the
 * typos the search forgives, 0 if none; each word of a name answers one word searched
 * ("hernandez hernandez" wants two). The best of the names given (a name, its aliases).
 * Unlike Lucene's relevance it counts nothing of the rest of the index, whose hidden records
 * would otherwise weigh on the order a reader sees (ADR 0006).
 */
export function matchLevels(text: string, names: readonly string[], loose = false): number[] {
  const typed = tokens(text);
  let best: number[] = typed.map(() => 0);
  for (const name of names) {
    const levels = matchOne(typed, words(name), loose);
    if (sum(levels) > sum(best)) best = levels;
  }
  return best;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function matchOne(typed: readonly string[], name: readonly string[], loose: boolean): number[] {
  const free = [...name];
  const levels = typed.map(() => 0);
  // The best matches first: a word typed whole takes its word before a prefix could.
  for (const level of [3, 2, 1] as const) {
    typed.forEach((t, i) => {
      if (levels[i] !== 0) return;
      const typos = typosAllowed(t, loose);
      const at = free.findIndex((w) =>
        level === 3
          ? w === t
          : level === 2
            ? w.startsWith(t)
            : typos > 0 && editsWithin(t, w, typos) <= typos,
      );
      if (at < 0) return;
      levels[i] = level;
      free.splice(at, 1);
    });
  }
  return levels;
}
