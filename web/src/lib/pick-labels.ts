// What a picker (Connect's ends, a proposal's ends) shows for each entity: its name, and where
// two drawn entities share one, what tells them apart (type, agency and record).
import type { Entity } from './api';

/** A name as a reader tells names apart: accents, case, kinds of dash and repeated spaces aside. */
export function plainName(caption: string): string {
  return caption
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('es');
}

/** The agency's record behind an entity ("PEN visitante:V0000228"); empty when not known. */
export function recordOf(p: { source?: string | null; sourceId?: string | null }): string {
  return [p.source, p.sourceId].filter(Boolean).join(' ');
}

/** The ids of entities that share their name with another of `entities` (as a reader reads it). */
export function namesakes(entities: readonly Pick<Entity, 'id' | 'caption'>[]): Set<string> {
  const seen = new Map<string, number>();
  for (const e of entities) {
    const key = plainName(e.caption);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set(
    entities.filter((e) => (seen.get(plainName(e.caption)) ?? 0) > 1).map((e) => e.id),
  );
}

export function pickLabels(
  entities: readonly Pick<Entity, 'id' | 'caption' | 'type' | 'provenance'>[],
  typeName: (type: string) => string,
): Map<string, string> {
  const alike = namesakes(entities);
  return new Map(
    entities.map((e) => {
      if (!alike.has(e.id)) return [e.id, e.caption];
      const record = recordOf(e.provenance) || e.id;
      const type = typeName(e.type);
      return [e.id, `${e.caption} (${type ? `${type} · ` : ''}${record})`];
    }),
  );
}

/** A name, and the agency's record behind it when known. */
type NameAndRecord = { caption: string; record?: string };

/**
 * The ids among `ids` whose name another of them bears (as a reader reads it): in a list of
 * links, the ends a reader could take for one another.
 */
export function namesakeIds(
  names: ReadonlyMap<string, NameAndRecord>,
  ids: Iterable<string>,
): Set<string> {
  return namesakes(
    [...new Set(ids)].flatMap((id) => {
      const n = names.get(id);
      return n ? [{ id, caption: n.caption }] : [];
    }),
  );
}

/**
 * The names of a link's two ends, each with its record when both read alike (a "same person"
 * proposal joins two records of one name, and the supervisor must see which two); an end also
 * when it is among `namesakes` (in a list, bearing another end's name); and both `always` (where
 * a decision is taken: another record of one name may be on no canvas of hers).
 */
export function endNames(
  names: ReadonlyMap<string, NameAndRecord>,
  fromId: string,
  toId: string,
  { always = false, namesakes }: { always?: boolean; namesakes?: ReadonlySet<string> } = {},
): [string, string] {
  const [a, b] = [names.get(fromId), names.get(toId)];
  const plain = (n: NameAndRecord | undefined) => n && plainName(n.caption);
  const alike = always || (a !== undefined && plain(a) === plain(b));
  const shown = (id: string, n: NameAndRecord | undefined) =>
    !n ? id : (alike || namesakes?.has(id)) && n.record ? `${n.caption} (${n.record})` : n.caption;
  return [shown(fromId, a), shown(toId, b)];
}
