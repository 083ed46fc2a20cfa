import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { introspects } from './introspection.js';

describe('introspects', () => {
  it('finds __schema and __type wherever they are asked for', () => {
    for (const q of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "User") { fields { name } } }',
      'query A { me { username } } query B { __schema { types { name } } }',
      '{ ...F } fragment F on Query { __schema { types { name } } }',
      '{ ... on Query { t: __type(name: "Role") { name } } }',
    ])
      expect(introspects(parse(q)), q).toBe(true);
  });

  it('lets ordinary queries and __typename through', () => {
    for (const q of ['{ me { username __typename } }', '{ __typename }', 'mutation { __typename }'])
      expect(introspects(parse(q)), q).toBe(false);
  });
});
