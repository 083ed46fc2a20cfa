// The web (web/src/lib/selections.ts) asks for entities by id in requests the API's cost rule
// accepts, and no smaller than it must (QA: thirty names in one request cost 300 of 200 and were refused, unseen).
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODES_PER_REQUEST, nodesQuery } from '../../web/src/lib/selections.js';
import { costLimit } from '../src/graphql/cost.js';
import { loadSchema } from '../src/graphql/index.js';
import { MAX_COST } from '../src/plugins/graphql.js';

const schema = buildSchema(loadSchema());
const errors = (n: number, full: boolean) => {
  const ids = Array.from({ length: n }, (_, i) => `x:${i}`);
  return validate(schema, parse(nodesQuery(ids, full).query), [
    ...specifiedRules,
    costLimit(MAX_COST),
  ]).map((e) => e.message);
};

describe('entities by id, per request', () => {
  for (const full of [false, true]) {
    const size = full ? NODES_PER_REQUEST.full : NODES_PER_REQUEST.named;
    it(`${full ? 'whole entities' : 'names'}: ${size} pass the cost limit, one more would not`, () => {
      expect(errors(size, full)).toEqual([]);
      expect(errors(size + 1, full).join(' ')).toMatch(/more than the limit of 200/);
    });
  }
});
