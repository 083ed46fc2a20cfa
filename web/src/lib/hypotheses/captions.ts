// Names of the entities hypotheses point at, fetched once and remembered for the session.
import type { Asker } from '../api';
import { gradeCell } from '../exporters';
import { recordOf } from '../pick-labels';
import { session } from '../session.svelte';
import { entitiesById } from './api';

export interface Named {
  caption: string;
  type: string;
  /** The agency's record ("PEN visitante:V0000228"), to tell two records of one name apart. */
  record?: string;
  /** The Admiralty grade of that record ("B2"), where the reader may see it. */
  grade?: string;
  /** How many records the reader may see name it (a shared address or phone), when several. */
  sources?: number;
}

/** Names found, with when: asked again after NAME_MS (an entity may be protected since). */
const known = new Map<string, { named: Named; at: number }>();
const NAME_MS = 5 * 60_000;
/**
 * Ids the server named nothing for (a cited record that is no entity, or one out of the user's
 * reach), with when it said so: not asked again for a minute, as a list reloads on every change.
 */
const misses = new Map<string, number>();
const MISS_MS = 60_000;
/**
 * Whose access the names were read with: another user, or a changed access, starts afresh, and
 * an answer asked with the access before is dropped. Read from `session.user`, so an effect
 * asking for names asks again when it changes.
 */
let readWith = '';

function forgetOnAccessChange(): string {
  const u = session.user;
  const access = u ? `${u.username}|${u.clearance}|${[...u.compartments].sort().join(',')}` : '';
  if (access !== readWith) {
    readWith = access;
    known.clear();
    misses.clear();
  }
  return access;
}

/** An entity's name, type and agency record, as the lists of hypotheses name their ends. */
export function namedOf(e: {
  caption: string;
  type: string;
  provenance?: {
    source?: string | null;
    sourceId?: string | null;
    reliability?: string | null;
    credibility?: number | null;
    sources?: readonly string[] | null;
  } | null;
}): Named {
  const p = e.provenance;
  const record = p ? recordOf(p) : '';
  const grade = p ? gradeCell(p) : '';
  const sources = p?.sources?.length ?? 0;
  return {
    caption: e.caption,
    type: e.type,
    ...(record ? { record } : {}),
    ...(grade ? { grade } : {}),
    ...(sources > 1 ? { sources } : {}),
  };
}

/** Captions for these ids; ids that are hidden from the user or missing are left out. */
export async function captionsFor(
  ids: readonly string[],
  asker?: Asker,
): Promise<ReadonlyMap<string, Named>> {
  const access = forgetOnAccessChange();
  const now = Date.now();
  const fresh = (id: string) => (known.get(id)?.at ?? -Infinity) > now - NAME_MS;
  const missing = [...new Set(ids)].filter(
    (id) => !fresh(id) && !((misses.get(id) ?? -Infinity) > now - MISS_MS),
  );
  if (missing.length > 0) {
    const found = await entitiesById(missing, false, asker);
    // Asked with an access that has changed since: its names are not this reader's.
    if (access !== readWith) return new Map();
    for (const id of missing) {
      const e = found.get(id);
      known.delete(id);
      misses.delete(id);
      if (e) known.set(id, { named: namedOf(e), at: now });
      else misses.set(id, now);
    }
  }
  return new Map(
    ids.flatMap((id) => {
      const k = known.get(id);
      return k ? [[id, k.named] as const] : [];
    }),
  );
}
