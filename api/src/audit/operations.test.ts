import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../graphql/index.js';
import { summarise as summariseIn } from './operations.js';

const schema = buildSchema(loadSchema());
const summarise = (...args: [Parameters<typeof summariseIn>[1], Record<string, unknown>]) =>
  summariseIn(schema, ...args);

describe('audit summary of an operation', () => {
  it('names the root fields and the entities, also inside input objects', () => {
    const s = summarise(
      parse('mutation($i: ProposeHypothesisInput!) { proposeHypothesis(input: $i) { id } }'),
      { i: { fromId: 'FGJ:persona:1', toId: 'SSC:persona:2', evidenceIds: ['C5:incidente:3'] } },
    );
    expect(s?.action).toBe('mutation:proposeHypothesis');
    expect(s?.entities.sort()).toEqual(['C5:incidente:3', 'FGJ:persona:1', 'SSC:persona:2']);
  });

  it('names both sides of the links counted between entities', () => {
    const s = summarise(
      parse('query($o: [ID!]!) { linkBundles(ids: ["phone:1"], others: $o) { count } }'),
      { o: ['phone:2', 'phone:3'] },
    );
    expect(s?.entities.sort()).toEqual(['phone:1', 'phone:2', 'phone:3']);
  });

  it('redacts passwords wherever they are', () => {
    const s = summarise(
      parse(
        'mutation { createUser(input: {username: "u", password: "secreto", roles: [ANALYST]}) { username } }',
      ),
      {},
    );
    expect(JSON.stringify(s?.fields)).not.toContain('secreto');
    expect(s?.fields[0]?.args).toMatchObject({ input: { password: '[redacted]', username: 'u' } });
  });

  it("finds root fields inside fragments and ids given as variables' defaults (security review)", () => {
    for (const query of [
      'query { ... on Query { node(id: "FGJ:persona:1") { id } } }',
      'query { ...F } fragment F on Query { node(id: "FGJ:persona:1") { id } }',
      'query($id: ID! = "FGJ:persona:1") { node(id: $id) { id } }',
      'query($skip: Boolean! = false) { node(id: "FGJ:persona:1") @skip(if: $skip) { id } }',
    ]) {
      const s = summarise(parse(query), {});
      expect(s?.action, query).toBe('query:node');
      expect(s?.entities, query).toEqual(['FGJ:persona:1']);
      expect(s?.fields, query).toEqual([{ name: 'node', args: { id: 'FGJ:persona:1' } }]);
    }
    const mutation = summarise(
      parse(
        'mutation { ... on Mutation { proposeHypothesis(input: {type: ASSOCIATE, fromId: "a:1", toId: "b:2", rationale: "r", confidence: 0.5, reliability: "C", credibility: 3}) { id } } }',
      ),
      {},
    );
    expect(mutation?.action).toBe('mutation:proposeHypothesis');
    expect(mutation?.entities.sort()).toEqual(['a:1', 'b:2']);
  });

  it('leaves out fields that do not run, and keeps each alias', () => {
    const s = summarise(
      parse(
        'query($no: Boolean!) { a: node(id: "x:1") { id } b: node(id: "x:2") { id } c: node(id: "x:3") @include(if: $no) { id } }',
      ),
      { no: false },
    );
    expect(s?.action).toBe('query:node,node');
    expect(s?.entities).toEqual(['x:1', 'x:2']);
  });

  it('records arguments as written when the request does not fit the schema', () => {
    const s = summarise(
      parse('query { node(id: "x:1", nonsense: 3) { id } nofield(id: "x:2") }'),
      {},
    );
    expect(s?.action).toBe('query:node,nofield');
    expect(s?.entities).toEqual(['x:1', 'x:2']);
  });

  it('records a request whose variables do not do, as written (it fails, but was tried)', () => {
    // `@skip` on a variable not sent: graphql-js cannot say which fields run.
    const s = summarise(parse('query($s: Boolean!) { node(id: "x:1") @skip(if: $s) { id } }'), {});
    expect(s?.action).toBe('query:node');
    expect(s?.entities).toEqual(['x:1']);
    // A variable of the wrong type: recorded as sent.
    const t = summarise(parse('query($id: ID!) { node(id: $id) { id } }'), { id: ['x:2'] });
    expect(t?.entities).toEqual(['x:2']);
  });
});
