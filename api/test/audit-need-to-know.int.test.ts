// The audit trail under need-to-know (ADR 0006, audit addendum): a record of someone
// looking at a protected entity tells a reader who may not see that entity who looked, when and
// how it ended, but neither the entity's id nor what was asked; the stored chain stays whole.
import type { ReadRecord } from '../src/graphql/audit/redact.js';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS, buildTestApp, gql, testDriver } from '../../test/helpers.js';

let app: FastifyInstance;
let driver: Driver;

const VICTIM = 'audit-ntk:victim';
const SEARCHED = 'Zoraida Auditada Reservada';
/** A supervisor cleared to secret in every compartment but gender violence. */
const NO_GV = 'sup-sin-gv';
const NO_GV_PASSWORD = 'contrasena-sin-gv-1';

let noGv: { cookie: string; csrf: string };

beforeAll(async () => {
  app = await buildTestApp();
  driver = testDriver();
  await driver.executeQuery(
    `MERGE (v:Entity:Person {id: $id})
     SET v.caption = $name, v.classification = 2, v.compartments = ['GV']`,
    { id: VICTIM, name: SEARCHED },
  );
  const created = await gql(
    app,
    `mutation($u: String!, $p: String!) { createUser(input: {username: $u, password: $p,
       roles: [SUPERVISOR], clearance: 3, compartments: [FIN, MIN, INF], temporary: false}) { username } }`,
    { u: NO_GV, p: NO_GV_PASSWORD },
    AS.admin,
  );
  expect(created.errors).toBeUndefined();
  // From another address: the login rate limit counts 127.0.0.1's logins per app.
  const res = await app.inject({
    method: 'POST',
    url: '/auth/login',
    remoteAddress: '10.9.0.1',
    payload: { username: NO_GV, password: NO_GV_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'trama_session')!;
  noGv = {
    cookie: `trama_session=${cookie.value}`,
    csrf: (res.json() as { csrfToken: string }).csrfToken,
  };
});
afterAll(async () => {
  await driver?.executeQuery('MATCH (v:Entity {id: $id}) DETACH DELETE v', { id: VICTIM });
  await app?.close();
  await driver?.close();
});

/** What the test asks of each record (api/src/audit/chain.ts has the whole shape). */
type Rec = Pick<
  ReadRecord,
  | 'seq'
  | 'at'
  | 'user'
  | 'action'
  | 'target'
  | 'entities'
  | 'entityNames'
  | 'details'
  | 'outcome'
  | 'classification'
  | 'compartments'
>;
interface Page {
  records: Rec[];
  nextBeforeSeq: number | null;
}

const RECORDS = `query($u: String, $e: ID) { auditRecords(user: $u, entity: $e, first: 30) {
  records { seq at user action target entities entityNames details outcome classification compartments }
  nextBeforeSeq } }`;

async function audit(as: string, vars: { u?: string; e?: string }): Promise<Page> {
  let body: { data: { auditRecords: Page } | null; errors?: unknown[] };
  if (as === NO_GV) {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: '10.9.0.1',
      headers: { cookie: noGv.cookie, 'x-csrf-token': noGv.csrf },
      payload: { query: RECORDS, variables: vars },
    });
    body = res.json();
  } else {
    body = await gql<{ auditRecords: Page }>(app, RECORDS, vars, as);
  }
  expect(body.errors).toBeUndefined();
  return body.data!.auditRecords;
}

