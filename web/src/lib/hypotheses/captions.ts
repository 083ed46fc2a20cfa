// Names of the entities hypotheses point at, fetched once and remembered for the session.
import { recordOf } from '../pick-labels';
import { entitiesById } from './api';

export interface Named {
  caption: string;
  type: string;
  /** The agency's record ("PEN visitante:V0000228"), to tell two records of one name apart. */
  record?: string;
}

const known = new Map<string, Named>();

/** An entity's name, type and agency record, as the lists of hypotheses name their ends. */
export function namedOf(e: {
  caption: string;
  type: string;
  provenance?: { source?: string | null; sourceId?: string | null } | null;
}): Named {
  const record = e.provenance ? recordOf(e.provenance) : '';
  return { caption: e.caption, type: e.type, ...(record ? { record } : {}) };
}

/** Captions for these ids; ids that are hidden from the user or missing are left out. */
export async function captionsFor(ids: readonly string[]): Promise<ReadonlyMap<string, Named>> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const found = await entitiesById(missing);
    for (const [id, e] of found) known.set(id, namedOf(e));
  }
  return new Map(ids.flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])));
}
