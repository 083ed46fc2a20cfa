// Filtered, paged expansion and its preview, against fixture entities in the real Neo4j.
import type { FastifyInstance } from 'fastify';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AS, buildTestApp, gql, testDriver, type GqlResult } from '../../test/helpers.js';
import {
  encodeCursor,
  PREVIEW_CAP,
  RANK_ROUND,
  RANKED_DEPTH,
  type LinkBundle,
} from '../src/graphql/explore/expand.js';
import { DEGREE_CAP } from '../src/graphql/explore/service.js';

let app: FastifyInstance;
let driver: Driver;

const FIXTURE = `
CREATE (p:Entity:Person {id: 'ex:p', caption: 'Centro', source: 'FGJ', sourceId: 'x', classification: 0, compartments: []})
CREATE (q:Entity:Person {id: 'ex:q', caption: 'Socio', source: 'SSC', sourceId: 'y', classification: 0, compartments: []})
CREATE (o:Entity:Organization {id: 'ex:org', caption: 'Los Ejemplo', classification: 1, compartments: []})
CREATE (p)-[:ASSOCIATE_OF {source: 'SSC', sourceId: 'a1'}]->(q)
CREATE (q)-[:MEMBER_OF {source: 'SSC', sourceId: 'a2', role: 'LIDER'}]->(o)
CREATE (p)-[:MEMBER_OF {source: 'SSC', sourceId: 'a3', role: 'HALCON'}]->(o)
WITH p
UNWIND range(1, 25) AS i
CREATE (c:Entity:Case {id: 'ex:case' + i, caption: 'Carpeta ' + i, folio: 'EX' + i, classification: 0, compartments: [],
        occurredAt: datetime('2024-01-01T00:00:00Z') + duration({days: i * 10})})
CREATE (p)-[:INVOLVED_IN {source: 'FGJ', sourceId: 'c' + i, role: 'SUSPECT'}]->(c)
`;

const HUB = `
CREATE (h:Entity:Phone {id: 'ex:hub', caption: 'hub', classification: 0, compartments: []})
WITH h UNWIND range(1, 12000) AS i
CREATE (x:Entity:Person {id: 'ex:caller' + i, caption: 'c' + i, classification: 0, compartments: []})-[:USES_PHONE {source: 'C5'}]->(h)
WITH DISTINCT h UNWIND range(1, 3) AS i
CREATE (h)-[:CALLED {source: 'FGJ'}]->(:Entity:Phone {id: 'ex:called' + i, caption: 'p' + i, classification: 0, compartments: []})
`;

// A phone that called one number 30 times (one of the calls secret) and three others once.
const CALLS = `
CREATE (a:Entity:Phone {id: 'ex:calls-a', caption: 'a', classification: 0, compartments: []})
CREATE (b:Entity:Phone {id: 'ex:calls-b', caption: 'b', classification: 0, compartments: []})
WITH a, b UNWIND range(1, 29) AS i
CREATE (a)-[:CALLED {source: 'FGJ', sourceId: 's' + i, classification: 0, compartments: [],
        occurredAt: datetime('2024-03-01T10:00:00Z') + duration({days: i})}]->(b)
WITH DISTINCT a, b
CREATE (a)-[:CALLED {source: 'FGJ', sourceId: 'secret', classification: 3, compartments: ['INF'],
        occurredAt: datetime('2025-01-01T10:00:00Z')}]->(b)
CREATE (b)-[:CALLED {source: 'FGJ', sourceId: 'back', classification: 0, compartments: []}]->(a)
WITH a UNWIND range(1, 3) AS i
CREATE (a)-[:CALLED {source: 'FGJ', sourceId: 'o' + i, classification: 0, compartments: []}]->
       (:Entity:Phone {id: 'ex:calls-o' + i, caption: 'o' + i, classification: 0, compartments: []})
`;

