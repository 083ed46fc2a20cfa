// Batched field loaders: a page of 50 entities costs one query per field, not 50.
import type { MercuriusLoaders } from 'mercurius';
import { visibleDegrees } from './service.js';

export const exploreLoaders: MercuriusLoaders = {
  Entity: {
    async degree(queries: { obj: { id: string } }[], ctx) {
      const ids = [...new Set(queries.map((q) => q.obj.id))];
      const byId = await visibleDegrees(ctx.app.db, ctx.user!, ids);
      return queries.map((q) => byId.get(q.obj.id) ?? 0);
    },
  },
};