describe('audit trail under need-to-know', () => {
  it('shows who looked at a protected entity, but not which one nor what was asked, to a reader who may not see it', async () => {
    const viewed = await gql<{ node: { id: string } | null }>(
      app,
      'query($id: ID!) { node(id: $id) { id } }',
      { id: VICTIM },
      AS.supervisor,
    );
    expect(viewed.data?.node).toEqual({ id: VICTIM });
    await gql(
      app,
      'query($q: String!) { search(query: $q, limit: 5) { entity { id } } }',
      { q: SEARCHED },
      AS.supervisor,
    );

    // The cleared supervisor sees everything, and finds the record by the entity.
    const cleared = await audit(AS.supervisor, { e: VICTIM });
    const full = cleared.records.find((r) => r.action === 'query:node')!;
    expect(full).toMatchObject({
      user: 'supervisora',
      target: VICTIM,
      entities: [VICTIM],
      // Named as the entity is now, for the reader who may see it.
      entityNames: [SEARCHED],
      details: JSON.stringify([{ name: 'node', args: { id: VICTIM } }]),
      outcome: 'OK',
      // Marked as what it shows her (QA: the trail's CSV named protected people unmarked).
      classification: 2,
      compartments: ['GV'],
    });
    const all = await audit(AS.supervisor, { u: 'supervisora' });
    const search = all.records.find((r) => r.action === 'query:search')!;
    expect(search.details).toContain(SEARCHED);
    // Her own lookup by that entity names it in its details.
    const lookup = all.records.find((r) => r.action === 'query:auditRecords')!;
    expect(lookup.details).toContain(VICTIM);

    for (const reader of [AS.admin, NO_GV]) {
      const page = await audit(reader, { u: 'supervisora' });
      // Who, when, what kind of action and its outcome stay; the id and the details do not.
      expect(page.records.find((r) => r.seq === full.seq)).toEqual({
        ...full,
        target: '[withheld]',
        entities: ['[withheld]'],
        entityNames: [null],
        details: '[withheld]',
        // What it shows them is unmarked: the withheld is not there to mark.
        classification: 0,
        compartments: [],
      });
      // The search text may name the entity: shown only to whoever may see everything.
      expect(page.records.find((r) => r.seq === search.seq)).toEqual({
        ...search,
        details: '[withheld]',
      });
      // Marked for the cleared reader by the id in its details; not for them, to whom it is
      // withheld.
      expect(lookup).toMatchObject({ classification: 2, compartments: ['GV'] });
      expect(page.records.find((r) => r.seq === lookup.seq)).toEqual({
        ...lookup,
        details: '[withheld]',
        classification: 0,
        compartments: [],
      });
      expect(JSON.stringify(page)).not.toContain(VICTIM);
      expect(JSON.stringify(page)).not.toContain(SEARCHED);

      // Filtering by the entity answers as for an id nobody knows.
      const byEntity = await audit(reader, { e: VICTIM });
      const unknown = await audit(reader, { e: 'audit-ntk:no-such-entity' });
      expect(byEntity).toEqual({ records: [], nextBeforeSeq: null });
      expect(byEntity).toEqual(unknown);
    }

    // Redaction is only on the way out: the stored record is whole, and the chain verifies.
    const stored = await driver.executeQuery(
      'MATCH (a:AuditRecord {seq: $seq}) RETURN a.entities AS e, a.details AS d',
      { seq: full.seq },
    );
    expect(stored.records[0]!.get('e')).toEqual([VICTIM]);
    expect(stored.records[0]!.get('d')).toBe(full.details);
    const verified = await gql<{ auditVerify: { ok: boolean; problem: string | null } }>(
      app,
      '{ auditVerify { ok problem } }',
      {},
      AS.admin,
    );
    expect(verified.data!.auditVerify).toEqual({ ok: true, problem: null });
  });

  it('withholds an unknown id as it withholds a hidden one, so that guessing tells nothing', async () => {
    // The analyst asks about a made-up id and the protected victim at once: to the admin both
    // read the same, so the record does not tell which of them exists.
    await gql(
      app,
      'query($ids: [ID!]!) { expandPreview(ids: $ids) { count } }',
      { ids: ['audit-ntk:unknown', VICTIM] },
      AS.analyst,
    );
    const asked = (p: Page) => p.records.find((r) => r.action === 'query:expandPreview')!;
    expect(asked(await audit(AS.admin, { u: 'analista' }))).toMatchObject({
      user: 'analista',
      entities: ['[withheld]', '[withheld]'],
      details: '[withheld]',
    });
    // A reader who may see everything is told both as they were asked: nothing is hidden from
    // her, and an id that is not there (deleted since, say) is what an auditor needs most.
    expect(asked(await audit(AS.supervisor, { u: 'analista' })).entities).toEqual([
      'audit-ntk:unknown',
      VICTIM,
    ]);
  });
});
