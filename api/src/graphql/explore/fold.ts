// How names are compared: folded. Its own module, as both the search's query (search-query.ts)
// and the table of given names' short forms it reads (nicknames.ts) fold words.

/** Lower-cases and strips accents: "Ñoño PÉREZ" → "nono perez". */
export function fold(text: string): string {
  // Printable ASCII has nothing to strip (most of what a search folds: its hits' names, per hit).
  return NOT_PRINTABLE_ASCII.test(text)
    ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    : text.toLowerCase();
}
/** A character outside printable ASCII (space to ~): folding it may take more than its case. */
export const NOT_PRINTABLE_ASCII = /[^ -~]/;
