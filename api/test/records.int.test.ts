// What cited source records are (`sourceRecords`), through GraphQL against the real Neo4j: every
// kind of record the demo graph shows in a Procedencia is found, as an entity or as the links it
// stands behind, and need-to-know applies to a link and both its ends.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS, buildTestApp, gql, testDriver } from '../../test/helpers.js';

let app: FastifyInstance;
let driver: Driver;

const FIXTURE = `
CREATE (a:Entity:Person {id: 'rc:a', caption: 'Ana Rcx', source: 'SSC', sourceId: 'rc-a', classification: 0, compartments: []})
CREATE (b:Entity:Person {id: 'rc:b', caption: 'Beto Rcx', source: 'SSC', sourceId: 'rc-b', classification: 0, compartments: []})
CREATE (v:Entity:Person {id: 'rc:v', caption: 'Víctima Rcx', classification: 2, compartments: ['GV']})
CREATE (k:Entity:Custody {id: 'rc:k', caption: 'Ingreso Rcx', classification: 0, compartments: []})
CREATE (p1:Entity:Phone {id: 'rc:p1', caption: '5500000091', classification: 0, compartments: []})
CREATE (p2:Entity:Phone {id: 'rc:p2', caption: '5500000092', classification: 0, compartments: []})
CREATE (a)-[:ASSOCIATE_OF {source: 'SSC', sourceId: 'vinculo:rc-1', reliability: 'B', credibility: 2,
        classification: 0, compartments: []}]->(b)
CREATE (v)-[:VISITED {source: 'PEN', sourceId: 'visita:rc-2', classification: 0, compartments: [],
        occurredAt: datetime('2024-03-01T10:00:00Z')}]->(k)
CREATE (p1)-[:CALLED {source: 'FGJ', sourceId: 'sabana:rc3:1', occurredAt: datetime('2024-01-05T08:00:00Z'),
        classification: 0, compartments: []}]->(p2)
CREATE (p2)-[:CALLED {source: 'FGJ', sourceId: 'sabana:rc3:2', occurredAt: datetime('2024-02-07T09:30:00Z'),
        classification: 0, compartments: []}]->(p1)
CREATE (p1)-[:CALLED {source: 'FGJ', sourceId: 'sabana:rc3:3', occurredAt: datetime('2024-04-01T12:00:00Z'),
        classification: 3, compartments: ['FIN']}]->(p2)
`;

const RECORDS = `query($refs: [String!]!, $limit: Int) {
  sourceRecords(refs: $refs, linkLimit: $limit) {
    ref linkCount firstAt lastAt entity { id type } links { type source target provenance { source sourceId } }
  }
}`;

interface Answer {
  sourceRecords: {
    ref: string;
    linkCount: number;
    firstAt: string | null;
    lastAt: string | null;
    entity: { id: string; type: string } | null;
    links: {
      type: string;
      source: string;
      target: string;
      provenance: { source: string; sourceId: string };
    }[];
  }[];
}

const ask = (refs: string[], as: string = AS.analyst, limit?: number) =>
  gql<Answer>(app, RECORDS, { refs, ...(limit === undefined ? {} : { limit }) }, as);

beforeAll(async () => {
  driver = testDriver();
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'rc:' DETACH DELETE n");
  await driver.executeQuery(FIXTURE);
  app = await buildTestApp();
});

afterAll(async () => {
  await app?.close();
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'rc:' DETACH DELETE n");
  await driver.close();
});

