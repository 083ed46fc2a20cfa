// Finds where the searched words occur in a matched name, to highlight them: positions are in
// the original text, although matching ignores accents and case. Built once per search
// (`highlighter`): its patterns and folded characters serve every hit.
import editDistance from 'damerau-levenshtein';
import { fold, NOT_PRINTABLE_ASCII, tokens, typosFor } from './search-query.js';

export interface Highlight {
  field: string;
  value: string;
  /** [start, end) character ranges in `value`. */
  ranges: number[][];
}

/** Each character folded on its own (one that folds to several stays, lower-cased), memoised. */
const folded = new Map<string, string>();
function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    const x = fold(ch);
    f = x.length === 1 ? x : ch.toLowerCase();
    if (folded.size < 10_000) folded.set(ch, f);
  }
  return f;
}

/** Folds each character on its own, so indexes in the folded text are indexes in the original. */
function foldByChar(text: string): string {
  // Printable ASCII only lowers its case, one character for one.
  if (!NOT_PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** The range marked from `start`, if any (a name has a few words: a list, not a map). */
const markAt = (out: number[][], start: number) => out.find((r) => r[0] === start);

/** Marks [start, end), or extends the range marked from `start` to `end`. */
function mark(out: number[][], start: number, end: number): void {
  const r = markAt(out, start);
  if (!r) out.push([start, end]);
  else if (r[1]! < end) r[1] = end;
}

/** The words of a folded text with where each starts. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * For the words of `text`: the best-matching of given name fields (most words found, first
 * wins). A word is marked where a name's word starts with it, and on the name's words a typo or
 * two from it, as the search forgave them (`typosFor`, `loose` as it searched; a swap of two
 * neighbouring letters is one typo, as in Lucene): "juna vargaz" marks Juan Vargas.
 */
export function highlighter(
  text: string,
  loose = false,
): (fields: { field: string; value: string }[]) => Highlight | null {
  const patterns = tokens(text).map((w) => ({
    word: w,
    typos: typosFor(w.length, loose),
    re: new RegExp(`(^|[^\\p{L}\\p{N}])(${w.replace(/[^\p{L}\p{N}]/gu, '')})`, 'gu'),
  }));
  /** Where the typed words are found in `value`, and how many of them are. */
  const ranges = (value: string): { ranges: number[][]; words: number } => {
    const f = foldByChar(value);
    // Each name word marked once, as far as the typed words reach into it.
    const out: number[][] = [];
    // The name's words, read once for every typed word's typo pass.
    let nameWords: RegExpExecArray[] | null = null;
    let words = 0;
    for (const { word, typos, re } of patterns) {
      let found = false;
      for (const m of f.matchAll(re)) {
        const start = m.index + (m[1]?.length ?? 0);
        mark(out, start, start + word.length);
        found = true;
      }
      // The name's other words the search took for it too ("hernandes" found "Hernández
      // Hernandes" through both); a word marked whole already is not measured again once this
      // typed word is found.
      if (typos > 0)
        for (const m of (nameWords ??= [...f.matchAll(WORD)])) {
          const end = m.index + m[0].length;
          if (found && (markAt(out, m.index)?.[1] ?? 0) >= end) continue;
          if (Math.abs(m[0].length - word.length) > typos) continue;
          if (editDistance(word, m[0]).steps > typos) continue;
          mark(out, m.index, end);
          found = true;
        }
      if (found) words++;
    }
    return { ranges: out.sort((a, b) => a[0]! - b[0]!), words };
  };
  return (fields) => {
    let best: Highlight | null = null;
    let most = 0;
    for (const f of fields) {
      const r = ranges(f.value);
      if (r.words > most) {
        best = { field: f.field, value: f.value, ranges: r.ranges };
        most = r.words;
      }
    }
    return best;
  };
}
