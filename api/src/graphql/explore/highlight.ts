// Finds where the searched words occur in a matched name, to highlight them: positions are in
// the original text, although matching ignores accents and case.
import { fold, tokens } from './search-query.js';

export interface Highlight {
  field: string;
  value: string;
  /** [start, end) character ranges in `value`. */
  ranges: number[][];
}

/** Folds each character on its own, so indexes in the folded text are indexes in the original. */
function foldByChar(text: string): string {
  return [...text].map((ch) => (fold(ch).length === 1 ? fold(ch) : ch.toLowerCase())).join('');
}

function ranges(value: string, words: string[]): number[][] {
  const folded = foldByChar(value);
  const out: number[][] = [];
  for (const w of words) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${w.replace(/[^\p{L}\p{N}]/gu, '')})`, 'gu');
    for (const m of folded.matchAll(re)) {
      const start = m.index + (m[1]?.length ?? 0);
      out.push([start, start + w.length]);
    }
  }
  return out.sort((a, b) => a[0]! - b[0]!);
}

/** The best-matching of the given name fields: most searched words found, caption first. */
export function nameHighlight(
  text: string,
  fields: { field: string; value: string }[],
): Highlight | null {
  const words = tokens(text);
  let best: Highlight | null = null;
  for (const f of fields) {
    const r = ranges(f.value, words);
    if (r.length > 0 && (!best || r.length > best.ranges.length)) best = { ...f, ranges: r };
  }
  return best;
}