describe('sourceRecords', () => {
  it('says what each record is, in the order asked: an entity, a link with its ends, a warrant', async () => {
    const res = await ask(
      ['FGJ:sabana:rc3', 'SSC:vinculo:rc-1', 'rc:a', 'SSC:vinculo:rc-nope', 'FGJ:sabana:rc3:2'],
      AS.analyst,
      1,
    );
    expect(res.errors).toBeUndefined();
    const [warrant, tie, person, line] = res.data!.sourceRecords;
    expect(res.data!.sourceRecords.map((r) => r.ref)).toEqual([
      'FGJ:sabana:rc3',
      'SSC:vinculo:rc-1',
      'rc:a',
      'FGJ:sabana:rc3:2',
    ]);
    // The analyst sees two of the warrant's three lines (the third is FIN): counted, dated,
    // and the first by time listed.
    expect(warrant).toMatchObject({
      linkCount: 2,
      firstAt: '2024-01-05T08:00:00Z',
      lastAt: '2024-02-07T09:30:00Z',
      entity: null,
      links: [{ type: 'CALLED', source: 'rc:p1', target: 'rc:p2' }],
    });
    expect(tie).toMatchObject({
      linkCount: 1,
      entity: null,
      links: [
        {
          type: 'ASSOCIATE_OF',
          source: 'rc:a',
          target: 'rc:b',
          provenance: { source: 'SSC', sourceId: 'vinculo:rc-1' },
        },
      ],
    });
    expect(person).toMatchObject({
      entity: { id: 'rc:a', type: 'Person' },
      links: [],
      linkCount: 0,
    });
    expect(line).toMatchObject({ linkCount: 1, links: [{ source: 'rc:p2', target: 'rc:p1' }] });
  });

  it('shows a link only to whoever may see it and both its ends', async () => {
    // The visit is public; its visitor is a protected victim (GV): the record names her.
    expect((await ask(['PEN:visita:rc-2'])).data).toEqual({ sourceRecords: [] });
    const cleared = await ask(['PEN:visita:rc-2', 'FGJ:sabana:rc3'], AS.supervisor);
    expect(cleared.data!.sourceRecords.map((r) => [r.ref, r.linkCount])).toEqual([
      ['PEN:visita:rc-2', 1],
      ['FGJ:sabana:rc3', 3],
    ]);
  });

  it('finds every kind of record the demo graph names, entity or link', async () => {
    // One record of each link type that carries one, and of each kind of entity record, from
    // the loaded demo graph (what the loader wrote has ingestedAt; other tests' fixtures, which
    // may run beside this one, do not, or have no "kind:" in their records): all of them open
    // to the supervisor.
    const sample = await driver.executeQuery(`
      CALL () {
        MATCH ()-[r]->() WHERE r.ingestedAt IS NOT NULL AND r.source IS NOT NULL
          AND r.sourceId IS NOT NULL
        WITH type(r) AS type, r.source + ':' + r.sourceId AS ref
        WHERE ref =~ '[A-Z0-9]+:[a-z]+:.+'
        RETURN type, min(ref) AS ref
        UNION
        MATCH (e:Entity) WHERE e.ingestedAt IS NOT NULL AND e.source IS NOT NULL
          AND e.sourceId IS NOT NULL
        WITH labels(e) AS type, e.source + ':' + e.sourceId AS ref
        WHERE ref =~ '[A-Z0-9]+:[a-z]+:.+'
        RETURN type, min(ref) AS ref
      }
      RETURN collect(DISTINCT ref) AS refs`);
    const refs = sample.records[0]!.get('refs') as string[];
    // The demo graph has ties, visits, participants, acts, owners, account holders, calls…
    expect(refs.length).toBeGreaterThan(15);
    const found = new Set<string>();
    for (let i = 0; i < refs.length; i += 50) {
      const res = await ask(refs.slice(i, i + 50), AS.supervisor);
      expect(res.errors).toBeUndefined();
      for (const r of res.data!.sourceRecords) {
        expect(r.entity !== null || r.linkCount > 0).toBe(true);
        found.add(r.ref);
      }
    }
    expect(refs.filter((r) => !found.has(r))).toEqual([]);
  });

  it('refuses too many records or links at once, saying how many', async () => {
    const many = await ask(
      Array.from({ length: 101 }, (_, i) => `FGJ:persona:${i}`),
      AS.analyst,
    );
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(many.errors?.[0]?.message).toMatch(/at most 100 records at once; got 101/);
    const links = await ask(['FGJ:sabana:rc3'], AS.analyst, 0);
    expect(links.errors?.[0]?.extensions?.code).toBe('BAD_LIMIT');
    expect(links.errors?.[0]?.message).toMatch(/from 1 to 100; got 0/);
    expect((await ask([], AS.analyst)).data).toEqual({ sourceRecords: [] });
  });

  it("keeps the audit trail's line about a record from a reader who may not see it", async () => {
    await ask(['PEN:visita:rc-2'], AS.supervisor);
    type Trail = { auditRecords: { records: { seq: number; action: string; details: string }[] } };
    const TRAIL =
      'query { auditRecords(user: "supervisora", first: 50) { records { seq action details } } }';
    const asked = await gql<Trail>(app, TRAIL, {}, AS.supervisor);
    const line = asked.data!.auditRecords.records.find(
      (r) => r.action === 'query:sourceRecords' && r.details.includes('PEN:visita:rc-2'),
    );
    expect(line).toBeDefined();
    // The admin (public only) reads who and when, not which record: it names a protected victim.
    const admin = await gql<Trail>(app, TRAIL, {}, AS.admin);
    expect(admin.data!.auditRecords.records.find((r) => r.seq === line!.seq)?.details).toBe(
      '[withheld]',
    );
  });

  it('is not for the admin, who reads no cases', async () => {
    const res = await ask(['SSC:vinculo:rc-1'], AS.admin);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
