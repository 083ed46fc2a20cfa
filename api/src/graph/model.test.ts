import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../graphql/index.js';
import { checkLabels, relPattern, TIMELINE_KINDS } from './model.js';

describe('allow-listed Cypher names', () => {
  it('writes only allow-listed labels and types', () => {
    expect(relPattern('r', [])).toBe('r');
    expect(relPattern('r', ['MEMBER_OF', 'ASSOCIATE_OF', 'MEMBER_OF'])).toBe(
      'r:MEMBER_OF|ASSOCIATE_OF',
    );
    expect(checkLabels(['Person', 'Case', 'Person'])).toEqual(['Person', 'Case']);
  });

  it('refuses anything else, including injection attempts, naming the bad value', () => {
    expect(() => relPattern('r', ['KNOWS]-() DETACH DELETE n //'])).toThrow(
      /unknown relationship type: KNOWS\]-\(\) DETACH DELETE n \/\//,
    );
    expect(() => checkLabels(['User'])).toThrow(/unknown entity type: User/);
  });

  it('knows the kinds of event the GraphQL schema offers, and no others', () => {
    const kinds = buildSchema(loadSchema()).getType('TimelineKind') as GraphQLEnumType;
    expect(kinds.getValues().map((v) => v.name)).toEqual([...TIMELINE_KINDS]);
  });
});
