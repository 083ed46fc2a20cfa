// One-line resolvers: the logic is in ExploreService.
import type { MercuriusContext } from 'mercurius';
import type { EntityResolvers, ProvenanceResolvers, QueryResolvers } from '../generated.js';
import { callContacts } from './calls.js';
import { entityFields } from './details.js';
import { entityDegree } from './degrees.js';
import { ExpandService, type ExpandFilter } from './expand.js';
import { PathService, type NoticePolicy } from './paths.js';
import { sourceRecords } from './records.js';
import { samePersonCandidates } from './same-person.js';
import { ExploreService } from './service.js';
import { governingField, shownSources } from './sources.js';
import { TimelineService } from './timeline.js';

/** The cap on restricted-link notices; each notice given is counted on the request (audit). */
function noticePolicy(ctx: MercuriusContext): NoticePolicy {
  return {
    perDay: ctx.restrictedNoticesPerDay ?? 0,
    given: () => (ctx.restrictedNoticesGiven = (ctx.restrictedNoticesGiven ?? 0) + 1),
  };
}

export const exploreResolvers: {
  Query: QueryResolvers;
  Entity: EntityResolvers;
  Provenance: ProvenanceResolvers;
} = {
  // A search hit's entity is a summary until its details are asked for (details.ts).
  Entity: {
    fields: (e, _args, ctx) => entityFields(e, ctx),
    degree: (e, _args, ctx) => entityDegree(e, ctx),
  },
  // Need-to-know on the records behind an entity (sources.ts).
  Provenance: {
    source: (p, _args, ctx) => governingField(p, p.source, ctx),
    sourceId: (p, _args, ctx) => governingField(p, p.sourceId, ctx),
    reliability: (p, _args, ctx) => governingField(p, p.reliability, ctx),
    credibility: (p, _args, ctx) => governingField(p, p.credibility, ctx),
    sources: (p, _args, ctx) => shownSources(p, ctx),
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
    linkBundles: (_root, args, ctx) =>
      new ExpandService(ctx.app.db, ctx.user!).linkBundles(
        args.ids,
        args.others,
        (args.filter ?? {}) as ExpandFilter,
      ),
    sourceRecords: (_root, args, ctx) =>
      sourceRecords(ctx.app.db, ctx.user!, args.refs, args.linkLimit ?? 20),
    samePersonCandidates: (_root, args, ctx) =>
      samePersonCandidates(ctx.app.db, ctx.user!, args.id, args.limit ?? 5),
    shortestPaths: (_root, args, ctx) =>
      new PathService(ctx.app.db, ctx.user!, undefined, noticePolicy(ctx)).shortestPaths(
        args.from,
        args.to,
        args.k ?? 1,
        args.maxHops ?? 6,
        args.relTypes ?? [],
        args.avoid ?? [],
      ),
    connectingNetwork: (_root, args, ctx) =>
      new PathService(ctx.app.db, ctx.user!, undefined, noticePolicy(ctx)).connectingNetwork(
        args.ids,
        args.maxHops ?? 6,
        args.relTypes ?? [],
        args.avoid ?? [],
      ),
    commonAssociates: (_root, args, ctx) =>
      new PathService(ctx.app.db, ctx.user!).commonAssociates(
        args.ids,
        args.minShared ?? null,
        args.limit ?? 50,
      ),
    callContacts: (_root, args, ctx) =>
      callContacts(ctx.app.db, ctx.user!, args.id, args.first ?? 10),
    timeline: (_root, args, ctx) =>
      new TimelineService(ctx.app.db, ctx.user!).timeline(
        args.ids,
        { from: args.from, to: args.to, kinds: args.kinds, order: args.order },
        args.first ?? 100,
        args.after,
      ),
  },
};
