// The audit trail: what is recorded, who may read it, and that `npm run audit -- verify`
// detects an edited, deleted or reordered record made directly in the database.
import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS, buildTestApp, gql, login, testConnection, testDriver } from '../../test/helpers.js';

let app: FastifyInstance;
let driver: Driver;

beforeAll(async () => {
  app = await buildTestApp();
  driver = testDriver();
  // An entity every reader may see (an unknown id would be withheld in the trail).
  await driver.executeQuery(
    "MERGE (e:Entity:Person {id: 'audit:target'}) SET e.caption = 'Auditado', e.classification = 0, e.compartments = []",
  );
  await driver.executeQuery(
    "MERGE (e:Entity:Person {id: 'audit:secret'}) SET e.caption = 'Protegida', e.classification = 3, e.compartments = ['GV', 'FIN']",
  );
  // A public pair joined by an informant's link, and a hypothesis about minors.
  await driver.executeQuery(
    `MATCH (t:Entity {id: 'audit:target'})
     MERGE (o:Entity:Person {id: 'audit:other'}) SET o.caption = 'Otra', o.classification = 0, o.compartments = []
     MERGE (t)-[r:ASSOCIATE_OF {sourceId: 'audit:link'}]->(o) SET r.classification = 2, r.compartments = ['INF']
     MERGE (h:Hypothesis {id: 'audit:hypothesis'}) SET h.classification = 1, h.compartments = ['MIN']
     MERGE (h)-[:FROM_ENTITY]->(t) MERGE (h)-[:TO_ENTITY]->(o)`,
  );
});
afterAll(async () => {
  await app?.close();
  await driver?.executeQuery(
    "MATCH (e) WHERE e.id IN ['audit:target', 'audit:secret', 'audit:other', 'audit:hypothesis'] DETACH DELETE e",
  );
  await driver?.close();
});

function verifyCli(): { code: number; out: string } {
  const c = testConnection();
  try {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'api/src/cli/audit.ts', 'verify'],
      {
        env: { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password },
        encoding: 'utf8',
      },
    );
    return { code: 0, out: out.trim() };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout.trim() };
  }
}

const RECORDS =
  'query($u: String, $e: ID) { auditRecords(user: $u, entity: $e, first: 5) { records { seq user action entities details purpose outcome ip } } }';

