// Filtered, paged expansion and its preview, against fixture entities in the real Neo4j.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS, buildTestApp, gql, testDriver } from '../../test/helpers.js';
import { PREVIEW_CAP, type LinkBundle } from '../src/graphql/explore/expand.js';
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

beforeAll(async () => {
  driver = testDriver();
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'ex:' DETACH DELETE n");
  await driver.executeQuery(FIXTURE);
  await driver.executeQuery(HUB);
  await driver.executeQuery(CALLS);
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

  it('pages by neighbour and bundles the links between two entities by type and direction', async () => {
    const BUNDLED = `query($ids: [ID!]!, $first: Int, $after: String) {
      expand(ids: $ids, first: $first, after: $after, order: MOST_CONNECTED) {
        nodes { id } edges { source target provenance { sourceId } }
        bundles { source target type count firstAt lastAt } pageInfo { hasNextPage endCursor } } }`;
    type Bundled = {
      expand: {
        nodes: { id: string }[];
        edges: { source: string; target: string; provenance: { sourceId: string } }[];
        bundles: LinkBundle[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const first = await gql<Bundled>(app, BUNDLED, { ids: ['ex:calls-a'], first: 2 });
    const page = first.data!.expand;
    // 33 links, four neighbours: a page of two holds two neighbours, the busiest first.
    expect(page.nodes.map((n) => n.id)[0]).toBe('ex:calls-b');
    expect(page.nodes).toHaveLength(2);
    expect(page.bundles.filter((b) => b.target === 'ex:calls-b')).toEqual([
      {
        source: 'ex:calls-a',
        target: 'ex:calls-b',
        type: 'CALLED',
        count: 29, // the secret call is not counted for a viewer of clearance 1
        firstAt: '2024-03-02T10:00:00Z',
        lastAt: '2024-03-30T10:00:00Z',
      },
    ]);
    expect(page.bundles).toContainEqual({
      source: 'ex:calls-b',
      target: 'ex:calls-a',
      type: 'CALLED',
      count: 1,
      firstAt: null,
      lastAt: null,
    });
    // Only the most recent link of a bundle comes along.
    const ab = page.edges.filter((e) => e.target === 'ex:calls-b');
    expect(ab.map((e) => e.provenance.sourceId)).toEqual(['s29']);
    const rest = await gql<Bundled>(app, BUNDLED, {
      ids: ['ex:calls-a'],
      first: 2,
      after: page.pageInfo.endCursor,
    });
    const ids = [...page.nodes, ...rest.data!.expand.nodes].map((n) => n.id).sort();
    expect(ids).toEqual(['ex:calls-b', 'ex:calls-o1', 'ex:calls-o2', 'ex:calls-o3']);
    expect(rest.data!.expand.pageInfo.hasNextPage).toBe(false);
    // The supervisor may see the secret call: counted, and the most recent.
    const all = await gql<Bundled>(app, BUNDLED, { ids: ['ex:calls-a'], first: 1 }, AS.supervisor);
    const b = all.data!.expand.bundles.find((x) => x.target === 'ex:calls-b')!;
    expect(b).toMatchObject({ count: 30, lastAt: '2025-01-01T10:00:00Z' });
    expect(all.data!.expand.edges[0]!.provenance.sourceId).toBe('secret');
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
});
