// Saved investigations through GraphQL against the real Neo4j: ownership, shares for reading
// and editing, optimistic concurrency, need-to-know when a canvas is opened by a colleague, and
// the forbidden cases (no share: neither read nor save).
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AS,
  buildTestApp,
  gql,
  liveSubscription,
  login,
  newSession,
  testDriver,
  type Live,
} from '../../test/helpers.js';
import { forgetUnseen } from '../src/graphql/investigations/forget-unseen.js';

let app: FastifyInstance;
let driver: Driver;
let url: string;

const FIXTURE = `
CREATE (a:Entity:Person {id: 'ui:inv:p1', caption: 'Rogelio Ibarra Tapia', source: 'FGJ', sourceId: 'ui-1',
        reliability: 'B', credibility: 2, classification: 0, compartments: []})
CREATE (b:Entity:Person {id: 'ui:inv:p2', caption: 'Marisol Tapia Lugo', source: 'SSC', sourceId: 'ui-2',
        classification: 0, compartments: []})
CREATE (v:Entity:Person {id: 'ui:inv:victim', caption: 'Víctima Reservada', source: 'CJM', sourceId: 'ui-3',
        classification: 2, compartments: ['GV']})
CREATE (a)-[:ASSOCIATE_OF {source: 'SSC', sourceId: 'ui-r1'}]->(b)
CREATE (a)-[:AGGRESSOR_OF {source: 'CJM', sourceId: 'ui-r2', classification: 2, compartments: ['GV']}]->(v)
`;

const META = 'id name owner ownerName version access updatedBy updatedByName updatedAt createdAt';
const SHARES = 'shares { username displayName access }';
const CREATE = `mutation($name: String!, $content: CanvasInput!) {
  createInvestigation(name: $name, content: $content) { ${META} ${SHARES} } }`;
const SAVE = `mutation($id: ID!, $version: Int!, $content: CanvasInput!, $name: String) {
  saveInvestigation(id: $id, version: $version, content: $content, name: $name) { ${META} } }`;
const OPEN = `query($id: ID!) { openInvestigation(id: $id) {
  investigation { ${META} } canvas omitted entities { id caption } links { id type source target } } }`;
const LIST = `{ investigations { ${META} ${SHARES} } }`;
const SHARE = `mutation($id: ID!, $u: String!, $a: ShareAccess!) {
  shareInvestigation(id: $id, username: $u, access: $a) { ${SHARES} } }`;
const UNSHARE = `mutation($id: ID!, $u: String!) { unshareInvestigation(id: $id, username: $u) { ${SHARES} } }`;
const DELETE = `mutation($id: ID!) { deleteInvestigation(id: $id) }`;

interface Meta {
  id: string;
  name: string;
  version: number;
  access: string;
  updatedBy: string;
  updatedByName: string;
}

let links: { id: string; type: string; source: string; target: string }[] = [];

/** A saved canvas in the web's format; `view` says which save it is. */
function canvasOf(view: object, rest: object = {}) {
  return {
    format: 'trama-canvas/1',
    positions: {},
    hidden: [],
    pinned: [],
    groups: [],
    view,
    ...rest,
  };
}

function content(view: object, withVictim = false, rest: object = {}) {
  return {
    canvas: JSON.stringify(canvasOf(view, rest)),
    entityIds: ['ui:inv:p1', 'ui:inv:p2', ...(withVictim ? ['ui:inv:victim'] : [])],
    links: withVictim ? links : links.filter((l) => l.type === 'ASSOCIATE_OF'),
  };
}

