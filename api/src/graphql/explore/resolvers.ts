// One-line resolvers: the logic is in ExploreService.
import type { ProvenanceResolvers, QueryResolvers } from '../generated.js';
import { ExpandService, type ExpandFilter } from './expand.js';
import { PathService } from './paths.js';
import { ExploreService } from './service.js';
import { TimelineService } from './timeline.js';

/**
 * Shared identifier nodes (phones, addresses, vehicles, accounts) list every source record that
 * mentioned them; a CJM or UIF record id alone reveals a gender-violence or financial-intelligence
 * record, so those are shown only to holders of the GV or FIN compartment (ADR 0003).
 */
const SOURCE_COMPARTMENT: Record<string, string> = { CJM: 'GV', UIF: 'FIN' };

export function visibleSources(sources: string[], compartments: readonly string[]): string[] {
  return sources.filter((s) => {
    const needed = SOURCE_COMPARTMENT[s.split(':')[0] ?? ''];
    return needed === undefined || compartments.includes(needed);
  });
}

export const exploreResolvers: { Query: QueryResolvers; Provenance: ProvenanceResolvers } = {
  Provenance: {
    sources: (p, _args, ctx) => visibleSources(p.sources, ctx.user?.compartments ?? []),
  },
  Query: {
    search: (_root, args, ctx) =>
      new ExploreService(ctx.app.db, ctx.user!).search(args.query, args.limit ?? 20),
    node: (_root, args, ctx) => new ExploreService(ctx.app.db, ctx.user!).node(args.id),
    neighbors: (_root, args, ctx) =>
      new ExploreService(ctx.app.db, ctx.user!).neighbors(args.id, args.limit ?? 50),
    expand: (_root, args, ctx) =>
      new ExpandService(ctx.app.db, ctx.user!).expand(
        args.ids,
        (args.filter ?? {}) as ExpandFilter,
        args.first ?? 50,
        args.after,
        args.order ?? 'ANY',
      ),
    expandPreview: (_root, args, ctx) =>
      new ExpandService(ctx.app.db, ctx.user!).preview(
        args.ids,
        (args.filter ?? {}) as ExpandFilter,
      ),
    shortestPaths: (_root, args, ctx) =>
      new PathService(ctx.app.db, ctx.user!).shortestPaths(
        args.from,
        args.to,
        args.k ?? 1,
        args.maxHops ?? 6,
        args.relTypes ?? [],
      ),
    connectingNetwork: (_root, args, ctx) =>
      new PathService(ctx.app.db, ctx.user!).connectingNetwork(
        args.ids,
        args.maxHops ?? 6,
        args.relTypes ?? [],
      ),
    commonAssociates: (_root, args, ctx) =>
      new PathService(ctx.app.db, ctx.user!).commonAssociates(
        args.ids,
        args.minShared ?? null,
        args.limit ?? 50,
      ),
    timeline: (_root, args, ctx) =>
      new TimelineService(ctx.app.db, ctx.user!).timeline(
        args.ids,
        args.from,
        args.to,
        args.first ?? 100,
        args.after,
      ),
  },
};
