// The fields of entities that came as summaries (search hits): read when a query asks for them,
// for every hit of the request in one query (a DataLoader per request).
import DataLoader from 'dataloader';
import type { MercuriusContext } from 'mercurius';
import type { Node } from 'neo4j-driver';
import {
  EntitySummary,
  toEntity,
  type EntityOut,
  type EntityView,
  type FieldOut,
} from './entity.js';
import { perRequest } from '../per-request.js';
import { viewerParams } from './service.js';

const details = perRequest(
  (ctx) =>
    new DataLoader<string, EntityOut | null>(async (ids) => {
      const viewer = ctx.user!;
      const rows = await ctx.app.db.readQuery(
        { operation: 'nodes', user: viewer.username },
        'explore/nodes',
        { ids: [...ids], ...viewerParams(viewer) },
      );
      const byId = new Map(
        rows.map((r) => [String((r.node as Node).properties.id), r.node as Node]),
      );
      return ids.map((id) => {
        const node = byId.get(id);
        return node ? toEntity(node) : null;
      });
    }),
);

export function entityFields(
  e: EntityView,
  ctx: MercuriusContext,
): FieldOut[] | Promise<FieldOut[]> {
  if (!(e instanceof EntitySummary)) return e.fields;
  // Hidden or deleted between the search and this read: nothing more to show.
  return details(ctx)
    .load(e.id)
    .then((full) => full?.fields ?? []);
}
