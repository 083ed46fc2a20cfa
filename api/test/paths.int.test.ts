// Paths, connecting networks, common associates and timelines on a small fixture graph:
//   A -ASSOC- B -ASSOC- C -ASSOC- D,  A -FAMILY- X(restricted GV) -FAMILY- D,  E alone,
//   A and C and F involved in case K1; A uses phone PA, which called PC (C's phone);
//   A holds account AA, which sent transfer T to account AC.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/auth/roles.js';
import { PathService } from '../src/graphql/explore/paths.js';
import { AS, buildTestApp, gql, login, testDriver } from '../../test/helpers.js';

let app: FastifyInstance;
let driver: Driver;

const FIXTURE = `
UNWIND ['A', 'B', 'C', 'D', 'E', 'F'] AS k
CREATE (:Entity:Person {id: 'pt:' + k, caption: 'Persona ' + k, classification: 0, compartments: []})
WITH count(*) AS _
MATCH (a:Entity {id: 'pt:A'}), (b:Entity {id: 'pt:B'}), (c:Entity {id: 'pt:C'}), (d:Entity {id: 'pt:D'}), (f:Entity {id: 'pt:F'})
CREATE (x:Entity:Person {id: 'pt:X', caption: 'Víctima X', classification: 2, compartments: ['GV']})
CREATE (a)-[:ASSOCIATE_OF {source: 'SSC'}]->(b), (b)-[:ASSOCIATE_OF {source: 'SSC'}]->(c), (c)-[:ASSOCIATE_OF {source: 'SSC'}]->(d)
CREATE (a)-[:FAMILY_OF {source: 'CJM', classification: 2, compartments: ['GV']}]->(x)-[:FAMILY_OF {source: 'CJM', classification: 2, compartments: ['GV']}]->(d)
CREATE (k:Entity:Case {id: 'pt:K1', caption: 'Carpeta K1', occurredAt: datetime('2024-03-05T22:10:00Z'),
        reportedAt: datetime('2024-03-06T10:00:00Z'), classification: 0, compartments: []})
CREATE (a)-[:INVOLVED_IN {role: 'SUSPECT'}]->(k), (c)-[:INVOLVED_IN {role: 'SUSPECT'}]->(k), (f)-[:INVOLVED_IN {role: 'WITNESS'}]->(k)
CREATE (pa:Entity:Phone {id: 'pt:PA', caption: '5511111111'}), (pc:Entity:Phone {id: 'pt:PC', caption: '5522222222'})
CREATE (a)-[:USES_PHONE]->(pa), (c)-[:USES_PHONE]->(pc)
CREATE (pa)-[:CALLED {occurredAt: datetime('2024-03-05T21:00:00Z'), durationSec: 65, source: 'FGJ'}]->(pc)
CREATE (pa)-[:CALLED {occurredAt: datetime('2024-03-06T08:00:00Z'), source: 'FGJ', classification: 1, compartments: []}]->
       (:Entity:Phone {id: 'pt:PV', caption: '5533333333', classification: 2, compartments: ['GV']})
CREATE (aa:Entity:BankAccount {id: 'pt:AA', caption: 'cuenta A', classification: 2, compartments: ['FIN']}),
       (ac:Entity:BankAccount {id: 'pt:AC', caption: 'cuenta C', classification: 2, compartments: ['FIN']})
CREATE (a)-[:HOLDS_ACCOUNT {classification: 2, compartments: ['FIN']}]->(aa)
CREATE (t:Entity:Transfer {id: 'pt:T', caption: '$9,500 MXN', occurredAt: datetime('2024-02-01T12:00:00Z'), classification: 2, compartments: ['FIN']})
CREATE (aa)<-[:FROM]-(t)-[:TO]->(ac)
`;

beforeAll(async () => {
  driver = testDriver();
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'pt:' DETACH DELETE n");
  await driver.executeQuery(FIXTURE);
  app = await buildTestApp();
});

afterAll(async () => {
  await app?.close();
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'pt:' DETACH DELETE n");
  await driver.close();
});

const PATHS = `query($from: ID!, $to: ID!, $k: Int, $h: Int, $t: [String!]) {
  shortestPaths(from: $from, to: $to, k: $k, maxHops: $h, relTypes: $t) {
    restrictedLinkExists paths { length nodes { id } edges { type source target } } } }`;

type Paths = {
  shortestPaths: {
    restrictedLinkExists: boolean;
    paths: {
      length: number;
      nodes: { id: string }[];
      edges: { type: string; source: string; target: string }[];
    }[];
  };
};

/** The analyst's restricted-link notices in the last 24 hours under a cap (this file's, and
 * others' on this database): kept on her account's node. */
async function noticesGiven(): Promise<number> {
  const res = await driver.executeQuery(
    `MATCH (u:User {username: 'analista'})
     RETURN size([t IN coalesce(u.restrictedNoticesAt, []) WHERE t >= datetime() - duration('P1D')]) AS n`,
  );
  return Number(res.records[0]!.get('n'));
}