// A person with more neighbours than a first round of ranking counts (RANK_ROUND + 20) that
// each have one visible link (to her) and five secret calls, which the analyst may not see,
// and three neighbours with three visible links each. By the store's degree the first are the
// best connected (6 against 3); by what the analyst may see, the last.
const DECOYS = RANK_ROUND + 20;
const RANKED = `
CREATE (c:Entity:Person {id: 'ex:rank', caption: 'rank', classification: 0, compartments: []})
WITH c UNWIND range(1, ${DECOYS}) AS i
CREATE (c)-[:ASSOCIATE_OF {source: 'SSC'}]->(d:Entity:Person {id: 'ex:rank-d' + i, caption: 'd' + i, classification: 0, compartments: []})
WITH c, d UNWIND range(1, 5) AS j
CREATE (d)-[:CALLED {source: 'FGJ', classification: 3, compartments: []}]->
       (:Entity:Phone {id: 'ex:rank-d' + d.caption + '-' + j, caption: 'x', classification: 0, compartments: []})
WITH DISTINCT c UNWIND range(1, 3) AS i
CREATE (c)-[:ASSOCIATE_OF {source: 'SSC'}]->(h:Entity:Person {id: 'ex:rank-h' + i, caption: 'h' + i, classification: 0, compartments: []})
WITH h UNWIND range(1, 2) AS j
CREATE (h)-[:USES_PHONE {source: 'C5'}]->(:Entity:Phone {id: 'ex:rank-h' + h.caption + '-' + j, caption: 'y', classification: 0, compartments: []})
`;

// 300 neighbours of one person, each with a seeded random number of visible links (0–6, many
// ties) and of secret ones (0–8) besides its link to her: the store's degree orders them
// differently from what the analyst may see, so best-connected pages need both counting rounds.
let seed = 7;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const SPREAD = Array.from({ length: 300 }, (_, i) => ({
  id: `ex:rp-${String(i).padStart(3, '0')}`,
  visible: Math.floor(random() * 7),
  hidden: random() < 0.4 ? Math.floor(random() * 9) : 0,
}));
const SPREAD_FIXTURE = `
CREATE (c:Entity:Person {id: 'ex:rp', caption: 'rp', classification: 0, compartments: []})
WITH c UNWIND $spread AS s
CREATE (c)-[:ASSOCIATE_OF {source: 'SSC'}]->(d:Entity:Person {id: s.id, caption: s.id, classification: 0, compartments: []})
FOREACH (j IN range(1, s.visible) |
  CREATE (d)-[:USES_PHONE {source: 'C5'}]->(:Entity:Phone {id: s.id + '-v' + j, caption: 'v', classification: 0, compartments: []}))
FOREACH (j IN range(1, s.hidden) |
  CREATE (d)-[:CALLED {source: 'FGJ', classification: 3, compartments: []}]->(:Entity:Phone {id: s.id + '-h' + j, caption: 'h', classification: 0, compartments: []}))
`;

beforeAll(async () => {
  driver = testDriver();
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'ex:' DETACH DELETE n");
  await driver.executeQuery(FIXTURE);
  await driver.executeQuery(HUB);
  await driver.executeQuery(CALLS);
  await driver.executeQuery(RANKED);
  await driver.executeQuery(SPREAD_FIXTURE, {
    spread: SPREAD.map((x) => ({
      ...x,
      visible: neo4j.int(x.visible),
      hidden: neo4j.int(x.hidden),
    })),
  });
  app = await buildTestApp();
});

afterAll(async () => {
  await app?.close();
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session();
  try {
    await session.run(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'ex:' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
    );
  } finally {
    await session.close();
  }
  await driver.close();
});

const EXPAND = `query($ids: [ID!]!, $f: ExpandFilter, $first: Int, $after: String, $order: ExpandOrder) {
  expand(ids: $ids, filter: $f, first: $first, after: $after, order: $order) {
    nodes { id type } edges { type source target } pageInfo { hasNextPage endCursor } } }`;

