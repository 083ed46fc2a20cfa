// Search results as the typeahead shows them: grouped by entity type (in the order the best
// hit of each type arrived, so identifier matches stay on top), and the matched text split
// into plain and <mark>ed parts.
import type { Field, SearchHit } from './api';
import { plainName } from './pick-labels';

export interface HitGroup {
  type: string;
  hits: SearchHit[];
}

export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const h of hits) {
    const list = groups.get(h.entity.type);
    if (list) list.push(h);
    else groups.set(h.entity.type, [h]);
  }
  return [...groups].map(([type, list]) => ({ type, hits: list }));
}

/**
 * Hits that look alike in the list (same type and name, whatever the accents or case: two
 * "Célula Centro" of SSC, or "Jorge López Acosta" of SSC and "Jorge Lopez Acosta" of FGJ):
 * their ids, so the list can add the record each comes from to tell them apart.
 */
export function lookAlikes(hits: readonly SearchHit[]): Set<string> {
  const key = (h: SearchHit) => `${h.entity.type}\n${plainName(h.entity.caption)}`;
  const seen = new Map<string, number>();
  for (const h of hits) seen.set(key(h), (seen.get(key(h)) ?? 0) + 1);
  return new Set(hits.filter((h) => seen.get(key(h))! > 1).map((h) => h.entity.id));
}

/**
 * A hit's clues (a person's birth date, CURP, aliases, what it is a member of; whose a phone,
 * vehicle or account is) but the field that matched, shown already.
 */
export function hitClues(h: SearchHit): Field[] {
  return h.clues.filter((f) => f.key !== h.matched?.field);
}

/**
 * Clues that name others (whose a thing is, what a person is a member of): shown with their
 * field's name ("Lo usa: …", "Miembro de: …"), not alone.
 */
export const NAMED_CLUES: ReadonlySet<string> = new Set([
  'usedBy',
  'ownedBy',
  'heldBy',
  'memberOf',
  'formerMemberOf',
]);

/** The hits in the order they are listed (group by group), for keyboard navigation. */
export function flatHits(groups: readonly HitGroup[]): SearchHit[] {
  return groups.flatMap((g) => g.hits);
}

export interface TextPart {
  text: string;
  mark: boolean;
}

/** Splits `value` at the [start, end) ranges; overlapping or out-of-range ranges are tolerated. */
export function markParts(value: string, ranges: readonly (readonly number[])[]): TextPart[] {
  const sorted = ranges
    .map(([s = 0, e = 0]) => [Math.max(0, s), Math.min(value.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) parts.push({ text: value.slice(at, start), mark: false });
    const last = parts.at(-1);
    // Touching ranges make one mark, not several.
    if (last?.mark && start === at) last.text += value.slice(start, e);
    else parts.push({ text: value.slice(start, e), mark: true });
    at = e;
  }
  if (at < value.length) parts.push({ text: value.slice(at), mark: false });
  return parts;
}
