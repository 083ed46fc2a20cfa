// Batched field loaders: a page of 50 entities costs one query per field, not 50.
import neo4j from 'neo4j-driver';
import type { MercuriusLoaders } from 'mercurius';
import { num } from '../../db/values.js';
import { DEGREE_CAP, viewerParams } from './service.js';

export const exploreLoaders: MercuriusLoaders = {
  Entity: {
    async degree(queries: { obj: { id: string } }[], ctx) {
      const ids = [...new Set(queries.map((q) => q.obj.id))];
      const rows = await ctx.app.db.readQuery(
        { operation: 'degrees', user: ctx.user!.username },
        'explore/degrees',
        { ids, cap: neo4j.int(DEGREE_CAP), ...viewerParams(ctx.user!) },
      );
      const byId = new Map(rows.map((r) => [String(r.id), num(r.degree)]));
      return queries.map((q) => byId.get(q.obj.id) ?? 0);
    },
  },
};
