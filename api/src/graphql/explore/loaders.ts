// Batched field loaders: a page of 50 entities costs one query per field, not 50.
import type { MercuriusLoaders } from 'mercurius';
import { num } from '../../db/values.js';
import type { ProvenanceOut } from './entity.js';
import { viewerParams } from './service.js';
import { visibleSources } from './sources.js';

export const exploreLoaders: MercuriusLoaders = {
  Entity: {
    async degree(queries: { obj: { id: string } }[], ctx) {
      const ids = [...new Set(queries.map((q) => q.obj.id))];
      const rows = await ctx.app.db.readQuery(
        { operation: 'degrees', user: ctx.user!.username },
        'explore/degrees',
        { ids, ...viewerParams(ctx.user!) },
      );
      const byId = new Map(rows.map((r) => [String(r.id), num(r.degree)]));
      return queries.map((q) => byId.get(q.obj.id) ?? 0);
    },
  },
  Provenance: {
    /** Every source record the viewer may see: one lookup of the records for the whole page. */
    async sources(queries: { obj: ProvenanceOut }[], ctx) {
      const viewer = ctx.user!;
      const none = new Map<string, boolean>();
      const candidates = queries.map((q) =>
        visibleSources(q.obj.sources, viewer.compartments, none),
      );
      const mentions = [
        ...new Map(
          queries.flatMap((q, i) =>
            (candidates[i] ?? []).map((ref) => {
              const m = { id: q.obj.entityId, ref };
              return [`${m.id}\n${ref}`, m] as const;
            }),
          ),
        ).values(),
      ];
      if (mentions.length === 0) return candidates;
      const rows = await ctx.app.db.readQuery(
        { operation: 'sourceRecords', user: viewer.username },
        'explore/source-records',
        { mentions, ...viewerParams(viewer) },
      );
      const byEntity = new Map<string, Map<string, boolean>>();
      for (const r of rows) {
        if (r.known !== true) continue;
        const id = String(r.id);
        if (!byEntity.has(id)) byEntity.set(id, new Map());
        byEntity.get(id)!.set(String(r.ref), r.visible === true);
      }
      return queries.map((q, i) =>
        visibleSources(
          candidates[i] ?? [],
          viewer.compartments,
          byEntity.get(q.obj.entityId ?? '') ?? none,
        ),
      );
    },
  },
};
