// Names of the entities hypotheses point at, fetched once and remembered for the session.
import { entitiesById } from './api';

export interface Named {
  caption: string;
  type: string;
}

const known = new Map<string, Named>();

/** Captions for these ids; ids that are hidden from the user or missing are left out. */
export async function captionsFor(ids: readonly string[]): Promise<ReadonlyMap<string, Named>> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const found = await entitiesById(missing);
    for (const [id, e] of found) known.set(id, { caption: e.caption, type: e.type });
  }
  return new Map(ids.flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])));
}