async function create(as: string, name: string, withVictim = false): Promise<Meta> {
  const res = await gql<{ createInvestigation: Meta }>(
    app,
    CREATE,
    {
      name,
      content: content({ layout: 'fcose' }, withVictim, { positions: { 'ui:inv:p1': [1, 2] } }),
    },
    as,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createInvestigation;
}

async function cleanup(): Promise<void> {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'ui:inv:' DETACH DELETE n");
  await driver.executeQuery(
    "MATCH (i:Investigation) WHERE i.name STARTS WITH 'TEST ' DETACH DELETE i",
  );
}

beforeAll(async () => {
  driver = testDriver();
  await cleanup();
  await driver.executeQuery(FIXTURE);
  const res = await driver.executeQuery(`
    MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH 'ui:inv:'
    RETURN elementId(r) AS id, type(r) AS type, a.id AS source, b.id AS target ORDER BY type`);
  links = res.records.map((r) => r.toObject() as (typeof links)[number]);
  app = await buildTestApp();
  url = await app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await app?.close();
  await cleanup();
  await driver.close();
});

describe('owning an investigation', () => {
  it('creates, lists, opens and saves a new version, recording who and when', async () => {
    const inv = await create(AS.analyst, 'TEST  Red  Ibarra ');
    expect(inv).toMatchObject({
      name: 'TEST Red Ibarra',
      version: 1,
      access: 'OWNER',
      updatedBy: AS.analyst,
      updatedByName: 'Ana Analista',
      shares: [],
    });
    const list = await gql<{ investigations: Meta[] }>(app, LIST);
    expect(list.data!.investigations.map((i) => i.id)).toContain(inv.id);

    const opened = await gql<{ openInvestigation: Record<string, unknown> }>(app, OPEN, {
      id: inv.id,
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openInvestigation).toMatchObject({
      canvas: JSON.stringify(canvasOf({ layout: 'fcose' }, { positions: { 'ui:inv:p1': [1, 2] } })),
      omitted: 0,
      entities: [
        { id: 'ui:inv:p1', caption: 'Rogelio Ibarra Tapia' },
        { id: 'ui:inv:p2', caption: 'Marisol Tapia Lugo' },
      ],
      links: [{ type: 'ASSOCIATE_OF', source: 'ui:inv:p1', target: 'ui:inv:p2' }],
    });

    const saved = await gql<{ saveInvestigation: Meta & { updatedAt: string } }>(app, SAVE, {
      id: inv.id,
      version: 1,
      content: content({ layout: 'dagre' }),
      name: 'TEST Red Ibarra v2',
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveInvestigation).toMatchObject({ version: 2, name: 'TEST Red Ibarra v2' });
    expect(Date.parse(saved.data!.saveInvestigation.updatedAt)).toBeGreaterThan(
      Date.now() - 60_000,
    );
  });

  it('refuses a canvas that is not a JSON object, and an empty name, with BAD_INPUT', async () => {
    for (const [name, canvas] of [
      ['TEST bad', '{not json'],
      ['TEST bad', '[1, 2]'],
      ['TEST bad', '{"positions": {}}'],
      ['   ', JSON.stringify(canvasOf({}))],
    ] as const) {
      const res = await gql(app, CREATE, { name, content: { canvas, entityIds: [], links: [] } });
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    }
  });
});

describe('forbidden without a share', () => {
  it('a colleague without a share can neither list, open, save, share nor delete it', async () => {
    const inv = await create(AS.analyst, 'TEST private');
    const list = await gql<{ investigations: Meta[] }>(app, LIST, {}, AS.investigator);
    expect(list.data!.investigations.map((i) => i.id)).not.toContain(inv.id);

    const open = await gql(app, OPEN, { id: inv.id }, AS.investigator);
    expect(open.data).toBeNull();
    expect(open.errors).toEqual([
      expect.objectContaining({
        message: 'No investigation with this id is shared with you.',
        extensions: { code: 'NOT_FOUND' },
      }),
    ]);
    const save = await gql(
      app,
      SAVE,
      { id: inv.id, version: 1, content: content({ layout: 'stolen' }) },
      AS.investigator,
    );
    expect(save.data).toBeNull();
    expect(save.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const [q, v] of [
      [SHARE, { id: inv.id, u: AS.investigator, a: 'EDIT' }],
      [DELETE, { id: inv.id }],
    ] as const) {
      const res = await gql(app, q, v, AS.investigator);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const still = await gql<{ openInvestigation: { canvas: string; investigation: Meta } }>(
      app,
      OPEN,
      { id: inv.id },
    );
    expect(still.data!.openInvestigation.investigation.version).toBe(1);
    expect(still.data!.openInvestigation.canvas).not.toContain('stolen');
  });

  it('is closed to admins (no investigative role) and to anonymous callers', async () => {
    const admin = await gql(app, LIST, {}, AS.admin);
    expect(admin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(app, LIST, {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('sharing', () => {
  it('a reader may open but not save or share; the owner may take the share back', async () => {
    const inv = await create(AS.analyst, 'TEST shared for reading');
    const shared = await gql<{ shareInvestigation: { shares: unknown[] } }>(app, SHARE, {
      id: inv.id,
      u: AS.investigator,
      a: 'READ',
    });
    expect(shared.data!.shareInvestigation.shares).toEqual([
      { username: AS.investigator, displayName: 'Iván Investigador', access: 'READ' },
    ]);
    const list = await gql<{ investigations: Meta[] }>(app, LIST, {}, AS.investigator);
    expect(list.data!.investigations.find((i) => i.id === inv.id)?.access).toBe('READ');
    const open = await gql(app, OPEN, { id: inv.id }, AS.investigator);
    expect(open.errors).toBeUndefined();

    const save = await gql(
      app,
      SAVE,
      { id: inv.id, version: 1, content: content({}) },
      AS.investigator,
    );
    expect(save.errors?.[0]).toMatchObject({
      message: 'This investigation is shared with you for reading only.',
      extensions: { code: 'FORBIDDEN' },
    });
    const reshare = await gql(
      app,
      SHARE,
      { id: inv.id, u: AS.supervisor, a: 'READ' },
      AS.investigator,
    );
    expect(reshare.errors?.[0]).toMatchObject({
      message: 'Only the owner of an investigation may share it.',
      extensions: { code: 'FORBIDDEN' },
    });

    const unshared = await gql<{ unshareInvestigation: { shares: unknown[] } }>(app, UNSHARE, {
      id: inv.id,
      u: AS.investigator,
    });
    expect(unshared.data!.unshareInvestigation.shares).toEqual([]);
    const gone = await gql(app, OPEN, { id: inv.id }, AS.investigator);
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to share with oneself, an admin-only account or an unknown user', async () => {
    const inv = await create(AS.analyst, 'TEST share targets');
    for (const u of [AS.analyst, AS.admin, 'nobody-here']) {
      const res = await gql(app, SHARE, { id: inv.id, u, a: 'READ' });
      expect(res.errors?.[0]?.extensions?.code, u).toBe('BAD_INPUT');
    }
  });

  it('an editor saves; a stale save by the owner is a CONFLICT naming who saved', async () => {
    const inv = await create(AS.analyst, 'TEST shared for editing');
    await gql(app, SHARE, { id: inv.id, u: AS.investigator, a: 'EDIT' });
    const edit = await gql<{ saveInvestigation: Meta }>(
      app,
      SAVE,
      { id: inv.id, version: 1, content: content({ layout: 'investigador' }) },
      AS.investigator,
    );
    expect(edit.data!.saveInvestigation).toMatchObject({
      version: 2,
      access: 'EDIT',
      updatedBy: AS.investigator,
      updatedByName: 'Iván Investigador',
    });
    const stale = await gql(app, SAVE, {
      id: inv.id,
      version: 1,
      content: content({ layout: 'analista' }),
    });
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(
      /^Iván Investigador \(investigador\) saved version 2 at .+, after you opened version 1/,
    );
    // Who and when, for the web's own words.
    const [who, at] = stale.errors?.[0]?.extensions?.details as string[];
    expect(who).toBe('Iván Investigador');
    expect(Date.parse(at!)).toBeGreaterThan(Date.now() - 60_000);
    const open = await gql<{ openInvestigation: { canvas: string } }>(app, OPEN, { id: inv.id });
    expect(JSON.parse(open.data!.openInvestigation.canvas).view).toEqual({
      layout: 'investigador',
    });
  });

  it('two saves of the same version at once: exactly one wins, the other is a CONFLICT', async () => {
    const inv = await create(AS.analyst, 'TEST race');
    await gql(app, SHARE, { id: inv.id, u: AS.investigator, a: 'EDIT' });
    const results = await Promise.all(
      [AS.analyst, AS.investigator, AS.analyst, AS.investigator].map((as, i) =>
        gql(app, SAVE, { id: inv.id, version: 1, content: content({ layout: String(i) }) }, as),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });

  it('a colleague of lower clearance never sees restricted elements of a shared canvas', async () => {
    const inv = await create(AS.supervisor, 'TEST need-to-know', true);
    const own = await gql<{ openInvestigation: { entities: unknown[]; omitted: number } }>(
      app,
      OPEN,
      { id: inv.id },
      AS.supervisor,
    );
    expect(own.data!.openInvestigation.entities).toHaveLength(3);
    expect(own.data!.openInvestigation.omitted).toBe(0);

    await gql(app, SHARE, { id: inv.id, u: AS.analyst, a: 'READ' }, AS.supervisor);
    const res = await gql<{ openInvestigation: Record<string, unknown> }>(app, OPEN, {
      id: inv.id,
    });
    expect(res.data!.openInvestigation).toMatchObject({
      // Hidden from her, not deleted: not counted (how many are hidden is need-to-know).
      omitted: 0,
      entities: [
        { id: 'ui:inv:p1', caption: 'Rogelio Ibarra Tapia' },
        { id: 'ui:inv:p2', caption: 'Marisol Tapia Lugo' },
      ],
      links: [{ type: 'ASSOCIATE_OF' }],
    });
    expect(JSON.stringify(res.data)).not.toContain('Reservada');
  });

  it('takes the ids a colleague may not see out of the saved view state, on the server', async () => {
    // An id says much by itself (a victim's record, a phone number, an address): the canvas
    // keyed by ids must not carry the hidden ones, whatever the web does with them.
    const v = 'ui:inv:victim';
    const inv = await gql<{ createInvestigation: Meta }>(
      app,
      CREATE,
      {
        name: 'TEST need-to-know view state',
        content: content({ layout: 'fcose', note: v }, true, {
          positions: { 'ui:inv:p1': [1, 2], [v]: [3, 4], [`group:${v}`]: [5, 6] },
          hidden: [v, 'ui:inv:p2'],
          pinned: [v, `group:${v}`],
          groups: [
            {
              id: `group:${v}`,
              anchor: v,
              members: [v, 'ui:inv:p1', 'ui:inv:p2'],
              collapsed: true,
            },
          ],
          extra: v,
        }),
      },
      AS.supervisor,
    );
    const id = inv.data!.createInvestigation.id;
    const mine = await gql<{ openInvestigation: { canvas: string } }>(
      app,
      OPEN,
      { id },
      AS.supervisor,
    );
    expect(mine.data!.openInvestigation.canvas).toContain(`"anchor":"${v}"`);
    await gql(app, SHARE, { id, u: AS.analyst, a: 'READ' }, AS.supervisor);
    const res = await gql<{ openInvestigation: { canvas: string } }>(app, OPEN, { id });
    const canvas = res.data!.openInvestigation.canvas;
    expect(canvas).not.toContain('victim');
    expect(JSON.parse(canvas)).toEqual({
      format: 'trama-canvas/1',
      positions: { 'ui:inv:p1': [1, 2], 'group:ui:inv:p1': [5, 6] },
      hidden: ['ui:inv:p2'],
      pinned: ['group:ui:inv:p1'],
      groups: [
        {
          id: 'group:ui:inv:p1',
          anchor: null,
          members: ['ui:inv:p1', 'ui:inv:p2'],
          collapsed: true,
        },
      ],
      view: { layout: 'fcose' },
    });
  });

  it('on a map, gives a reader who does not see everything the map but no places', async () => {
    // A place on a map is a point in the city: the analyst's colleague drew a person beside a
    // protected victim's address. Who sees all gets the places; who does not, only the frame,
    // and lays the map out again from what they see.
    const frame = { lon0: -99.5, lat1: 19.75, kx: Math.cos((19.4 * Math.PI) / 180), scale: 8192 };
    const positions = { 'ui:inv:p1': [1, 2], 'ui:inv:p2': [3, 4], 'ui:inv:victim': [5, 6] };
    const made = await gql<{ createInvestigation: Meta }>(
      app,
      CREATE,
      {
        name: 'TEST map places',
        content: content({ layout: 'geo', mapFrame: { ...frame, note: 'x' } }, true, {
          positions,
        }),
      },
      AS.supervisor,
    );
    const id = made.data!.createInvestigation.id;
    await gql(app, SHARE, { id, u: AS.analyst, a: 'READ' }, AS.supervisor);
    const canvasAs = async (as: string) =>
      JSON.parse(
        (await gql<{ openInvestigation: { canvas: string } }>(app, OPEN, { id }, as)).data!
          .openInvestigation.canvas,
      ) as { positions: object; view: object };
    const owner = await canvasAs(AS.supervisor);
    expect(owner.positions).toEqual(positions);
    expect(owner.view).toEqual({ layout: 'geo', mapFrame: frame });
    const reader = await canvasAs(AS.analyst);
    expect(reader.positions).toEqual({});
    expect(reader.view).toEqual({ layout: 'geo', mapFrame: frame });
    // A frame off the fixed corner (made from the entities' extent by an older web) or with a
    // scale that is no power of two is not passed on: the map is made again.
    for (const bad of [
      { ...frame, lon0: -99.13 },
      { ...frame, scale: 8000 },
    ]) {
      const again = await gql<{ createInvestigation: Meta }>(
        app,
        CREATE,
        { name: 'TEST map frame', content: content({ layout: 'geo', mapFrame: bad }) },
        AS.supervisor,
      );
      const opened = await gql<{ openInvestigation: { canvas: string } }>(
        app,
        OPEN,
        { id: again.data!.createInvestigation.id },
        AS.supervisor,
      );
      expect(JSON.parse(opened.data!.openInvestigation.canvas).view).toEqual({ layout: 'geo' });
    }
  });

  it('counts the saved elements deleted since', async () => {
    await driver.executeQuery("CREATE (:Entity:Person {id: 'ui:inv:gone', caption: 'Se irá'})");
    const res = await gql<{ createInvestigation: Meta }>(app, CREATE, {
      name: 'TEST deleted',
      content: {
        canvas: JSON.stringify(canvasOf({})),
        entityIds: ['ui:inv:p1', 'ui:inv:gone'],
        links: [],
      },
    });
    await driver.executeQuery("MATCH (n:Entity {id: 'ui:inv:gone'}) DETACH DELETE n");
    const open = await gql<{ openInvestigation: { omitted: number } }>(app, OPEN, {
      id: res.data!.createInvestigation.id,
    });
    expect(open.data!.openInvestigation.omitted).toBe(1);
  });

  it('stores only what the saver may see: a protected id saved reads as one that never existed', async () => {
    // Security review: "deleted since" counted a non-existent id and not a protected one, which
    // told an analyst whether a victim's record, or a link between two, existed.
    const hiddenLink = links.find((l) => l.type === 'AGGRESSOR_OF')!;
    const probe = async (entity: string, link: (typeof links)[number]) => {
      const made = await gql<{ createInvestigation: Meta }>(app, CREATE, {
        name: 'TEST probe',
        content: {
          canvas: JSON.stringify(canvasOf({})),
          entityIds: ['ui:inv:p1', entity],
          links: [link],
        },
      });
      expect(made.errors).toBeUndefined();
      const id = made.data!.createInvestigation.id;
      const open = async () => {
        const res = await gql<{
          openInvestigation: {
            omitted: number;
            canvas: string;
            entities: { id: string }[];
            links: unknown[];
          };
        }>(app, OPEN, { id });
        const { omitted, canvas, entities, links: drawn } = res.data!.openInvestigation;
        return { omitted, canvas, entities, links: drawn };
      };
      const created = await open();
      // Saved again with the same sent (the save path filters as the create path does).
      const saved = await gql(app, SAVE, {
        id,
        version: 1,
        content: {
          canvas: JSON.stringify(canvasOf({})),
          entityIds: ['ui:inv:p1', entity],
          links: [link],
        },
      });
      expect(saved.errors).toBeUndefined();
      const stored = await driver.executeQuery(
        'MATCH (i:Investigation {id: $id}) RETURN i.entityIds AS ids, i.links AS links',
        { id },
      );
      return { created, resaved: await open(), stored: stored.records[0]!.toObject() };
    };
    const hidden = await probe('ui:inv:victim', hiddenLink);
    const missing = await probe('ui:inv:never', { ...hiddenLink, id: `${hiddenLink.id}9` });
    expect(hidden).toEqual(missing);
    expect(hidden.created).toMatchObject({
      omitted: 0,
      entities: [{ id: 'ui:inv:p1', caption: 'Rogelio Ibarra Tapia' }],
      links: [],
    });
    expect(hidden.stored).toEqual({ ids: ['ui:inv:p1'], links: '[]' });
  });

  it('forgets, once, references stored before that none of its owner and editors may see', async () => {
    // Security review: probes stored before saves kept only what the saver may see. Stored as
    // an older version did: the analyst's probes (a victim, a link between protected ends, a
    // made-up id), and a supervisor's investigation shared with her for editing.
    const hiddenLink = links.find((l) => l.type === 'AGGRESSOR_OF')!;
    const linksJson = JSON.stringify([
      hiddenLink,
      { ...hiddenLink, id: `${hiddenLink.id}9` },
      ...links.filter((l) => l.type === 'ASSOCIATE_OF'),
    ]);
    await driver.executeQuery(
      `MATCH (ana:User {username: $analyst}), (sup:User {username: $supervisor})
       CREATE (:Investigation {id: 'ui:inv:old-probe', name: 'TEST old probe', owner: $analyst,
         canvas: '{"format":"trama-canvas/1"}', entityIds: ['ui:inv:p1', 'ui:inv:victim', 'ui:inv:never'],
         links: $links, version: 3, createdAt: datetime(), updatedAt: datetime(), updatedBy: $analyst})
       CREATE (shared:Investigation {id: 'ui:inv:old-shared', name: 'TEST old shared', owner: $analyst,
         canvas: '{"format":"trama-canvas/1"}', entityIds: ['ui:inv:p1', 'ui:inv:victim'],
         links: $links, version: 1, createdAt: datetime(), updatedAt: datetime(), updatedBy: $supervisor})
       CREATE (sup)-[:CAN_EDIT]->(shared)`,
      { analyst: AS.analyst, supervisor: AS.supervisor, links: linksJson },
    );
    const stored = async (id: string) =>
      (
        await driver.executeQuery(
          'MATCH (i:Investigation {id: $id}) RETURN i.entityIds AS ids, i.links AS links, i.seenChecked AS checked, i.version AS version',
          { id },
        )
      ).records[0]!.toObject();
    try {
      expect(await forgetUnseen(app.db)).toBeGreaterThanOrEqual(2);
      // Hers: the victim and the protected link go; the made-up id and link stay (deleted since).
      const probe = await stored('ui:inv:old-probe');
      expect(probe.ids).toEqual(['ui:inv:p1', 'ui:inv:never']);
      expect((JSON.parse(probe.links) as { id: string }[]).map((l) => l.id)).toEqual([
        `${hiddenLink.id}9`,
        ...links.filter((l) => l.type === 'ASSOCIATE_OF').map((l) => l.id),
      ]);
      expect([probe.checked, Number(probe.version)]).toEqual([true, 3]);
      // The shared one keeps what its editor, the supervisor, may see.
      const shared = await stored('ui:inv:old-shared');
      expect(shared.ids).toEqual(['ui:inv:p1', 'ui:inv:victim']);
      expect(JSON.parse(shared.links)).toHaveLength(3);
      // Once: nothing is read again.
      expect(await forgetUnseen(app.db)).toBe(0);
      // Opened by her, the probe tells nothing: the hidden and the made-up are alike gone.
      const open = await gql<{ openInvestigation: { omitted: number } }>(app, OPEN, {
        id: 'ui:inv:old-probe',
      });
      expect(open.data!.openInvestigation.omitted).toBe(2);
    } finally {
      await driver.executeQuery(
        "MATCH (i:Investigation) WHERE i.id IN ['ui:inv:old-probe', 'ui:inv:old-shared'] DETACH DELETE i",
      );
    }
  });

  it('finds a confirmed link approved again after a reopening (a new relationship) by its hypothesis', async () => {
    const confirm = () =>
      driver.executeQuery(
        `MATCH (a:Entity {id: 'ui:inv:p1'}), (b:Entity {id: 'ui:inv:p2'})
         CREATE (a)-[r:FAMILY_OF {source: 'TRAMA', sourceId: 'ui-hyp-1', hypothesisId: 'ui-hyp-1'}]->(b)
         RETURN elementId(r) AS id`,
      );
    const first = String((await confirm()).records[0]!.get('id'));
    const ref = { type: 'FAMILY_OF', source: 'ui:inv:p1', target: 'ui:inv:p2' };
    const res = await gql<{ createInvestigation: Meta }>(app, CREATE, {
      name: 'TEST confirmed again',
      content: {
        canvas: JSON.stringify(canvasOf({})),
        entityIds: ['ui:inv:p1', 'ui:inv:p2'],
        links: [{ id: first, ...ref, hypothesisId: 'ui-hyp-1' }],
      },
    });
    const id = res.data!.createInvestigation.id;
    // Reopened (the relationship goes), then approved again (a new one).
    await driver.executeQuery("MATCH ()-[r {hypothesisId: 'ui-hyp-1'}]->() DELETE r");
    const again = String((await confirm()).records[0]!.get('id'));
    expect(again).not.toBe(first);
    const open = await gql<{
      openInvestigation: { omitted: number; links: { id: string; type: string }[] };
    }>(app, OPEN, { id });
    expect(open.data!.openInvestigation).toMatchObject({
      omitted: 0,
      links: [{ id: again, type: 'FAMILY_OF' }],
    });
    // Gone for good: said to be deleted since, as any other link.
    await driver.executeQuery("MATCH ()-[r {hypothesisId: 'ui-hyp-1'}]->() DELETE r");
    const gone = await gql<{ openInvestigation: { omitted: number; links: unknown[] } }>(
      app,
      OPEN,
      { id },
    );
    expect(gone.data!.openInvestigation).toMatchObject({ omitted: 1, links: [] });
  });

  it('keeps what an editor of lower clearance may not see when they save', async () => {
    const v = 'ui:inv:victim';
    const created = await gql<{ createInvestigation: Meta }>(
      app,
      CREATE,
      {
        name: 'TEST shared edit',
        content: content({ layout: 'fcose' }, true, {
          positions: {
            'ui:inv:p1': [1, 2],
            'ui:inv:p2': [3, 4],
            [v]: [5, 6],
            [`group:${v}`]: [7, 8],
          },
          hidden: [v],
          pinned: [v, `group:${v}`],
          groups: [
            {
              id: `group:${v}`,
              anchor: v,
              members: [v, 'ui:inv:p1', 'ui:inv:p2'],
              collapsed: false,
            },
          ],
        }),
      },
      AS.supervisor,
    );
    const id = created.data!.createInvestigation.id;
    await gql(app, SHARE, { id, u: AS.analyst, a: 'EDIT' }, AS.supervisor);
    // The analyst saves what she got, with p1 moved and p2 taken off the canvas.
    const got = await gql<{ openInvestigation: { canvas: string; links: typeof links } }>(
      app,
      OPEN,
      {
        id,
      },
    );
    const seen = JSON.parse(got.data!.openInvestigation.canvas) as {
      positions: Record<string, number[]>;
      groups: { members: string[] }[];
    };
    seen.positions['ui:inv:p1'] = [10, 20];
    delete seen.positions['ui:inv:p2'];
    seen.groups[0]!.members = ['ui:inv:p1'];
    const saved = await gql(app, SAVE, {
      id,
      version: 1,
      content: {
        canvas: JSON.stringify(seen),
        entityIds: ['ui:inv:p1'],
        links: [],
      },
    });
    expect(saved.errors).toBeUndefined();
    const after = await gql<{
      openInvestigation: { canvas: string; entities: { id: string }[]; links: { type: string }[] };
    }>(app, OPEN, { id }, AS.supervisor);
    const o = after.data!.openInvestigation;
    expect(o.entities.map((e) => e.id).sort()).toEqual(['ui:inv:p1', v]);
    expect(o.links.map((l) => l.type)).toEqual(['AGGRESSOR_OF']);
    expect(JSON.parse(o.canvas)).toMatchObject({
      positions: { 'ui:inv:p1': [10, 20], [v]: [5, 6], [`group:${v}`]: [7, 8] },
      hidden: [v],
      groups: [{ id: `group:${v}`, anchor: v, members: ['ui:inv:p1', v], collapsed: false }],
    });
    expect(JSON.parse(o.canvas).pinned.sort()).toEqual([v, `group:${v}`].sort());
  });

  it('only the owner deletes; then it is gone for everyone', async () => {
    const inv = await create(AS.analyst, 'TEST delete');
    await gql(app, SHARE, { id: inv.id, u: AS.investigator, a: 'EDIT' });
    const editor = await gql(app, DELETE, { id: inv.id }, AS.investigator);
    expect(editor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(app, DELETE, { id: inv.id })).data).toEqual({ deleteInvestigation: true });
    const open = await gql(app, OPEN, { id: inv.id }, AS.investigator);
    expect(open.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('live changes', () => {
  interface Change {
    id: string;
    action: string;
    byName: string;
    version: number | null;
    updatedAt: string | null;
  }
  const live = async (as: string): Promise<Live<Change>> =>
    liveSubscription<Change>(
      url,
      (await login(app, as))!,
      'subscription { investigationChanged { id action byName version updatedAt } }',
      'investigationChanged',
    );
  /** No event within the wait: the subscriber was not told. */
  const silent = (l: Live<Change>) =>
    l.next().then(
      (c) => {
        throw new Error(`told of ${JSON.stringify(c)}`);
      },
      () => 'silent',
    );

  it('tells those who may open it of a save, an unsharing and a deletion, and no one else', async () => {
    const inv = await create(AS.analyst, 'TEST live');
    await gql(app, SHARE, { id: inv.id, u: AS.investigator, a: 'READ' });
    const [owner, reader, stranger] = await Promise.all([
      live(AS.analyst),
      live(AS.investigator),
      live(AS.supervisor),
    ]);
    const saved = await gql<{ saveInvestigation: Meta & { updatedAt: string } }>(app, SAVE, {
      id: inv.id,
      version: inv.version,
      content: content({ layout: 'dagre' }),
    });
    const expected = {
      id: inv.id,
      action: 'SAVED',
      byName: 'Ana Analista',
      version: inv.version + 1,
      updatedAt: saved.data!.saveInvestigation.updatedAt,
    };
    expect(await reader.next()).toEqual(expected);
    // The owner's other tabs are told too (the saving tab knows its version).
    expect(await owner.next()).toEqual(expected);
    expect(await silent(stranger)).toBe('silent');

    await gql(app, UNSHARE, { id: inv.id, u: AS.investigator });
    expect(await reader.next()).toMatchObject({ id: inv.id, action: 'UNSHARED', version: null });
    expect(await silent(owner)).toBe('silent');

    await gql(app, SHARE, { id: inv.id, u: AS.investigator, a: 'EDIT' });
    await gql(app, DELETE, { id: inv.id });
    const deleted = { id: inv.id, action: 'DELETED', byName: 'Ana Analista' };
    expect(await reader.next()).toMatchObject(deleted);
    expect(await owner.next()).toMatchObject(deleted);
    expect(await silent(stranger)).toBe('silent');
    // A refused save or deletion tells no one.
    const other = await create(AS.analyst, 'TEST live refused');
    await gql(app, DELETE, { id: other.id }, AS.investigator);
    await gql(app, SAVE, { id: other.id, version: 99, content: content({}) });
    expect(await silent(owner)).toBe('silent');
    // The stranger's feed was listening all along: their own investigation's save reaches it.
    const own = await create(AS.supervisor, 'TEST live own');
    await gql(app, SAVE, { id: own.id, version: own.version, content: content({}) }, AS.supervisor);
    expect(await stranger.next()).toMatchObject({ id: own.id, action: 'SAVED' });
    for (const l of [owner, reader, stranger]) l.close();
  });

  it('is for the intelligence roles only', async () => {
    const res = await liveSubscription<unknown>(
      url,
      (await login(app, AS.admin))!,
      'subscription { investigationChanged { id } }',
      'investigationChanged',
    );
    expect((await res.refused())[0]?.extensions?.code).toBe('FORBIDDEN');
    res.close();
  });

  it('opens no live feed to an account whose password is temporary', async () => {
    // Made by the admin: temporary until its owner changes it. The upgrade is refused (403)
    // like any GraphQL request of such a session.
    await gql(
      app,
      'mutation { createUser(input: {username: "tomas.temp", password: "clave-temporal-3", roles: [INVESTIGATOR]}) { username } }',
      {},
      AS.admin,
    );
    const session = await newSession(app, 'tomas.temp', 'clave-temporal-3');
    await expect(
      liveSubscription(
        url,
        session,
        'subscription { investigationChanged { id } }',
        'investigationChanged',
      ),
    ).rejects.toThrow(/403/);
    // And the server closes the refused socket (it kept it open for good, one per refusal).
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += String(d)));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(
      `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
        `Sec-WebSocket-Protocol: graphql-transport-ws\r\nOrigin: ${url}\r\nCookie: ${session.cookie}\r\n\r\n`,
    );
    const ended = await Promise.race([
      closed.then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still open after 2 s'), 2000)),
    ]);
    socket.destroy();
    // Refused for the temporary password (the same origin passes: not the cross-site refusal).
    expect([answer.split('\r\n')[0], ended]).toEqual(['HTTP/1.1 403 Forbidden', 'closed']);
    expect(answer).toContain('PASSWORD_CHANGE_REQUIRED');
  });
});
