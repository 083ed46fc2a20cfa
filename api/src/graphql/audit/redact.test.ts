import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ChainedRecord } from '../../audit/chain.js';
import { ID_ARGS } from '../../audit/operations.js';
import { loadSchema } from '../index.js';
import {
  askedIn,
  MORE_ID_ARGS,
  NOT_ENTITY_ID_ARGS,
  redactRecord,
  WITHHELD,
  type Withheld,
} from './redact.js';

const record = (over: Partial<ChainedRecord>): ChainedRecord => ({
  seq: 7,
  at: '2026-12-05T10:00:00.000Z',
  user: 'supervisora',
  action: 'query:node',
  target: null,
  entities: [],
  details: '{}',
  ip: '127.0.0.1',
  purpose: null,
  outcome: 'OK',
  prevHash: 'p',
  hash: 'h',
  ...over,
});

const hiddenVictim: Withheld = {
  id: (id) => id === 'FGJ:persona:9' || id === 'h-oculta',
  hypothesis: (id) => id === 'h-oculta',
  record: (ref) => ref === 'CJM:caso:1',
};

describe('audit records redacted for their reader', () => {
  it('finds the ids, cited records and free text a record asks about', () => {
    const details = JSON.stringify([
      { name: 'auditRecords', args: { entity: 'FGJ:persona:9', first: 5 } },
      {
        name: 'saveInvestigation',
        args: { content: { links: [{ id: 'l1', source: 'a', target: 'b' }] } },
      },
      { name: 'proposeHypothesis', args: { input: { fromId: 'x', evidenceRecords: ['C5:1'] } } },
      { name: 'sourceRecords', args: { refs: ['PEN:visita:9'], linkLimit: 20 } },
      { name: 'search', args: { query: 'Ana' } },
    ]);
    expect(askedIn(details)).toEqual({
      ids: ['FGJ:persona:9', 'l1', 'a', 'b', 'x'],
      records: ['C5:1', 'PEN:visita:9'],
      freeText: true,
    });
    expect(askedIn('{}')).toEqual({ ids: [], records: [], freeText: false });
    expect(askedIn('not json').freeText).toBe(true);
  });

  it('withholds hidden ids and the details of a record naming one; who, when and what stay', () => {
    const r = record({
      target: 'FGJ:persona:9',
      entities: ['FGJ:persona:9', 'FGJ:persona:1'],
      details: JSON.stringify([{ name: 'expand', args: { ids: ['FGJ:persona:9'] } }]),
    });
    expect(redactRecord(r, askedIn(r.details), hiddenVictim, false)).toEqual({
      ...r,
      target: WITHHELD,
      entities: [WITHHELD, 'FGJ:persona:1'],
      details: WITHHELD,
    });
  });

  it("withholds a hidden hypothesis's ends with it, even ends the reader may see", () => {
    const r = record({
      action: 'mutation:decideHypothesis',
      target: 'h-oculta',
      entities: ['h-oculta', 'FGJ:persona:1', 'FGJ:persona:2'],
      details: JSON.stringify([{ name: 'decideHypothesis', args: { id: 'h-oculta' } }]),
    });
    expect(redactRecord(r, askedIn(r.details), hiddenVictim, true).entities).toEqual([
      WITHHELD,
      WITHHELD,
      WITHHELD,
    ]);
    const seen = record({ ...r, target: 'h-vista', entities: ['h-vista', 'FGJ:persona:1'] });
    expect(redactRecord(seen, askedIn(seen.details), hiddenVictim, true).entities).toEqual([
      'h-vista',
      'FGJ:persona:1',
    ]);
  });

  it('withholds details that cite a hidden record, or search text, but not from the fully cleared', () => {
    const cites = record({
      details: JSON.stringify([
        { name: 'proposeHypothesis', args: { input: { evidenceRecords: ['CJM:caso:1'] } } },
      ]),
    });
    expect(redactRecord(cites, askedIn(cites.details), hiddenVictim, true).details).toBe(WITHHELD);
    const search = record({
      details: JSON.stringify([{ name: 'search', args: { query: 'Ana' } }]),
    });
    expect(redactRecord(search, askedIn(search.details), hiddenVictim, false).details).toBe(
      WITHHELD,
    );
    expect(redactRecord(search, askedIn(search.details), hiddenVictim, true)).toEqual(search);
  });

  it('withholds what people wrote (names, reasons, the purpose) from those who may not read it', () => {
    const named = record({
      purpose: 'Feminicidio de Ana (inv-1)',
      details: JSON.stringify([
        { name: 'createInvestigation', args: { name: 'Feminicidio de Ana', canvas: '{}' } },
      ]),
    });
    expect(redactRecord(named, askedIn(named.details), hiddenVictim, false)).toMatchObject({
      purpose: WITHHELD,
      details: WITHHELD,
    });
    expect(redactRecord(named, askedIn(named.details), hiddenVictim, true)).toEqual(named);
    const decided = record({
      details: JSON.stringify([
        { name: 'decideHypothesis', args: { id: 'h1', decision: 'REJECT', reason: 'Otra Ana' } },
      ]),
    });
    expect(askedIn(decided.details).freeText).toBe(true);
  });
});

describe('the ids an audit record is checked by', () => {
  it('covers every ID argument of the schema, in input objects too (security review: avoid)', () => {
    const schema = buildSchema(loadSchema());
    const found = new Set<string>();
    const seen = new Set<string>();
    const visit = (name: string, type: GraphQLInputType) => {
      const named = getNamedType(type);
      if (named.name === 'ID') found.add(name);
      if (isInputObjectType(named) && !seen.has(named.name)) {
        seen.add(named.name);
        for (const f of Object.values(named.getFields())) visit(f.name, f.type);
      }
    };
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    for (const root of roots.filter((t): t is GraphQLObjectType => !!t))
      for (const field of Object.values(root.getFields()))
        for (const arg of field.args) visit(arg.name, arg.type);
    expect(found.has('avoid')).toBe(true);
    const unchecked = [...found].filter(
      (a) => !ID_ARGS.has(a) && !MORE_ID_ARGS.has(a) && !NOT_ENTITY_ID_ARGS.has(a),
    );
    expect(unchecked).toEqual([]);
    expect(
      askedIn(JSON.stringify([{ name: 'shortestPaths', args: { avoid: ['x:1'] } }])).ids,
    ).toEqual(['x:1']);
  });
});
