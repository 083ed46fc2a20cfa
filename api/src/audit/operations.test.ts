import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { summarise } from './operations.js';

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
});
