// Batched field loaders: a page of 50 entities costs one query per field, not 50.
import neo4j from 'neo4j-driver';
import type { MercuriusLoaders } from 'mercurius';
import type { User } from '../../auth/roles.js';
import type { Executor } from '../../db/executor.js';
import { num } from '../../db/values.js';
import { DEGREE_CAP, viewerParams } from './service.js';

/** How many links each entity has to things the viewer may see, up to DEGREE_CAP + 1. */
export async function visibleDegrees(
  db: Executor,
  viewer: User,
  ids: string[],
): Promise<Map<string, number>> {
  const rows = await db.readQuery(
    { operation: 'degrees', user: viewer.username },
    'explore/degrees',
    { ids, cap: neo4j.int(DEGREE_CAP), ...viewerParams(viewer) },
  );
  return new Map(rows.map((r) => [String(r.id), num(r.degree)]));
}

export const exploreLoaders: MercuriusLoaders = {
  Entity: {
    async degree(queries: { obj: { id: string } }[], ctx) {
      const ids = [...new Set(queries.map((q) => q.obj.id))];
      const byId = await visibleDegrees(ctx.app.db, ctx.user!, ids);
      return queries.map((q) => byId.get(q.obj.id) ?? 0);
    },
  },
};
