// Plans the queries of a user's first minute before anyone asks. A fresh database compiles each
// query the first time it sees it: the first search, entity, preview, expansion and link counts
// after a start took 240–540 ms each, and 12–50 ms once planned (docs/benchmarks.md, session 19).
// The server runs this in the background once it listens; it goes through the services, so the
// queries are the very texts users' requests send, as a viewer cleared for nothing (below). It
// only reads, keeps nothing it read and writes no audit record.
import type { User } from './auth/roles.js';
import { SessionService } from './auth/sessions.js';
import type { Executor } from './db/executor.js';
import { REL_TYPES } from './graph/model.js';
import { ExpandService } from './graphql/explore/expand.js';
import { visibleDegrees } from './graphql/explore/degrees.js';
import { PathService } from './graphql/explore/paths.js';
import { samePersonCandidates } from './graphql/explore/same-person.js';
import { sourceRecords } from './graphql/explore/records.js';
import { ExploreService } from './graphql/explore/service.js';
import { evidenceMarking } from './graphql/hypotheses/service.js';
import { checkMentions } from './graphql/explore/sources.js';
import { TimelineService } from './graphql/explore/timeline.js';

/**
 * Who the warm-up asks as: no role, clearance 0. Neo4j keys its plans by the parameters' types
 * too, and an empty list of compartments is not a list of strings: it asks once without
 * compartments and once with one (at clearance 0 it still sees only unclassified records).
 */
const WARM_UP_VIEWERS: User[] = ([[], ['MIN']] as User['compartments'][]).map((compartments) => ({
  username: '(warm-up)',
  displayName: 'Warm-up',
  roles: [],
  clearance: 0,
  compartments,
  active: true,
  mustChangePassword: false,
}));

export interface WarmUpStep {
  name: string;
  ms: number;
  /** Why the step failed; the warm-up goes on with the next one. */
  error?: string;
}

/** What a user's first minute asks, in order, about `a` (and a path from `a` to `b`). */
function steps(
  db: Executor,
  viewer: User,
  a: string,
  b: string | undefined,
): [string, () => Promise<unknown>][] {
  const explore = new ExploreService(db, viewer);
  const expand = new ExpandService(db, viewer);
  let others: string[] = [];
  const list: [string, () => Promise<unknown>][] = [
    // A first request after a start looks its session up in the database.
    ['session', () => new SessionService(db).find('(warm-up: no such session)')],
    ['search (names)', () => explore.search('garcia lopez', 20)],
    ['search (identifiers)', () => explore.search('55 1234 5678', 20)],
    ['node', () => explore.node(a)],
    ['expandPreview', () => expand.preview([a], {})],
    [
      'expand',
      async () => {
        const page = await expand.expand([a], {}, 50, null, 'MOST_CONNECTED');
        others = page.nodes.map((n) => n.id);
      },
    ],
    ['degrees', () => visibleDegrees(db, viewer, [a, ...others])],
    ['source records', () => checkMentions(db, viewer, [{ id: a, ref: `FGJ:${a}` }])],
    ['linkBundles', () => expand.linkBundles([a], others.length > 0 ? others : [a], {})],
    ['timeline', () => new TimelineService(db, viewer).timeline([a], {}, 100, null)],
    // The inspector of a person asks who else may be that person.
    ['samePersonCandidates', () => samePersonCandidates(db, viewer, a, 5)],
    // A hypothesis's detail says what its cited records are; a proposal checks them (both
    // queries read a record's links type by type: ~1–2 s to plan on a fresh database).
    ['sourceRecords', () => sourceRecords(db, viewer, [a, `FGJ:sabana:${a}`], 20)],
    [
      'evidence check',
      () => evidenceMarking(db, viewer, { ids: [a], records: [a] }).catch(() => null),
    ],
  ];
  if (b !== undefined)
    list.push(['shortestPaths', () => new PathService(db, viewer).shortestPaths(a, b, 1, 6, [])]);
  // The node menu expands and counts each ticked link type on its own (a neighbour type is a
  // parameter, not text): one expansion and one link count per type, planned last, so that a
  // twenty-row expansion is not twenty plans (~0.15 s each) on its first use.
  for (const t of REL_TYPES)
    list.push(
      [`expand ${t}`, () => expand.expand([a], { relTypes: [t] }, 50, null, 'MOST_CONNECTED')],
      [
        `linkBundles ${t}`,
        () => expand.linkBundles([a], others.length > 0 ? others : [a], { relTypes: [t] }),
      ],
    );
  return list;
}

/**
 * Runs the steps once per warm-up viewer, in order, until `signal` aborts (the server is
 * closing); an empty database has nothing to warm up (empty list).
 */
export async function warmUp(db: Executor, signal?: AbortSignal): Promise<WarmUpStep[]> {
  const sample = await db.readQuery({ operation: 'warmUp' }, 'explore/warmup-sample', {});
  const [a, b] = sample.map((r) => String(r.id));
  if (a === undefined) return [];
  const done: WarmUpStep[] = [];
  for (const viewer of WARM_UP_VIEWERS) {
    for (const [name, run] of steps(db, viewer, a, b)) {
      if (signal?.aborted) return done;
      const start = performance.now();
      try {
        await run();
        done.push({ name, ms: performance.now() - start });
      } catch (err) {
        done.push({ name, ms: performance.now() - start, error: (err as Error).message });
      }
    }
  }
  return done;
}
