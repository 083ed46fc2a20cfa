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
    // Entities that come with their visible degree (a best-connected expansion counted it to
    // rank them, a person's neighbour list counts its centre's) are not asked again.
    async degree(queries: { obj: { id: string; degree?: number | null } }[], ctx) {
      const ids = [...new Set(queries.filter((q) => q.obj.degree == null).map((q) => q.obj.id))];
      const byId =
        ids.length > 0
          ? await visibleDegrees(ctx.app.db, ctx.user!, ids)
          : new Map<string, number>();
      return queries.map((q) => q.obj.degree ?? byId.get(q.obj.id) ?? 0);
    },
  },
};
