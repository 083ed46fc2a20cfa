// Finds where the searched words occur in a matched name, to highlight them: positions are in
// the original text, although matching ignores accents and case. Built once per search
// (`highlighter`): its patterns and folded characters serve every hit.
import editDistance from 'damerau-levenshtein';
import { fold, tokens, typosFor } from './search-query.js';

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
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
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
    // Each name word marked once, as far as the typed words reach into it (start → end).
    const marked = new Map<number, number>();
    const mark = (start: number, end: number) =>
      marked.set(start, Math.max(end, marked.get(start) ?? 0));
    let words = 0;
    for (const { word, typos, re } of patterns) {
      const before = words;
      for (const m of f.matchAll(re)) {
        const start = m.index + (m[1]?.length ?? 0);
        mark(start, start + word.length);
        words = before + 1;
      }
      // The name's other words the search took for it too ("hernandes" found "Hernández
      // Hernandes" through both).
      if (typos === 0) continue;
      for (const m of f.matchAll(WORD)) {
        const near =
          Math.abs(m[0].length - word.length) <= typos && editDistance(word, m[0]).steps <= typos;
        if (!near) continue;
        mark(m.index, m.index + m[0].length);
        words = before + 1;
      }
    }
    const ranges = [...marked].map(([start, end]) => [start, end]);
    return { ranges: ranges.sort((a, b) => a[0]! - b[0]!), words };
  };
  return (fields) => {
    let best: (Highlight & { words: number }) | null = null;
    for (const f of fields) {
      const r = ranges(f.value);
      if (r.words > 0 && (!best || r.words > best.words))
        best = { ...f, ranges: r.ranges, words: r.words };
    }
    return best && { field: best.field, value: best.value, ranges: best.ranges };
  };
}
