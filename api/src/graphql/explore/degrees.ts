// Entities' visible degrees: a page of 50 entities costs one query, not 50 (a DataLoader per
// request, as details.ts and sources.ts). Not Mercurius's `loaders`: they key each call by the
// JSON of its parent object, and an entity's JSON is its every field and provenance, so a page
// whose degrees were already counted paid ~0.25 ms to serialise it (session 35).
import DataLoader from 'dataloader';
import type { MercuriusContext } from 'mercurius';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import type { Executor } from '../../db/executor.js';
import { num } from '../../db/values.js';
import type { EntityView } from './entity.js';
import { perRequest } from '../per-request.js';
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

const degrees = perRequest(
  (ctx) =>
    new DataLoader<string, number>(async (ids) => {
      const byId = await visibleDegrees(ctx.app.db, ctx.user!, [...ids]);
      return ids.map((id) => byId.get(id) ?? 0);
    }),
);

/**
 * An entity's visible degree. Entities that come with it (a best-connected expansion counted it
 * to rank them, a person's neighbour list counts its centre's) are not asked again.
 */
export function entityDegree(e: EntityView, ctx: MercuriusContext): number | Promise<number> {
  return e.degree ?? degrees(ctx).load(e.id);
}