describe('shortest paths', () => {
  it('does not join two people through the borough their addresses are in, unless asked', async () => {
    await driver.executeQuery(`
      CREATE (g:Entity:Person {id: 'pt:G', caption: 'Persona G'}), (h:Entity:Person {id: 'pt:H', caption: 'Persona H'}),
             (bx:Entity:Alcaldia {id: 'pt:BX', caption: 'Alcaldía X'}),
             (g)-[:LIVES_AT]->(:Entity:Address {id: 'pt:AG', caption: 'Calle G 1'})-[:IN_ALCALDIA]->(bx),
             (h)-[:LIVES_AT]->(:Entity:Address {id: 'pt:AH', caption: 'Calle H 2'})-[:IN_ALCALDIA]->(bx)`);
    const plain = await gql<Paths>(app, PATHS, { from: 'pt:G', to: 'pt:H' }, AS.supervisor);
    expect(plain.data!.shortestPaths).toEqual({ restrictedLinkExists: false, paths: [] });
    const asked = await gql<Paths>(
      app,
      PATHS,
      { from: 'pt:G', to: 'pt:H', t: ['LIVES_AT', 'IN_ALCALDIA'] },
      AS.supervisor,
    );
    expect(asked.data!.shortestPaths.paths[0]?.nodes.map((n) => n.id)).toEqual([
      'pt:G',
      'pt:AG',
      'pt:BX',
      'pt:AH',
      'pt:H',
    ]);
  });

  it('routes an uncleared analyst around a restricted victim, saying only that a restricted link exists', async () => {
    const res = await gql<Paths>(app, PATHS, { from: 'pt:A', to: 'pt:D' }, AS.analyst);
    // Two visible 3-hop paths tie (through B, or through case K1); either is a right answer.
    const [path] = res.data!.shortestPaths.paths;
    expect(res.data!.shortestPaths.paths).toHaveLength(1);
    expect(path!.length).toBe(3);
    expect([
      ['pt:A', 'pt:B', 'pt:C', 'pt:D'],
      ['pt:A', 'pt:K1', 'pt:C', 'pt:D'],
    ]).toContainEqual(path!.nodes.map((n) => n.id));
    expect(res.data!.shortestPaths.restrictedLinkExists).toBe(true);
    expect(JSON.stringify(res)).not.toContain('pt:X');
  });

  it('refuses a document of several operations: the audit would record one and run another', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        query:
          'query A { __typename } query B { shortestPaths(from: "pt:A", to: "pt:D") { restrictedLinkExists } }',
        operationName: 'B',
      },
      headers: await (async () => {
        const s = (await login(app, AS.analyst))!;
        return { cookie: s.cookie, 'x-csrf-token': s.csrf };
      })(),
    });
    expect(res.json()).toMatchObject({
      data: null,
      errors: [{ extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('stops telling of restricted links past the daily cap, and audits each notice', async () => {
    // The analyst's notices so far today under a cap (noticesGiven), and her audit records of
    // notices.
    const given = noticesGiven;
    const audited = async () => {
      await app.audit.flush();
      const res = await driver.executeQuery(
        `MATCH (a:AuditRecord {user: 'analista', outcome: 'RESTRICTED_LINK'}) RETURN count(a) AS n`,
      );
      return Number(res.records[0]!.get('n'));
    };
    const CAPPED = `query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to) {
      restrictedLinkExists restrictedNoticeWithheld paths { length } } }`;
    type Capped = {
      shortestPaths: {
        restrictedLinkExists: boolean;
        restrictedNoticeWithheld: boolean;
        paths: unknown[];
      };
    };
    const before = await given();
    const auditedBefore = await audited();
    // Two routes in one request: one notice, counted, the other withheld.
    const twice = await buildTestApp({ TRAMA_RESTRICTED_NOTICES_PER_DAY: String(before + 1) });
    try {
      const res = await gql<{ a: Capped['shortestPaths']; b: Capped['shortestPaths'] }>(
        twice,
        `{ a: shortestPaths(from: "pt:A", to: "pt:D") { restrictedLinkExists restrictedNoticeWithheld }
           b: shortestPaths(from: "pt:A", to: "pt:D") { restrictedLinkExists restrictedNoticeWithheld } }`,
        {},
        AS.analyst,
      );
      expect([res.data!.a, res.data!.b].map((x) => x.restrictedLinkExists).sort()).toEqual([
        false,
        true,
      ]);
      await twice.audit.flush();
      expect(await given()).toBe(before + 1);
      expect(await audited()).toBe(auditedBefore + 1);
    } finally {
      await twice.close();
    }
    const capped = await buildTestApp({ TRAMA_RESTRICTED_NOTICES_PER_DAY: String(before + 2) });
    try {
      const ask = () => gql<Capped>(capped, CAPPED, { from: 'pt:A', to: 'pt:D' }, AS.analyst);
      const first = await ask();
      expect(first.data!.shortestPaths).toMatchObject({
        restrictedLinkExists: true,
        restrictedNoticeWithheld: false,
      });
      await capped.audit.flush();
      expect(await given()).toBe(before + 2);
      expect(await audited()).toBe(auditedBefore + 2);
      // The cap reached: the same question no longer says a hidden record joins them, and
      // says that it does not say.
      const second = await ask();
      expect(second.data!.shortestPaths).toMatchObject({
        restrictedLinkExists: false,
        restrictedNoticeWithheld: true,
      });
      expect(second.data!.shortestPaths.paths).toHaveLength(1);
      await capped.audit.flush();
      expect(await given()).toBe(before + 2);
      expect(await audited()).toBe(auditedBefore + 2);
      // A route with nothing hidden on the way says the same: answering "not withheld" there
      // would tell which routes have a hidden link.
      const plain = await gql<Capped>(capped, CAPPED, { from: 'pt:A', to: 'pt:B' }, AS.analyst);
      expect(plain.data!.shortestPaths).toMatchObject({
        restrictedLinkExists: false,
        restrictedNoticeWithheld: true,
      });
    } finally {
      await capped.close();
    }
  });

  it('answers a burst of routes at the same moment as if sent one by one, past the cap all withheld', async () => {
    const given = noticesGiven;
    const before = await given();
    const burst = await buildTestApp({ TRAMA_RESTRICTED_NOTICES_PER_DAY: String(before + 2) });
    type Answer = { restrictedLinkExists: boolean; restrictedNoticeWithheld: boolean };
    const ask = (to: string) =>
      gql<{ shortestPaths: Answer }>(
        burst,
        `{ shortestPaths(from: "pt:A", to: "${to}") { restrictedLinkExists restrictedNoticeWithheld } }`,
        {},
        AS.analyst,
      ).then((r) => r.data!.shortestPaths);
    try {
      // Routes with a hidden link (to D) and without (to B), interleaved.
      const hidden = Array.from({ length: 6 }, () => ask('pt:D'));
      const plain = Array.from({ length: 6 }, () => ask('pt:B'));
      const withLink = await Promise.all(hidden);
      const without = await Promise.all(plain);
      // Two notices; every other route with a hidden link is withheld, never answered "none".
      expect(withLink.filter((a) => a.restrictedLinkExists)).toHaveLength(2);
      for (const a of withLink)
        expect(a.restrictedLinkExists || a.restrictedNoticeWithheld).toBe(true);
      for (const a of without) expect(a.restrictedLinkExists).toBe(false);
      expect(await given()).toBe(before + 2);
      // Spent: a route without a hidden link says the same as one with.
      expect(await ask('pt:B')).toEqual(await ask('pt:D'));
      expect(await ask('pt:B')).toEqual({
        restrictedLinkExists: false,
        restrictedNoticeWithheld: true,
      });
    } finally {
      await burst.close();
    }
  });

  it('says nothing about entities the viewer may not see, nor which kind of link is hidden', async () => {
    // Two hidden ends (X and PV, 3 hops apart through A and PA): the same as unknown ids.
    const hidden = await gql<Paths>(app, PATHS, { from: 'pt:X', to: 'pt:PV', h: 3 }, AS.analyst);
    expect(hidden.data!.shortestPaths).toEqual({ paths: [], restrictedLinkExists: false });
    const oneHidden = await gql<Paths>(app, PATHS, { from: 'pt:A', to: 'pt:X' }, AS.analyst);
    expect(oneHidden.data!.shortestPaths).toEqual({ paths: [], restrictedLinkExists: false });
    // The notice does not depend on the types asked for: it cannot name the hidden FAMILY_OF.
    for (const t of [['FAMILY_OF'], ['USES_PHONE'], ['ASSOCIATE_OF']]) {
      const res = await gql<Paths>(app, PATHS, { from: 'pt:A', to: 'pt:D', h: 2, t }, AS.analyst);
      expect(res.data!.shortestPaths, t[0]).toEqual({ paths: [], restrictedLinkExists: true });
    }
    // A shorter path the supervisor may see, of a type not asked for, is not a restricted one.
    const typed = await gql<Paths>(
      app,
      PATHS,
      { from: 'pt:A', to: 'pt:D', t: ['ASSOCIATE_OF'] },
      AS.supervisor,
    );
    expect(typed.data!.shortestPaths.paths[0]?.length).toBe(3);
    expect(typed.data!.shortestPaths.restrictedLinkExists).toBe(false);
  });

  it('gives a cleared supervisor the shortest path and the k shortest', async () => {
    const one = await gql<Paths>(app, PATHS, { from: 'pt:A', to: 'pt:D' }, AS.supervisor);
    expect(one.data!.shortestPaths).toEqual({
      restrictedLinkExists: false,
      paths: [
        {
          length: 2,
          nodes: [{ id: 'pt:A' }, { id: 'pt:X' }, { id: 'pt:D' }],
          edges: [
            { type: 'FAMILY_OF', source: 'pt:A', target: 'pt:X' },
            { type: 'FAMILY_OF', source: 'pt:X', target: 'pt:D' },
          ],
        },
      ],
    });
    const two = await gql<Paths>(
      app,
      PATHS,
      { from: 'pt:A', to: 'pt:D', k: 2, t: ['ASSOCIATE_OF', 'FAMILY_OF'] },
      AS.supervisor,
    );
    expect(two.data!.shortestPaths.paths.map((p) => p.length)).toEqual([2, 3]);
  });

  it('goes around the entities the user avoids, and says no more or less of hidden links for it', async () => {
    const AVOIDING = `query($from: ID!, $to: ID!, $k: Int, $a: [ID!]) {
      shortestPaths(from: $from, to: $to, k: $k, avoid: $a) {
        restrictedLinkExists paths { nodes { id } } } }`;
    const routes = async (as: (typeof AS)[keyof typeof AS], avoid: string[], k = 1) => {
      const res = await gql<Paths>(app, AVOIDING, { from: 'pt:A', to: 'pt:D', k, a: avoid }, as);
      expect(res.errors).toBeUndefined();
      const { paths, restrictedLinkExists } = res.data!.shortestPaths;
      return { routes: paths.map((p) => p.nodes.map((n) => n.id).join('>')), restrictedLinkExists };
    };
    // The supervisor's shortest runs through X; avoided, the next ones. X is visible to her, so
    // its shorter route is no restricted one (the check of hidden routes avoids it too).
    const aroundX = await routes(AS.supervisor, ['pt:X'], 3);
    expect(aroundX).toEqual({
      routes: expect.arrayContaining(['pt:A>pt:B>pt:C>pt:D', 'pt:A>pt:K1>pt:C>pt:D']),
      restrictedLinkExists: false,
    });
    expect(aroundX.routes.filter((r) => r.includes('pt:X'))).toEqual([]);
    const around = await routes(AS.supervisor, ['pt:X', 'pt:B', 'pt:K1'], 3);
    expect(around).toEqual({
      routes: ['pt:A>pt:PA>pt:PC>pt:C>pt:D'],
      restrictedLinkExists: false,
    });
    // The ends are never avoided: asked to, the search runs as if they were not named.
    expect((await routes(AS.supervisor, ['pt:A', 'pt:D'])).routes).toEqual(['pt:A>pt:X>pt:D']);
    // The analyst may not see X: avoiding it by its id changes nothing (whether the notice
    // stayed would tell that the hidden route runs through it).
    for (const avoid of [[], ['pt:X']]) {
      const seen = await routes(AS.analyst, avoid);
      expect(seen.restrictedLinkExists).toBe(true);
      expect(seen.routes).toHaveLength(1);
      // The two 3-hop routes tie: either is a right answer.
      expect(['pt:A>pt:B>pt:C>pt:D', 'pt:A>pt:K1>pt:C>pt:D']).toContain(seen.routes[0]);
    }
    expect(await routes(AS.analyst, ['pt:B', 'pt:K1'])).toEqual({
      routes: ['pt:A>pt:PA>pt:PC>pt:C>pt:D'],
      restrictedLinkExists: true,
    });
    // Nor does avoiding what the analyst may see: a hidden route through a visible entity W
    // (Q1 ~hidden~ W ~hidden~ Q2, shorter than the visible Q1-M1-M2-Q2) is told of all the
    // same, or avoiding entities set by set would find which one it runs through.
    await driver.executeQuery(`
      UNWIND ['Q1', 'Q2', 'M1', 'M2', 'W'] AS k
      CREATE (:Entity:Person {id: 'pt:' + k, caption: 'Persona ' + k, classification: 0, compartments: []})
      WITH count(*) AS _
      MATCH (q1:Entity {id: 'pt:Q1'}), (q2:Entity {id: 'pt:Q2'}), (m1:Entity {id: 'pt:M1'}),
            (m2:Entity {id: 'pt:M2'}), (w:Entity {id: 'pt:W'})
      CREATE (q1)-[:ASSOCIATE_OF]->(m1)-[:ASSOCIATE_OF]->(m2)-[:ASSOCIATE_OF]->(q2)
      CREATE (q1)-[:FAMILY_OF {classification: 2, compartments: ['GV']}]->(w)
             -[:FAMILY_OF {classification: 2, compartments: ['GV']}]->(q2)`);
    for (const avoid of [[], ['pt:W'], ['pt:W', 'pt:M1']]) {
      const res = await gql<Paths>(
        app,
        AVOIDING,
        { from: 'pt:Q1', to: 'pt:Q2', a: avoid },
        AS.analyst,
      );
      expect(res.data!.shortestPaths.restrictedLinkExists, avoid.join()).toBe(true);
    }
    // A network goes around them too; too many, or an empty id, is refused.
    const net = await gql<{ connectingNetwork: { paths: { nodes: { id: string }[] }[] } }>(
      app,
      'query { connectingNetwork(ids: ["pt:A", "pt:D"], avoid: ["pt:X", "pt:B"]) { paths { nodes { id } } } }',
      {},
      AS.supervisor,
    );
    expect(net.data!.connectingNetwork.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['pt:A', 'pt:K1', 'pt:C', 'pt:D'],
    ]);
    const fifty = Array.from({ length: 50 }, (_, i) => `pt:n${i}`);
    // The ends are not counted (they are never avoided).
    const withEnds = await gql<Paths>(app, AVOIDING, {
      from: 'pt:A',
      to: 'pt:D',
      a: [...fifty, 'pt:A', 'pt:D'],
    });
    expect(withEnds.errors).toBeUndefined();
    const many = await gql(app, AVOIDING, { from: 'pt:A', to: 'pt:D', a: [...fifty, 'pt:n50'] });
    expect(many.errors?.[0]).toMatchObject({
      message: 'avoid names at most 50 entities; got 51',
      extensions: { code: 'BAD_INPUT' },
    });
    const empty = await gql(app, AVOIDING, { from: 'pt:A', to: 'pt:D', a: [''] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('tells the k shortest apart by the entities they pass through, not by repeated links', async () => {
    // Four more calls from A's phone to C's: five links, one route.
    await driver.executeQuery(`
      MATCH (pa:Entity {id: 'pt:PA'}), (pc:Entity {id: 'pt:PC'})
      UNWIND range(1, 4) AS i
      CREATE (pa)-[:CALLED {occurredAt: datetime('2024-03-07T10:00:00Z') + duration({hours: i}), source: 'FGJ', sourceId: 'pt-extra-' + i}]->(pc)`);
    try {
      const res = await gql<Paths>(app, PATHS, { from: 'pt:PA', to: 'pt:PC', k: 3 }, AS.supervisor);
      const routes = res.data!.shortestPaths.paths.map((p) => p.nodes.map((n) => n.id));
      expect(routes[0]).toEqual(['pt:PA', 'pt:PC']);
      // Then the two 4-hop routes through A and C (by B, or by their case), in either order.
      expect(routes.slice(1).sort()).toEqual([
        ['pt:PA', 'pt:A', 'pt:B', 'pt:C', 'pt:PC'],
        ['pt:PA', 'pt:A', 'pt:K1', 'pt:C', 'pt:PC'],
      ]);
      // Each path's links join its entities in order.
      for (const p of res.data!.shortestPaths.paths)
        p.edges.forEach((e, i) =>
          expect([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort()).toEqual([e.source, e.target].sort()),
        );
      // Fewer routes than asked for: as many as there are, within the hops.
      const few = await gql<Paths>(
        app,
        PATHS,
        { from: 'pt:PA', to: 'pt:PC', k: 10, h: 4 },
        AS.supervisor,
      );
      expect(few.data!.shortestPaths.paths.map((p) => p.length)).toEqual([1, 4, 4]);
    } finally {
      await driver.executeQuery(
        "MATCH ()-[r:CALLED]->() WHERE r.sourceId STARTS WITH 'pt-extra-' DELETE r",
      );
    }
  });

  it('finds the k shortest routes there are: the same lengths as every simple route counted', async () => {
    // A ring of 12 people with chords: many routes of many lengths between g0 and g6. Every
    // route within 6 hops, told apart by its entities, is counted by brute force.
    await driver.executeQuery(`
      UNWIND range(0, 11) AS i
      CREATE (:Entity:Person {id: 'pt:g' + i, caption: 'Anillo ' + i})
      WITH count(*) AS _
      UNWIND range(0, 11) AS i
      WITH i, [(i + 1) % 12] + CASE WHEN i % 2 = 0 THEN [(i + 5) % 12] ELSE [] END
              + CASE WHEN i % 3 = 0 THEN [(i + 3) % 12] ELSE [] END AS ends
      UNWIND ends AS j
      MATCH (a:Entity {id: 'pt:g' + i}), (b:Entity {id: 'pt:g' + j})
      CREATE (a)-[:ASSOCIATE_OF {source: 'SSC'}]->(b)`);
    try {
      const { records } = await driver.executeQuery(`
        MATCH p = (:Entity {id: 'pt:g0'})-[*1..6]-(:Entity {id: 'pt:g6'})
        WITH [n IN nodes(p) | n.id] AS ids
        WHERE all(i IN range(0, size(ids) - 1) WHERE NOT ids[i] IN ids[i + 1..])
        RETURN DISTINCT ids`);
      const all = records.map((r) => (r.get('ids') as string[]).join('>'));
      const lengths = records.map((r) => (r.get('ids') as string[]).length - 1);
      lengths.sort((a, b) => a - b);
      expect(all.length).toBeGreaterThan(20);
      const res = await gql<Paths>(
        app,
        PATHS,
        { from: 'pt:g0', to: 'pt:g6', k: 10 },
        AS.supervisor,
      );
      const routes = res.data!.shortestPaths.paths.map((p) => p.nodes.map((n) => n.id).join('>'));
      expect(new Set(routes).size).toBe(10);
      for (const r of routes) expect(all).toContain(r);
      expect(res.data!.shortestPaths.paths.map((p) => p.length)).toEqual(lengths.slice(0, 10));
    } finally {
      await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'pt:g' DETACH DELETE n");
    }
  });

  it('stops looking for more routes at its time limit and says so', async () => {
    const supervisor: User = {
      username: AS.supervisor,
      displayName: 'Supervisora',
      roles: ['SUPERVISOR'],
      clearance: 3,
      compartments: ['GV', 'FIN'],
      active: true,
      mustChangePassword: false,
    };
    const out = await new PathService(app.db, supervisor, 0).shortestPaths(
      'pt:PA',
      'pt:D',
      3,
      6,
      [],
    );
    expect(out.paths).toHaveLength(1);
    expect(out.stoppedEarly).toBe(true);
    const res = await gql<{ shortestPaths: { stoppedEarly: boolean; paths: unknown[] } }>(
      app,
      `query { shortestPaths(from: "pt:PA", to: "pt:D", k: 3) { stoppedEarly paths { length } } }`,
      {},
      AS.supervisor,
    );
    expect(res.data!.shortestPaths).toMatchObject({ stoppedEarly: false });
    expect(res.data!.shortestPaths.paths).toHaveLength(3);
  });

  it('answers no path beyond maxHops and refuses too many hops', async () => {
    const none = await gql<Paths>(app, PATHS, { from: 'pt:A', to: 'pt:D', h: 2 }, AS.analyst);
    expect(none.data!.shortestPaths.paths).toEqual([]);
    const tooMany = await gql(app, PATHS, { from: 'pt:A', to: 'pt:D', h: 20 });
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'maxHops must be a whole number from 1 to 8; got 20',
      extensions: { code: 'TOO_MANY_HOPS' },
    });
    const unreachable = await gql<Paths>(app, PATHS, { from: 'pt:A', to: 'pt:E' });
    expect(unreachable.data!.shortestPaths).toEqual({ paths: [], restrictedLinkExists: false });
  });
});

describe('connecting network and common associates', () => {
  it('links a set of entities and names the pairs it cannot link', async () => {
    const res = await gql<{
      connectingNetwork: { paths: { nodes: { id: string }[] }[]; unreachable: string[][] };
    }>(
      app,
      'query { connectingNetwork(ids: ["pt:A", "pt:C", "pt:D", "pt:E"], maxHops: 4) { paths { nodes { id } } unreachable restrictedLinkExists } }',
    );
    const ids = new Set(res.data!.connectingNetwork.paths.flatMap((p) => p.nodes.map((n) => n.id)));
    expect([...ids].sort()).toEqual(expect.arrayContaining(['pt:A', 'pt:C', 'pt:D']));
    expect(ids.has('pt:X')).toBe(false);
    expect(res.data!.connectingNetwork.unreachable).toEqual([
      ['pt:A', 'pt:E'],
      ['pt:C', 'pt:E'],
      ['pt:D', 'pt:E'],
    ]);
  });

  it('refuses an empty id instead of calling it a pair with no route', async () => {
    // The Connect panel once sent its unchosen end as "" and showed "1 pair with no visible route".
    const res = await gql(app, 'query { connectingNetwork(ids: ["pt:A", ""]) { unreachable } }');
    expect(res.errors?.[0]).toMatchObject({
      message: 'an entity id is empty: give the ids of the entities to join',
      extensions: { code: 'BAD_INPUT' },
    });
    const path = await gql(
      app,
      'query { shortestPaths(from: "pt:A", to: " ") { restrictedLinkExists } }',
    );
    expect(path.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('finds people linked to both persons, directly or through a shared case', async () => {
    const res = await gql<{
      commonAssociates: {
        associate: { id: string };
        linkedTo: string[];
        links: { person: string; via: string; through: string | null }[];
      }[];
    }>(
      app,
      'query { commonAssociates(ids: ["pt:A", "pt:C"]) { associate { id } linkedTo links { person via through } } }',
    );
    const byId = Object.fromEntries(res.data!.commonAssociates.map((a) => [a.associate.id, a]));
    expect(Object.keys(byId).sort()).toEqual(['pt:B', 'pt:F']);
    expect(byId['pt:B']!.links).toEqual(
      expect.arrayContaining([{ person: 'pt:A', via: 'ASSOCIATE_OF', through: null }]),
    );
    expect(byId['pt:F']!.links).toEqual(
      expect.arrayContaining([{ person: 'pt:C', via: 'INVOLVED_IN', through: 'pt:K1' }]),
    );
  });
});

describe('timeline', () => {
  const TIMELINE =
    'query($ids: [ID!]!) { timeline(ids: $ids) { events { subject at kind via role through entity { id } call { source target } } pageInfo { hasNextPage } } }';

  it("orders a person's cases, calls and transfers in time, within need-to-know", async () => {
    const sup = await gql<{ timeline: { events: { kind: string; at: string; role: string }[] } }>(
      app,
      TIMELINE,
      { ids: ['pt:A'] },
      AS.supervisor,
    );
    // A case with the person's role in it; the rest have none.
    expect(sup.data!.timeline.events.map((e) => [e.kind, e.at, e.role])).toEqual([
      ['Transfer', '2024-02-01T12:00:00Z', null],
      ['Call', '2024-03-05T21:00:00Z', null],
      ['Case', '2024-03-05T22:10:00Z', 'SUSPECT'],
      ['Call', '2024-03-06T08:00:00Z', null],
    ]);
    const analyst = await gql<{ timeline: { events: { kind: string }[] } }>(
      app,
      TIMELINE,
      { ids: ['pt:A'] },
      AS.analyst,
    );
    expect(analyst.data!.timeline.events.map((e) => e.kind)).toEqual(['Call', 'Case']);
  });

  it("lists a membership's first and last day on both ends' timelines, within need-to-know", async () => {
    await driver.executeQuery(`
      CREATE (p:Entity:Person {id: 'pt:MP', caption: 'Integrante MP'}),
             (o:Entity:Organization {id: 'pt:MO', caption: 'Banda MO'}),
             (s:Entity:Organization {id: 'pt:MS', caption: 'Banda secreta', classification: 3, compartments: ['INF']}),
             (p)-[:MEMBER_OF {source: 'SSC', sourceId: 'integrante:MP-1', reliability: 'F', credibility: 3,
                              since: date('2018-01-17'), until: date('2020-06-30')}]->(o),
             (p)-[:MEMBER_OF {source: 'SSC', since: date('2021-03-01')}]->(s)`);
    const KINDS =
      'query($ids: [ID!]!, $kinds: [TimelineKind!]) { timeline(ids: $ids, kinds: $kinds) { events { at kind via entity { id } } } }';
    type Events = {
      timeline: { events: { kind: string; at: string; via: string; entity: { id: string } }[] };
    };
    const events = async (ids: string[], as: string, kinds?: string[]) =>
      (
        await gql<Events>(app, KINDS, { ids, ...(kinds ? { kinds } : {}) }, as)
      ).data!.timeline.events.map((e) => [e.kind, e.at.slice(0, 10), e.via, e.entity.id]);
    expect(await events(['pt:MP'], AS.supervisor)).toEqual([
      ['Membership', '2018-01-17', 'JOINED', 'pt:MO'],
      ['Membership', '2020-06-30', 'LEFT', 'pt:MO'],
      ['Membership', '2021-03-01', 'JOINED', 'pt:MS'],
    ]);
    // The analyst is not told of the secret one; the organisation lists who joined and left.
    expect(await events(['pt:MP'], AS.analyst)).toHaveLength(2);
    expect(await events(['pt:MO'], AS.analyst, ['Membership'])).toEqual([
      ['Membership', '2018-01-17', 'JOINED', 'pt:MP'],
      ['Membership', '2020-06-30', 'LEFT', 'pt:MP'],
    ]);
    // Narrowed to other kinds, memberships are left out.
    expect(await events(['pt:MP'], AS.supervisor, ['Case'])).toEqual([]);
    // Each day comes with its membership, whose record and grade it is (QA: the panel showed
    // the organisation's grade).
    const links = await gql<{
      timeline: {
        events: { link: { source: string; target: string; provenance: Record<string, unknown> } }[];
      };
    }>(
      app,
      'query($ids: [ID!]!) { timeline(ids: $ids) { events { link { source target provenance { sourceId reliability credibility } } } } }',
      { ids: ['pt:MP'] },
      AS.analyst,
    );
    expect(links.data!.timeline.events.map((e) => e.link)).toEqual([
      {
        source: 'pt:MP',
        target: 'pt:MO',
        provenance: { sourceId: 'integrante:MP-1', reliability: 'F', credibility: 3 },
      },
      {
        source: 'pt:MP',
        target: 'pt:MO',
        provenance: { sourceId: 'integrante:MP-1', reliability: 'F', credibility: 3 },
      },
    ]);
  });

  it('gives a phone its own calls, never one to a phone the viewer may not see', async () => {
    const pa = await gql<{ timeline: { events: { kind: string; call: { target: string } }[] } }>(
      app,
      TIMELINE,
      { ids: ['pt:PA'] },
      AS.supervisor,
    );
    expect(pa.data!.timeline.events.map((e) => [e.kind, e.call.target])).toEqual([
      ['Call', 'pt:PC'],
      ['Call', 'pt:PV'],
    ]);
    // Which end each subject stands for: the phone itself, and a person's phone.
    const through = await gql<{ timeline: { events: { subject: string; through: string[] }[] } }>(
      app,
      TIMELINE,
      { ids: ['pt:PA', 'pt:A', 'pt:C'] },
      AS.supervisor,
    );
    const calls = through.data!.timeline.events.filter((e) => e.through !== null);
    expect(new Set(calls.map((e) => `${e.subject} ${e.through.join(',')}`))).toEqual(
      new Set(['pt:PA pt:PA', 'pt:A pt:PA', 'pt:C pt:PC']),
    );
    // The analyst may see the call's record but not the victim's phone: neither call nor number.
    for (const ids of [['pt:PA'], ['pt:A']]) {
      const res = await gql<{ timeline: { events: { call: { target: string } | null }[] } }>(
        app,
        TIMELINE,
        { ids },
        AS.analyst,
      );
      expect(res.data!.timeline.events.map((e) => e.call?.target ?? null)).not.toContain('pt:PV');
    }
  });

  it("counts whom a person calls through her phones, and a phone's contacts, within need-to-know", async () => {
    const CONTACTS =
      'query($id: ID!) { callContacts(id: $id) { read capped contacts { phone { id degree } calls outgoing firstAt lastAt users { id } via { id degree } } } }';
    type Res = {
      callContacts: {
        read: number;
        capped: boolean;
        contacts: {
          phone: { id: string; degree: number };
          calls: number;
          outgoing: number;
          firstAt: string;
          lastAt: string;
          users: { id: string }[];
          via: { id: string; degree: number }[];
        }[];
      };
    };
    const ask = async (id: string, as: string) =>
      (await gql<Res>(app, CONTACTS, { id }, as)).data!.callContacts;
    // Her phone called C's phone and a protected victim's: each a contact, with who uses it.
    const sup = await ask('pt:A', AS.supervisor);
    expect(sup.read).toBe(2);
    expect(sup.capped).toBe(false);
    expect(
      sup.contacts.map((c) => [c.phone.id, c.calls, c.outgoing, c.users.map((u) => u.id)]),
    ).toEqual([
      ['pt:PC', 1, 1, ['pt:C']],
      ['pt:PV', 1, 1, []],
    ]);
    expect(sup.contacts[0]!.firstAt).toBe('2024-03-05T21:00:00Z');
    expect(sup.contacts.map((c) => c.via.map((p) => p.id))).toEqual([['pt:PA'], ['pt:PA']]);
    // Their degrees are counted as the entity's own are (a list's index was taken for one: 0).
    const own = await gql<{ node: { degree: number } }>(
      app,
      '{ node(id: "pt:PA") { degree } }',
      {},
      AS.supervisor,
    );
    expect(sup.contacts[0]!.via[0]!.degree).toBe(own.data!.node.degree);
    expect(own.data!.node.degree).toBeGreaterThan(1);
    // The phone itself answers the same; C's phone was called once, by A's (who uses it).
    expect((await ask('pt:PA', AS.supervisor)).contacts.map((c) => c.phone.id)).toEqual([
      'pt:PC',
      'pt:PV',
    ]);
    expect(
      (await ask('pt:C', AS.supervisor)).contacts.map((c) => [
        c.phone.id,
        c.outgoing,
        c.users.map((u) => u.id),
      ]),
    ).toEqual([['pt:PA', 0, ['pt:A']]]);
    // The analyst may not see the victim's phone: neither the contact nor its call is counted.
    const analyst = await ask('pt:A', AS.analyst);
    expect(analyst.read).toBe(1);
    expect(analyst.contacts.map((c) => c.phone.id)).toEqual(['pt:PC']);
    // Nothing for an entity unknown or with no calls.
    expect(await ask('pt:K1', AS.supervisor)).toEqual({ read: 0, capped: false, contacts: [] });
    // Text messages are counted apart from calls (QA: 22 texts read as calls), both ways; a
    // contact of more calls and texts comes first.
    await driver.executeQuery(`
      MATCH (pa:Entity {id: 'pt:PA'}), (pv:Entity {id: 'pt:PV'})
      UNWIND range(1, 3) AS i
      CREATE (pa)-[:CALLED {occurredAt: datetime('2024-03-07T08:00:00Z'), kind: 'SMS', durationSec: 0,
              source: 'FGJ', sourceId: 'pt-sms-' + i}]->(pv)
      WITH DISTINCT pv, pa
      CREATE (pv)-[:CALLED {occurredAt: datetime('2024-03-08T08:00:00Z'), kind: 'SMS', source: 'FGJ',
              sourceId: 'pt-sms-back'}]->(pa)`);
    try {
      const texts = await gql<{
        callContacts: {
          read: number;
          contacts: {
            phone: { id: string };
            calls: number;
            outgoing: number;
            texts: number;
            textsSent: number;
          }[];
        };
      }>(
        app,
        'query($id: ID!) { callContacts(id: $id) { read contacts { phone { id } calls outgoing texts textsSent } } }',
        { id: 'pt:A' },
        AS.supervisor,
      );
      expect(texts.data!.callContacts).toEqual({
        read: 6,
        contacts: [
          { phone: { id: 'pt:PV' }, calls: 1, outgoing: 1, texts: 4, textsSent: 3 },
          { phone: { id: 'pt:PC' }, calls: 1, outgoing: 1, texts: 0, textsSent: 0 },
        ],
      });
    } finally {
      await driver.executeQuery(
        "MATCH ()-[r:CALLED]->() WHERE r.sourceId STARTS WITH 'pt-sms-' DELETE r",
      );
    }
  });

  it('pages a busy timeline of several entities without losing or repeating an event', async () => {
    // A person with a phone that made 9 calls, linked to 4 cases; and the phone itself.
    await driver.executeQuery(`
      CREATE (p:Entity:Person {id: 'pt:TP', caption: 'Persona TP'})-[:USES_PHONE]->
             (ph:Entity:Phone {id: 'pt:TPH', caption: '5544444444'}),
             (other:Entity:Phone {id: 'pt:TPO', caption: '5555555555'})
      WITH p, ph, other
      UNWIND range(1, 9) AS i
      CREATE (ph)-[:CALLED {occurredAt: datetime('2024-05-01T00:00:00Z') + duration({hours: 5 * i}),
                            source: 'FGJ'}]->(other)
      WITH DISTINCT p
      UNWIND range(1, 4) AS i
      CREATE (p)-[:INVOLVED_IN {source: 'FGJ'}]->
             (:Entity:Case {id: 'pt:TK' + i, caption: 'Carpeta TK' + i, source: 'FGJ',
                            occurredAt: datetime('2024-05-01T00:00:00Z') + duration({hours: 11 * i})})`);
    type Page = {
      timeline: {
        events: { subject: string; at: string; kind: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const PAGE = `query($ids: [ID!]!, $order: TimelineOrder, $first: Int, $after: String) {
      timeline(ids: $ids, order: $order, first: $first, after: $after) {
        events { subject at kind } pageInfo { hasNextPage endCursor } } }`;
    const ids = ['pt:TP', 'pt:TPH'];
    const line = (e: { subject: string; at: string; kind: string }) =>
      `${e.at} ${e.subject} ${e.kind}`;
    for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST']) {
      const all = await gql<Page>(app, PAGE, { ids, order, first: 100 }, AS.supervisor);
      const whole = all.data!.timeline.events.map(line);
      // The person's 9 calls and 4 cases, and the phone's own 9 calls.
      expect(whole).toHaveLength(22);
      const paged: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const res: { data?: Page | null } = await gql<Page>(
          app,
          PAGE,
          { ids, order, first: 4, after },
          AS.supervisor,
        );
        paged.push(...res.data!.timeline.events.map(line));
        after = res.data!.timeline.pageInfo.endCursor;
        if (!res.data!.timeline.pageInfo.hasNextPage) break;
      }
      expect(paged).toEqual(whole);
      if (order === 'NEWEST_FIRST') expect(whole[0]! > whole[21]!).toBe(true);
    }
  });

  it('narrows a timeline to kinds of event and gives it newest first, pages included', async () => {
    type Ev = { kind: string; at: string };
    type Res = {
      timeline: { events: Ev[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const Q = `query($ids: [ID!]!, $kinds: [TimelineKind!], $order: TimelineOrder, $first: Int, $after: String) {
      timeline(ids: $ids, kinds: $kinds, order: $order, first: $first, after: $after) {
        events { kind at } pageInfo { hasNextPage endCursor } } }`;
    const ask = (vars: Record<string, unknown>) =>
      gql<Res>(app, Q, { ids: ['pt:A'], ...vars }, AS.supervisor);
    const pairs = (r: { data?: Res | null }) => r.data!.timeline.events.map((e) => [e.kind, e.at]);
    expect(pairs(await ask({ order: 'NEWEST_FIRST' }))).toEqual([
      ['Call', '2024-03-06T08:00:00Z'],
      ['Case', '2024-03-05T22:10:00Z'],
      ['Call', '2024-03-05T21:00:00Z'],
      ['Transfer', '2024-02-01T12:00:00Z'],
    ]);
    expect(pairs(await ask({ kinds: ['Case'] }))).toEqual([['Case', '2024-03-05T22:10:00Z']]);
    expect(pairs(await ask({ kinds: ['Transfer', 'Call'], order: 'NEWEST_FIRST' }))).toEqual([
      ['Call', '2024-03-06T08:00:00Z'],
      ['Call', '2024-03-05T21:00:00Z'],
      ['Transfer', '2024-02-01T12:00:00Z'],
    ]);
    // Newest first, one at a time: the same events as one page.
    const paged: unknown[] = [];
    let after: string | null = null;
    for (let i = 0; i < 6; i++) {
      const res: { data?: Res | null } = await ask({ order: 'NEWEST_FIRST', first: 1, after });
      paged.push(...pairs(res));
      after = res.data!.timeline.pageInfo.endCursor;
      if (!res.data!.timeline.pageInfo.hasNextPage) break;
    }
    expect(paged).toEqual(pairs(await ask({ order: 'NEWEST_FIRST' })));
    // A cursor of one order is refused by the other, and an unknown kind says which.
    const first = await ask({ first: 1 });
    const other = await ask({
      order: 'NEWEST_FIRST',
      after: first.data!.timeline.pageInfo.endCursor,
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
    const bad = await ask({ kinds: ['Case', 'Llamada'] });
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Value "Llamada" does not exist in "TimelineKind" enum'),
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('dates a visit to a prisoner on the day of the visit, one event per visit', async () => {
    await driver.executeQuery(`
      CREATE (c:Entity:Custody {id: 'pt:S1', caption: 'Ingreso S1', classification: 0, compartments: [],
              occurredAt: datetime('2021-08-16T00:00:00-05:00'), admittedOn: date('2021-08-16'),
              releasedOn: date('2023-01-24')})
      CREATE (c)-[:CUSTODY_OF]->(:Entity:Person {id: 'pt:IN', caption: 'Interno', classification: 0, compartments: []})
      CREATE (v:Entity:Person {id: 'pt:VI', caption: 'Visitante', classification: 0, compartments: []})
      CREATE (v)-[:VISITED {occurredAt: datetime('2021-10-08T10:30:00-05:00')}]->(c)
      CREATE (v)-[:VISITED {occurredAt: datetime('2022-01-14T11:00:00-06:00')}]->(c)
      CREATE (v)-[:VISITED {occurredAt: datetime('2022-03-02T09:00:00-06:00'),
                            classification: 2, compartments: ['GV']}]->(c)`);
    const events = async (ids: string[], from?: string) =>
      (
        await gql<{ timeline: { events: { subject: string; via: string; at: string }[] } }>(
          app,
          'query($ids: [ID!]!, $from: String) { timeline(ids: $ids, from: $from) { events { subject via at } } }',
          { ids, from },
        )
      ).data!.timeline.events.map((e) => [e.subject, e.via, e.at]);
    // A visit the analyst may not see (a protected record) is not one of her events.
    expect(await events(['pt:VI'])).toEqual([
      ['pt:VI', 'VISITED', '2021-10-08T10:30:00-05:00'],
      ['pt:VI', 'VISITED', '2022-01-14T11:00:00-06:00'],
    ]);
    const cleared = await gql<{ timeline: { events: { at: string }[] } }>(
      app,
      'query($ids: [ID!]!) { timeline(ids: $ids) { events { at } } }',
      { ids: ['pt:VI'] },
      AS.supervisor,
    );
    expect(cleared.data!.timeline.events.map((e) => e.at)).toContain('2022-03-02T09:00:00-06:00');
    // A window on the visits' own days; the inmate's stay stays dated by his admission.
    expect(await events(['pt:VI'], '2022-01-01T00:00:00Z')).toEqual([
      ['pt:VI', 'VISITED', '2022-01-14T11:00:00-06:00'],
    ]);
    // The inmate's stay: its admission and its release, each an event; the stay's own too.
    expect(await events(['pt:IN'])).toEqual([
      ['pt:IN', 'CUSTODY_OF', '2021-08-16T00:00:00-05:00'],
      ['pt:IN', 'RELEASED', '2023-01-24T00:00:00-06:00[America/Mexico_City]'],
    ]);
    expect((await events(['pt:S1'])).map(([, via]) => via)).toEqual(['OCCURRED', 'RELEASED']);
  });

  it("gives an event entity's own dates: a case's occurrence and report", async () => {
    const res = await gql<{ timeline: { events: { kind: string; at: string; via: string }[] } }>(
      app,
      TIMELINE,
      { ids: ['pt:K1'] },
    );
    expect(res.data!.timeline.events.map((e) => [e.kind, e.via, e.at])).toEqual([
      ['Case', 'OCCURRED', '2024-03-05T22:10:00Z'],
      ['Case', 'REPORTED', '2024-03-06T10:00:00Z'],
    ]);
  });
});
