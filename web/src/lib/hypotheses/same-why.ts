// What the "Posible misma persona" panel says of a suggestion (ADR 0015): its reasons and
// conflicts in words, in the order the API gives them. A birth date read from a CURP or an RFC
// is said as such ("misma fecha de nacimiento (del RFC)"): the record may show no date of its
// own, and QA took the suggestion for wrong.
import type { BirthDateSource, SameConflict, SameReason } from '../generated';
import type { OversightDict } from '../i18n-oversight';

/** What a suggestion (`SamePersonCandidate`) says. */
interface Said {
  reasons: readonly SameReason[];
  conflicts: readonly SameConflict[];
  birthDateFrom: readonly BirthDateSource[];
}

const and = (locale: string, items: string[]) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

/** The `text` of a reason or conflict; a birth date's says where its dates were read. */
function words(o: OversightDict, locale: string, c: Said, key: string, text: string): string {
  if (key !== 'BIRTH_DATE' || c.birthDateFrom.length === 0) return text;
  const from = c.birthDateFrom.map((s) => o.birthDateFrom[s]);
  return `${text} (${and(locale, from)})`;
}

/** Why a record may be the same person: "nombre parecido y misma fecha de nacimiento (del RFC)". */
export const sameWhy = (o: OversightDict, locale: string, c: Said): string =>
  and(
    locale,
    c.reasons.map((r) => words(o, locale, c, r, o.sameReasons[r])),
  );

/** What the two records disagree on: "otra fecha de nacimiento (de la CURP) y otro sexo". */
export const sameConflictText = (o: OversightDict, locale: string, c: Said): string =>
  and(
    locale,
    c.conflicts.map((x) => words(o, locale, c, x, o.sameConflicts[x])),
  );