type Page = {
  expand: {
    nodes: { id: string; type: string }[];
    edges: { type: string; source: string; target: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/** A best-connected page of one centre's neighbours, with their visible degrees. */
const RANKED_PAGE = `query($id: ID!, $first: Int, $after: String) {
  expand(ids: [$id], first: $first, after: $after, order: MOST_CONNECTED) {
    nodes { id degree } pageInfo { hasNextPage endCursor } } }`;
type Ranked = {
  expand: { nodes: { id: string; degree: number }[]; pageInfo: Page['expand']['pageInfo'] };
};

describe('expand', () => {
  it('filters by relationship type, direction and neighbour type', async () => {
    const members = await gql<Page>(app, EXPAND, {
      ids: ['ex:org'],
      f: { relTypes: ['MEMBER_OF'], direction: 'IN' },
    });
    expect(members.data!.expand.nodes.map((n) => n.id).sort()).toEqual(['ex:p', 'ex:q']);
    const outOnly = await gql<Page>(app, EXPAND, { ids: ['ex:org'], f: { direction: 'OUT' } });
    expect(outOnly.data!.expand.nodes).toEqual([]);
    const people = await gql<Page>(app, EXPAND, {
      ids: ['ex:p'],
      f: { neighborTypes: ['Person', 'Organization'] },
    });
    expect(people.data!.expand.nodes.map((n) => n.id).sort()).toEqual(['ex:org', 'ex:q']);
  });

  it('filters by agency and by a time window', async () => {
    const ssc = await gql<Page>(app, EXPAND, { ids: ['ex:p'], f: { agencies: ['SSC'] } });
    expect(ssc.data!.expand.edges.map((e) => e.type).sort()).toEqual(['ASSOCIATE_OF', 'MEMBER_OF']);
    const window = await gql<Page>(app, EXPAND, {
      ids: ['ex:p'],
      f: { relTypes: ['INVOLVED_IN'], from: '2024-02-01', to: '2024-03-01' },
    });
    // Case i is dated 2024-01-01 + 10·i days: case4 02-10 and case5 02-20 are inside; case6 is
    // 03-01, excluded because `to` is exclusive; case3 (01-31) is before.
    expect(window.data!.expand.nodes.map((n) => n.id).sort()).toEqual(['ex:case4', 'ex:case5']);
  });

  it('keeps a membership in a time window while its since–until days overlap it', async () => {
    await driver.executeQuery(`
      CREATE (o:Entity:Organization {id: 'ex:tw-org', caption: 'Los Ventana', classification: 0, compartments: []})
      CREATE (:Entity:Person {id: 'ex:tw-old', caption: 'Antes', classification: 0, compartments: []})
        -[:MEMBER_OF {source: 'SSC', since: date('2010-01-01'), until: date('2015-06-30')}]->(o)
      CREATE (:Entity:Person {id: 'ex:tw-new', caption: 'Después', classification: 0, compartments: []})
        -[:MEMBER_OF {source: 'SSC', since: date('2020-03-01')}]->(o)
      CREATE (:Entity:Person {id: 'ex:tw-any', caption: 'Sin fecha', classification: 0, compartments: []})
        -[:MEMBER_OF {source: 'SSC'}]->(o)`);
    const members = async (from: string, to: string) =>
      (await gql<Page>(app, EXPAND, { ids: ['ex:tw-org'], f: { from, to } }))
        .data!.expand.nodes.map((n) => n.id)
        .sort();
    expect(await members('2016-01-01', '2019-01-01')).toEqual(['ex:tw-any']);
    // The last day counts (2015-06-30); a window ending the day one starts leaves it out.
    expect(await members('2015-06-30', '2020-03-01')).toEqual(['ex:tw-any', 'ex:tw-old']);
    expect(await members('2014-01-01', '2021-01-01')).toEqual([
      'ex:tw-any',
      'ex:tw-new',
      'ex:tw-old',
    ]);
    // The preview counts what the expansion would bring.
    const preview = await gql<{ expandPreview: { count: number }[] }>(
      app,
      `query($ids: [ID!]!, $f: ExpandFilter) { expandPreview(ids: $ids, filter: $f) { count } }`,
      { ids: ['ex:tw-org'], f: { from: '2016-01-01', to: '2019-01-01' } },
    );
    expect(preview.data!.expandPreview.reduce((n, g) => n + g.count, 0)).toBe(1);
  });

  it('pages with cursors through every neighbour exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(app, EXPAND, {
        ids: ['ex:p'],
        first: 10,
        after,
      });
      const page = res.data!.expand;
      expect(page.nodes.length).toBeLessThanOrEqual(10);
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
  });

  it('never returns more than the limit, even from a node with 12,000 links', async () => {
    const res = await gql<Page>(app, EXPAND, {
      ids: ['ex:hub'],
      first: 50,
      order: 'MOST_CONNECTED',
    });
    expect(res.data!.expand.nodes).toHaveLength(50);
    expect(res.data!.expand.pageInfo.hasNextPage).toBe(true);
  });

  it('ranks the best connected by the links the viewer may see, never by hidden ones', async () => {
    const spy = vi.spyOn(app.db, 'readQuery');
    try {
      const analyst = await gql<Ranked>(app, RANKED_PAGE, { id: 'ex:rank', first: 2 });
      // The secret calls would put the decoys first; counted as the analyst sees, they come last.
      expect(analyst.data!.expand.nodes).toEqual([
        { id: 'ex:rank-h1', degree: 3 },
        { id: 'ex:rank-h2', degree: 3 },
      ]);
      // The page's ranking counted the degrees: none asked again.
      const asked = spy.mock.calls.map((c) => c[1]).filter((q) => q.startsWith('explore/'));
      expect(asked).toEqual(['explore/expand']);
    } finally {
      spy.mockRestore();
    }
    const supervisor = await gql<Ranked>(
      app,
      RANKED_PAGE,
      { id: 'ex:rank', first: 2 },
      AS.supervisor,
    );
    expect(supervisor.data!.expand.nodes).toEqual([
      { id: 'ex:rank-d1', degree: 6 },
      { id: 'ex:rank-d10', degree: 6 },
    ]);

    // Page after page, every neighbour once, in one order of visible degree.
    const seen: { id: string; degree: number }[] = [];
    for (let after: string | null = null; ;) {
      const res: GqlResult<Ranked> = await gql<Ranked>(app, RANKED_PAGE, {
        id: 'ex:rank',
        first: 50,
        after,
      });
      seen.push(...res.data!.expand.nodes);
      after = res.data!.expand.pageInfo.endCursor;
      if (!res.data!.expand.pageInfo.hasNextPage) break;
    }
    expect(new Set(seen.map((n) => n.id)).size).toBe(DECOYS + 3);
    expect(seen.slice(0, 3).map((n) => n.id)).toEqual(['ex:rank-h1', 'ex:rank-h2', 'ex:rank-h3']);
    expect(seen.every((n, i) => i === 0 || seen[i - 1]!.degree >= n.degree)).toBe(true);
  });

  it('pages the best connected exactly as ranking every neighbour by what the viewer sees', async () => {
    for (const [as, counts] of [
      [AS.analyst, (x: (typeof SPREAD)[number]) => 1 + x.visible],
      [AS.supervisor, (x: (typeof SPREAD)[number]) => 1 + x.visible + x.hidden],
    ] as const) {
      const expected = SPREAD.map((x) => ({ id: x.id, degree: counts(x) })).sort(
        (a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1),
      );
      for (const first of [50, 7]) {
        const seen: { id: string; degree: number }[] = [];
        for (let after: string | null = null; ;) {
          const res: GqlResult<Ranked> = await gql<Ranked>(
            app,
            RANKED_PAGE,
            { id: 'ex:rp', first, after },
            as,
          );
          seen.push(...res.data!.expand.nodes);
          after = res.data!.expand.pageInfo.endCursor;
          if (!res.data!.expand.pageInfo.hasNextPage || seen.length >= 120) break;
        }
        expect(seen, `${as}, pages of ${first}`).toEqual(expected.slice(0, seen.length));
      }
    }
  });

  it('goes no deeper than RANKED_DEPTH in best-connected order, and says how to see more', async () => {
    // A cursor as the API makes them, moved to that depth.
    const deepAs = async (order: string) => {
      const first = await gql<Page>(app, EXPAND, { ids: ['ex:hub'], first: 50, order });
      const { f } = JSON.parse(
        Buffer.from(first.data!.expand.pageInfo.endCursor!, 'base64url').toString('utf8'),
      ) as { f: string };
      return encodeCursor(RANKED_DEPTH, f);
    };
    const res = await gql<Page>(app, EXPAND, {
      ids: ['ex:hub'],
      first: 50,
      order: 'MOST_CONNECTED',
      after: await deepAs('MOST_CONNECTED'),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('TOO_DEEP');
    expect(res.errors?.[0]?.message).toMatch(/narrow the expansion/);
    // The store's order pages on.
    const more = await gql<Page>(app, EXPAND, {
      ids: ['ex:hub'],
      first: 50,
      order: 'ANY',
      after: await deepAs('ANY'),
    });
    expect(more.data!.expand.nodes).toHaveLength(50);
  });

  it('pages by neighbour, one link each, and counts the links of a page as bundles', async () => {
    const first = await gql<Page>(app, EXPAND, {
      ids: ['ex:calls-a'],
      first: 2,
      order: 'MOST_CONNECTED',
    });
    const page = first.data!.expand;
    // 33 links, four neighbours: a page of two holds two neighbours, the busiest first, each
    // with one of its links.
    expect(page.nodes.map((n) => n.id)[0]).toBe('ex:calls-b');
    expect(page.nodes).toHaveLength(2);
    expect(page.edges).toHaveLength(2);
    const rest = await gql<Page>(app, EXPAND, {
      ids: ['ex:calls-a'],
      first: 2,
      order: 'MOST_CONNECTED',
      after: page.pageInfo.endCursor,
    });
    const ids = [...page.nodes, ...rest.data!.expand.nodes].map((n) => n.id).sort();
    expect(ids).toEqual(['ex:calls-b', 'ex:calls-o1', 'ex:calls-o2', 'ex:calls-o3']);
    expect(rest.data!.expand.pageInfo.hasNextPage).toBe(false);

    const BUNDLES = `query($ids: [ID!]!, $others: [ID!]!, $f: ExpandFilter) {
      linkBundles(ids: $ids, others: $others, filter: $f) {
        source target type count firstAt lastAt latest { source target provenance { sourceId } } } }`;
    type Bundles = {
      linkBundles: (LinkBundle & { latest: { provenance: { sourceId: string } } })[];
    };
    const others = ['ex:calls-b', 'ex:calls-o1', 'ex:p'];
    const res = await gql<Bundles>(app, BUNDLES, { ids: ['ex:calls-a'], others });
    const bundles = res.data!.linkBundles;
    // ex:p is not linked to the phone: no bundle.
    expect(bundles.map((b) => `${b.source}>${b.target}:${b.count}`).sort()).toEqual([
      'ex:calls-a>ex:calls-b:29', // the secret call is not counted for the analyst (clearance 2, no INF)
      'ex:calls-a>ex:calls-o1:1',
      'ex:calls-b>ex:calls-a:1',
    ]);
    const ab = bundles.find((b) => b.target === 'ex:calls-b')!;
    expect(ab).toMatchObject({
      type: 'CALLED',
      firstAt: '2024-03-02T10:00:00Z',
      lastAt: '2024-03-30T10:00:00Z',
      latest: { source: 'ex:calls-a', target: 'ex:calls-b', provenance: { sourceId: 's29' } },
    });
    expect(bundles.find((b) => b.source === 'ex:calls-b')).toMatchObject({
      firstAt: null,
      lastAt: null,
      latest: { provenance: { sourceId: 'back' } },
    });
    // The filter's direction is seen from `ids`; a window counts only the calls inside it.
    const out = await gql<Bundles>(app, BUNDLES, {
      ids: ['ex:calls-a'],
      others,
      f: { direction: 'OUT', from: '2024-03-10', to: '2024-03-20' },
    });
    expect(out.data!.linkBundles.map((b) => `${b.target}:${b.count}`).sort()).toEqual([
      'ex:calls-b:10',
      'ex:calls-o1:1', // undated: kept by a window, as in expand
    ]);
    // The supervisor may see the secret call: counted, and the most recent.
    const all = await gql<Bundles>(app, BUNDLES, { ids: ['ex:calls-a'], others }, AS.supervisor);
    expect(all.data!.linkBundles.find((b) => b.target === 'ex:calls-b')).toMatchObject({
      count: 30,
      lastAt: '2025-01-01T10:00:00Z',
      latest: { provenance: { sourceId: 'secret' } },
    });
  });

  it('counts a pair once between two centres, and says when a pair has more links than counted', async () => {
    const BUNDLES = `query($ids: [ID!]!, $others: [ID!]!, $f: ExpandFilter) {
      linkBundles(ids: $ids, others: $others, filter: $f) { source target count capped } }`;
    type Bundles = {
      linkBundles: { source: string; target: string; count: number; capped: boolean }[];
    };
    const both = await gql<Bundles>(app, BUNDLES, {
      ids: ['ex:calls-a', 'ex:calls-b'],
      others: ['ex:calls-a', 'ex:calls-b', 'ex:calls-b'],
    });
    expect(both.data!.linkBundles.map((b) => `${b.source}>${b.target}:${b.count}`).sort()).toEqual([
      'ex:calls-a>ex:calls-b:29',
      'ex:calls-b>ex:calls-a:1',
    ]);
    // One direction asked: each centre's own calls.
    const out = await gql<Bundles>(app, BUNDLES, {
      ids: ['ex:calls-a', 'ex:calls-b'],
      others: ['ex:calls-a', 'ex:calls-b'],
      f: { direction: 'OUT' },
    });
    expect(out.data!.linkBundles.map((b) => `${b.source}>${b.target}:${b.count}`).sort()).toEqual([
      'ex:calls-a>ex:calls-b:29',
      'ex:calls-b>ex:calls-a:1',
    ]);
    expect(out.data!.linkBundles.every((b) => !b.capped)).toBe(true);
    await driver.executeQuery(`
      CREATE (a:Entity:Phone {id: 'ex:cap-a', caption: 'a', classification: 0, compartments: []})
      CREATE (b:Entity:Phone {id: 'ex:cap-b', caption: 'b', classification: 0, compartments: []})
      WITH a, b UNWIND range(1, ${DEGREE_CAP + 5}) AS i
      CREATE (a)-[:CALLED {source: 'FGJ', classification: 0, compartments: []}]->(b)`);
    const busy = await gql<Bundles>(app, BUNDLES, { ids: ['ex:cap-a'], others: ['ex:cap-b'] });
    expect(busy.data!.linkBundles).toEqual([
      { source: 'ex:cap-a', target: 'ex:cap-b', count: DEGREE_CAP + 1, capped: true },
    ]);
  });

  it('counts no links to an entity the viewer may not see', async () => {
    const BUNDLES = `query($ids: [ID!]!, $others: [ID!]!) {
      linkBundles(ids: $ids, others: $others) { source target count } }`;
    await driver.executeQuery(`
      MATCH (o:Entity {id: 'ex:calls-o2'})
      CREATE (o)-[:CALLED {source: 'FGJ', classification: 0, compartments: []}]->
             (:Entity:Phone {id: 'ex:calls-hidden', caption: 'h', classification: 3, compartments: ['INF']})`);
    const ask = (ids: string[], others: string[], as?: string) =>
      gql<{ linkBundles: { source: string; target: string; count: number }[] }>(
        app,
        BUNDLES,
        { ids, others },
        as,
      );
    // The analyst (clearance 2, no INF) gets nothing on the secret phone, from either side.
    expect(
      (await ask(['ex:calls-o2'], ['ex:calls-hidden', 'ex:calls-a'])).data!.linkBundles,
    ).toEqual([{ source: 'ex:calls-a', target: 'ex:calls-o2', count: 1 }]);
    expect((await ask(['ex:calls-hidden'], ['ex:calls-o2'])).data!.linkBundles).toEqual([]);
    // The supervisor sees it.
    expect(
      (await ask(['ex:calls-hidden'], ['ex:calls-o2'], AS.supervisor)).data!.linkBundles,
    ).toEqual([{ source: 'ex:calls-o2', target: 'ex:calls-hidden', count: 1 }]);
    const admin = await gql(app, BUNDLES, { ids: ['ex:p'], others: ['ex:q'] }, AS.admin);
    expect(admin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMany = await gql(app, BUNDLES, {
      ids: ['ex:p'],
      others: Array.from({ length: 501 }, (_, i) => `ex:case${i}`),
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_LIMIT');
  });

  it('refuses unknown names, bad cursors and bad dates with stable codes', async () => {
    const badType = await gql(app, EXPAND, { ids: ['ex:p'], f: { relTypes: ['KNOWS'] } });
    expect(badType.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_INPUT' },
      message: expect.stringMatching(/^unknown relationship type: KNOWS/),
    });
    const badCursor = await gql(app, EXPAND, { ids: ['ex:p'], after: 'bm9wZQ' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
    const first = await gql<Page>(app, EXPAND, { ids: ['ex:p'], first: 5 });
    const otherIds = await gql(app, EXPAND, {
      ids: ['ex:q'],
      first: 5,
      after: first.data!.expand.pageInfo.endCursor,
    });
    expect(otherIds.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
    // A cursor of this query made to point past any page (security review: Neo4j's overflow
    // came back as INTERNAL).
    const made = (o: number) => {
      const cursor = first.data!.expand.pageInfo.endCursor!;
      const { f } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { f: string };
      return Buffer.from(JSON.stringify({ o, f })).toString('base64url');
    };
    expect(
      (await gql(app, EXPAND, { ids: ['ex:p'], first: 5, after: made(5) })).errors,
    ).toBeUndefined();
    const far = await gql(app, EXPAND, { ids: ['ex:p'], first: 5, after: made(1e20) });
    expect(far.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
    const badDate = await gql(app, EXPAND, { ids: ['ex:p'], f: { from: 'ayer' } });
    expect(badDate.errors?.[0]).toMatchObject({
      message: 'from must be an ISO date or date-time; got ayer',
      extensions: { code: 'BAD_INPUT' },
    });
  });

  it('is refused to the admin role', async () => {
    const res = await gql(app, EXPAND, { ids: ['ex:p'] }, AS.admin);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const PREVIEW = `query($ids: [ID!]!, $f: ExpandFilter) { expandPreview(ids: $ids, filter: $f) { relType direction neighborType agency count capped } }`;

describe('expand preview', () => {
  it('counts links per type, direction, neighbour type and agency', async () => {
    const res = await gql<{ expandPreview: unknown[] }>(app, PREVIEW, { ids: ['ex:p'] });
    expect(res.data!.expandPreview).toEqual([
      {
        relType: 'INVOLVED_IN',
        direction: 'OUT',
        neighborType: 'Case',
        agency: 'FGJ',
        count: 25,
        capped: false,
      },
      expect.objectContaining({ count: 1 }),
      expect.objectContaining({ count: 1 }),
    ]);
    expect(res.data!.expandPreview).toContainEqual({
      relType: 'MEMBER_OF',
      direction: 'OUT',
      neighborType: 'Organization',
      agency: 'SSC',
      count: 1,
      capped: false,
    });
  });

  it('hides what the viewer may not see from the counts', async () => {
    await driver.executeQuery("MATCH (o:Entity {id: 'ex:org'}) SET o.classification = 3");
    try {
      const res = await gql<{ expandPreview: { relType: string }[] }>(
        app,
        PREVIEW,
        { ids: ['ex:p'] },
        AS.analyst,
      );
      expect(res.data!.expandPreview.map((g) => g.relType).sort()).toEqual([
        'ASSOCIATE_OF',
        'INVOLVED_IN',
      ]);
    } finally {
      await driver.executeQuery("MATCH (o:Entity {id: 'ex:org'}) SET o.classification = 1");
    }
  });

  it('counts a degree exactly up to the cap, and says "more" beyond it', async () => {
    const res = await gql<{ expand: { nodes: { id: string; degree: number }[] } }>(
      app,
      'query { expand(ids: ["ex:called1"], first: 5) { nodes { id degree } } }',
    );
    // The hub's 12,003 links read as DEGREE_CAP + 1; its neighbour's one link stays exact.
    expect(res.data!.expand.nodes).toEqual([{ id: 'ex:hub', degree: DEGREE_CAP + 1 }]);
    const node = await gql<{ node: { degree: number } }>(
      app,
      'query { node(id: "ex:called1") { degree } }',
    );
    expect(node.data!.node.degree).toBe(1);
    const around = await gql<{ neighbors: { total: number } }>(
      app,
      'query { neighbors(id: "ex:hub", limit: 5) { total } }',
    );
    expect(around.data!.neighbors.total).toBe(DEGREE_CAP + 1);
  });

  it('caps counting on a supernode per relationship type, and still shows every type', async () => {
    const res = await gql<{ expandPreview: unknown[] }>(app, PREVIEW, { ids: ['ex:hub'] });
    expect(res.data!.expandPreview).toEqual([
      {
        relType: 'USES_PHONE',
        direction: 'IN',
        neighborType: 'Person',
        agency: 'C5',
        count: PREVIEW_CAP,
        capped: true,
      },
      {
        relType: 'CALLED',
        direction: 'OUT',
        neighborType: 'Phone',
        agency: 'FGJ',
        count: 3,
        capped: false,
      },
    ]);
    const calls = await gql<{ expandPreview: unknown[] }>(app, PREVIEW, {
      ids: ['ex:hub'],
      f: { relTypes: ['CALLED'] },
    });
    expect(calls.data!.expandPreview).toHaveLength(1);
  });

  it('counts the neighbours the links lead to, whatever their direction', async () => {
    type Group = { relType: string; direction: string; count: number; neighbors: number };
    const q = `query($ids: [ID!]!) { expandPreview(ids: $ids) { relType direction count neighbors } }`;
    // 29 visible calls to b and one back, three to others: 33 links, 4 phones.
    const calls = await gql<{ expandPreview: Group[] }>(app, q, { ids: ['ex:calls-a'] });
    const rows = calls.data!.expandPreview;
    expect(rows.map((g) => [g.direction, g.count]).sort()).toEqual([
      ['IN', 1],
      ['OUT', 32],
    ]);
    for (const g of rows) expect(g.neighbors).toBe(4);
    // Type by type on a supernode: its three called phones, its callers up to the cap.
    const hub = await gql<{ expandPreview: (Group & { capped: boolean })[] }>(
      app,
      `query { expandPreview(ids: ["ex:hub"]) { relType count neighbors capped } }`,
    );
    expect(hub.data!.expandPreview).toEqual([
      { relType: 'USES_PHONE', count: PREVIEW_CAP, neighbors: PREVIEW_CAP, capped: true },
      { relType: 'CALLED', count: 3, neighbors: 3, capped: false },
    ]);
  });

  it('gives every group of a kind of link the same neighbours when a supernode is among those asked about', async () => {
    // The hub is counted type by type (3 phones called), the caller in one pass (4 phones,
    // one of them calling back): 7 phones on both of the kind's groups.
    const res = await gql<{
      expandPreview: { direction: string; count: number; neighbors: number }[];
    }>(
      app,
      `query { expandPreview(ids: ["ex:hub", "ex:calls-a"], filter: {relTypes: ["CALLED"]}) { direction count neighbors } }`,
    );
    expect(res.data!.expandPreview).toEqual([
      { direction: 'OUT', count: 35, neighbors: 7 },
      { direction: 'IN', count: 1, neighbors: 7 },
    ]);
  });

  it('counts for several entities only the links that lead out of them, once', async () => {
    // p and q are associates, and both members of the organisation: their association brings
    // no one new, and counted from both ends it would read as two.
    const pair = await gql<{ expandPreview: { relType: string; count: number }[] }>(app, PREVIEW, {
      ids: ['ex:p', 'ex:q'],
    });
    const counts = Object.fromEntries(pair.data!.expandPreview.map((g) => [g.relType, g.count]));
    expect(counts).toEqual({ INVOLVED_IN: 25, MEMBER_OF: 2 });
    // The same through the type-by-type count of a supernode: the hub and one phone it called.
    const hub = await gql<{ expandPreview: { relType: string; count: number }[] }>(app, PREVIEW, {
      ids: ['ex:hub', 'ex:called1'],
      f: { relTypes: ['CALLED'] },
    });
    expect(hub.data!.expandPreview).toEqual([expect.objectContaining({ count: 2 })]);
  });
});