describe('audit trail', () => {
  it('records a search with who, what, the purpose given and the outcome', async () => {
    const s = (await login(app, AS.analyst))!;
    await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        cookie: s.cookie,
        'x-csrf-token': s.csrf,
        // As the web sends it: percent-encoded, since header values cannot carry accents.
        'x-trama-purpose': encodeURIComponent('Peñón CI-FCH/123/2026'),
      },
      payload: {
        query: 'query($ids: [ID!]!) { expandPreview(ids: $ids) { count } }',
        variables: { ids: ['audit:target'] },
      },
    });
    const res = await gql<{ auditRecords: { records: Record<string, unknown>[] } }>(
      app,
      RECORDS,
      { u: 'analista', e: 'audit:target' },
      AS.supervisor,
    );
    expect(res.data!.auditRecords.records[0]).toMatchObject({
      user: 'analista',
      action: 'query:expandPreview',
      entities: ['audit:target'],
      details: JSON.stringify([{ name: 'expandPreview', args: { ids: ['audit:target'] } }]),
      purpose: 'Peñón CI-FCH/123/2026',
      outcome: 'OK',
      ip: '127.0.0.1',
    });
  });

  it('records what runs inside fragments, and ids given as variables’ defaults (security review)', async () => {
    const asked = [
      'query { ... on Query { node(id: "audit:target") { id } } }',
      'query { ...F } fragment F on Query { expandPreview(ids: ["audit:target"]) { count } }',
      'query($id: ID! = "audit:target") { neighbors(id: $id) { total } }',
    ];
    for (const query of asked) expect((await gql(app, query)).errors, query).toBeUndefined();
    const res = await gql<{ auditRecords: { records: Record<string, unknown>[] } }>(
      app,
      RECORDS,
      { u: 'analista', e: 'audit:target' },
      AS.supervisor,
    );
    expect(res.data!.auditRecords.records.slice(0, 3).map((r) => [r.action, r.details])).toEqual([
      ['query:neighbors', JSON.stringify([{ name: 'neighbors', args: { id: 'audit:target' } }])],
      [
        'query:expandPreview',
        JSON.stringify([{ name: 'expandPreview', args: { ids: ['audit:target'] } }]),
      ],
      ['query:node', JSON.stringify([{ name: 'node', args: { id: 'audit:target' } }])],
    ]);
  });

  it('tells what a page asked on its own from what the user asked, and can leave it out', async () => {
    // QA: a supervisor's queue, refreshed live by someone else's proposal, read in the audit
    // trail as her own query.
    const s = (await login(app, AS.investigator))!;
    const ask = (automatic: boolean) =>
      app.inject({
        method: 'POST',
        url: '/graphql',
        headers: {
          cookie: s.cookie,
          'x-csrf-token': s.csrf,
          ...(automatic ? { 'x-trama-trigger': 'automatic' } : {}),
        },
        payload: {
          query: 'query($ids: [ID!]!) { expandPreview(ids: $ids) { count } }',
          variables: { ids: ['audit:target'] },
        },
      });
    await ask(false);
    await ask(true);
    const LIST = `query($a: Boolean) { auditRecords(user: "Investigador ", automatic: $a, first: 2) {
      records { action automatic } } }`;
    const list = async (a: boolean | null) =>
      (await gql<{ auditRecords: { records: unknown[] } }>(app, LIST, { a }, AS.supervisor)).data!
        .auditRecords.records;
    // The username in any case, with spaces around it (QA: "Analista" found nothing).
    expect(await list(null)).toEqual([
      { action: 'query:expandPreview', automatic: true },
      { action: 'query:expandPreview', automatic: false },
    ]);
    expect((await list(false))[0]).toEqual({ action: 'query:expandPreview', automatic: false });
    // Or by the name shown for them, words begun and accents left off (QA: "Ana Analista" found
    // nothing): the same records.
    const byName = await gql<{ auditRecords: { records: unknown[] } }>(
      app,
      LIST.replace('"Investigador "', '"ivan INVEST"'),
      { a: null },
      AS.supervisor,
    );
    expect(byName.data!.auditRecords.records).toEqual(await list(null));
    // And says which accounts that stood for (the text itself is one: a refused login keeps it).
    const users = await gql<{ auditRecords: { users: string[] | null } }>(
      app,
      'query($u: String) { auditRecords(user: $u, first: 1) { users } }',
      { u: 'ivan INVEST' },
      AS.supervisor,
    );
    expect(users.data!.auditRecords.users).toEqual(['investigador', 'ivan invest']);
    const none = await gql<{ auditRecords: { users: string[] | null } }>(
      app,
      '{ auditRecords(first: 1) { users } }',
      {},
      AS.supervisor,
    );
    expect(none.data!.auditRecords.users).toBeNull();
    const only = (await list(true)) as { automatic: boolean }[];
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((r) => r.automatic)).toBe(true);
    // The mark is part of what the chain's hash covers: taking it off breaks the chain.
    await app.audit.flush();
    const marked = await driver.executeQuery(
      'MATCH (a:AuditRecord {automatic: true}) RETURN a.seq AS seq ORDER BY seq DESC LIMIT 1',
    );
    const seq = marked.records[0]!.get('seq') as number;
    await driver.executeQuery('MATCH (a:AuditRecord {seq: $seq}) REMOVE a.automatic', { seq });
    expect(verifyCli().out).toMatch(/was altered/);
    await driver.executeQuery('MATCH (a:AuditRecord {seq: $seq}) SET a.automatic = true', { seq });
    expect(verifyCli().code).toBe(0);
  }, 120_000);

  it("keeps an export's marking: the highest level and every compartment of what it held", async () => {
    const EXPORT = `mutation($ids: [ID!]!, $links: [ID!], $hypotheses: [ID!]) {
      recordExport(format: "png", entityIds: $ids, linkIds: $links, hypothesisIds: $hypotheses) }`;
    const markingOf = async (user: string, vars: Record<string, unknown>) => {
      expect((await gql(app, EXPORT, vars, user)).data).toEqual({ recordExport: true });
      const res = await gql<{ auditRecords: { records: { action: string; details: string }[] } }>(
        app,
        RECORDS,
        { u: user, e: 'audit:target' },
        AS.supervisor,
      );
      const record = res.data!.auditRecords.records[0]!;
      expect(record.action).toBe('mutation:recordExport');
      return (JSON.parse(record.details) as { marking?: unknown }[])[0]!.marking;
    };
    const both = { ids: ['audit:target', 'audit:secret'] };
    expect(await markingOf(AS.supervisor, both)).toEqual({
      classification: 3,
      compartments: ['FIN', 'GV'],
    });
    // Only what the exporter may see could be in the file.
    expect(await markingOf(AS.investigator, both)).toEqual({ classification: 0, compartments: [] });
    // The links and hypotheses drawn count too; an unknown link id counts for nothing.
    const link = (
      await driver.executeQuery(
        "MATCH (:Entity {id: 'audit:target'})-[r {sourceId: 'audit:link'}]->() RETURN elementId(r) AS id",
      )
    ).records[0]!.get('id') as string;
    expect(
      await markingOf(AS.supervisor, {
        ids: ['audit:target', 'audit:other'],
        links: [link, 'no-such-link'],
        hypotheses: ['audit:hypothesis'],
      }),
    ).toEqual({ classification: 2, compartments: ['INF', 'MIN'] });
  });

  it('records failed logins and admin changes, never passwords', async () => {
    await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username: 'intruso', password: 'adivinanza-1' },
    });
    await gql(
      app,
      'mutation { createUser(input: {username: "auditada", password: "secreto-largo-1", roles: [ANALYST], temporary: false}) { username } }',
      {},
      AS.admin,
    );
    const failed = await gql<{ auditRecords: { records: { action: string; outcome: string }[] } }>(
      app,
      RECORDS,
      { u: 'intruso' },
      AS.admin,
    );
    expect(failed.data!.auditRecords.records[0]).toMatchObject({
      action: 'login-failed',
      outcome: 'BAD_CREDENTIALS',
    });
    const admin = await gql<{ auditRecords: { records: { action: string; details: string }[] } }>(
      app,
      RECORDS,
      { u: 'admin' },
      AS.admin,
    );
    const create = admin.data!.auditRecords.records.find(
      (r) => r.action === 'mutation:createUser',
    )!;
    expect(create.details).toContain('"password":"[redacted]"');
    expect(create.details).not.toContain('secreto-largo-1');
  });

  it('is closed to analysts and investigators', async () => {
    for (const as of [AS.analyst, AS.investigator]) {
      const res = await gql(app, '{ auditRecords { records { seq } } }', {}, as);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const taken = await gql(app, 'mutation { recordAuditExport(records: 3) }', {}, as);
      expect(taken.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('records who took audit records away, how many and chosen how', async () => {
    const EXPORT = 'mutation($n: Int!, $u: String) { recordAuditExport(records: $n, user: $u) }';
    const bad = await gql(app, EXPORT, { n: -1 }, AS.admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    // Chosen by a name: the record keeps the accounts it stood for, as the page listed them.
    expect((await gql(app, EXPORT, { n: 12, u: 'ivan INVEST' }, AS.admin)).data).toEqual({
      recordAuditExport: true,
    });
    const res = await gql<{ auditRecords: { records: { action: string; details: string }[] } }>(
      app,
      '{ auditRecords(user: "admin", first: 5) { records { action details } } }',
      {},
      AS.supervisor,
    );
    expect(res.data!.auditRecords.records).toContainEqual({
      action: 'mutation:recordAuditExport',
      details: JSON.stringify([
        {
          name: 'recordAuditExport',
          args: { records: 12, user: 'ivan INVEST' },
          users: ['investigador', 'ivan invest'],
        },
      ]),
    });
  });

  it('verifies, then detects an altered, a deleted and a reordered record', async () => {
    await app.audit.flush();
    const ok = verifyCli();
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^audit trail intact: \d+ records verified$/);

    // Alter a record's details directly in the database.
    const seq = 2;
    const before = await driver.executeQuery(
      'MATCH (a:AuditRecord {seq: $seq}) RETURN a.details AS d',
      { seq },
    );
    const original = before.records[0]!.get('d') as string;
    await driver.executeQuery('MATCH (a:AuditRecord {seq: $seq}) SET a.details = "[]"', { seq });
    expect(verifyCli()).toEqual({
      code: 1,
      out: 'audit trail BROKEN at record 2: record 2 was altered (its content does not match its hash)',
    });
    await driver.executeQuery('MATCH (a:AuditRecord {seq: $seq}) SET a.details = $original', {
      seq,
      original,
    });

    // Swap two records' positions.
    await driver.executeQuery(
      'MATCH (a:AuditRecord {seq: 3}), (b:AuditRecord {seq: 4}) SET a.seq = -4, b.seq = 3 WITH a SET a.seq = 4',
    );
    expect(verifyCli()).toMatchObject({
      code: 1,
      out: expect.stringMatching(
        /^audit trail BROKEN at record 3: record 3 does not follow record 2/,
      ),
    });
    await driver.executeQuery(
      'MATCH (a:AuditRecord {seq: 3}), (b:AuditRecord {seq: 4}) SET a.seq = -4, b.seq = 3 WITH a SET a.seq = 4',
    );

    // Delete the newest record.
    const last = await driver.executeQuery(
      'MATCH (a:AuditRecord) WITH a ORDER BY a.seq DESC LIMIT 1 RETURN properties(a) AS p',
    );
    const props = last.records[0]!.get('p') as Record<string, unknown>;
    await driver.executeQuery('MATCH (a:AuditRecord {seq: $seq}) DELETE a', { seq: props.seq });
    expect(verifyCli()).toMatchObject({
      code: 1,
      out: expect.stringMatching(/records were deleted from the end/),
    });
    await driver.executeQuery('CREATE (a:AuditRecord) SET a = $props', { props });
    expect(verifyCli().code).toBe(0);
  }, 120_000);
});
