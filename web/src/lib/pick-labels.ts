// What a picker (Connect's ends, a proposal's ends) shows for each entity: its name, and where
// two drawn entities share one, what tells them apart (type, agency and record).
import type { Entity } from './api';

export function pickLabels(
  entities: readonly Entity[],
  typeName: (type: string) => string,
): Map<string, string> {
  const seen = new Map<string, number>();
  for (const e of entities) seen.set(e.caption, (seen.get(e.caption) ?? 0) + 1);
  return new Map(
    entities.map((e) => {
      if ((seen.get(e.caption) ?? 0) < 2) return [e.id, e.caption];
      const { source, sourceId } = e.provenance;
      const record = [source, sourceId].filter(Boolean).join(' ') || e.id;
      return [e.id, `${e.caption} (${typeName(e.type)} · ${record})`];
    }),
  );
}
