import { describe, expect, it } from 'vitest';
import { proposerFor } from './proposer';

const people = [
  { username: 'analista', displayName: 'Ana Analista' },
  { username: 'supervisora', displayName: 'Sofía Supervisora' },
  { username: 'supervisor.dos', displayName: 'Sofía Segunda' },
];

describe("the queue's proposer filter", () => {
  it('takes a username or a name, whole or in part, without accents or case', () => {
    expect(proposerFor('analista', people)).toBe('analista');
    expect(proposerFor('ana analista', people)).toBe('analista');
    expect(proposerFor('Ana', people)).toBe('analista');
    expect(proposerFor('segunda', people)).toBe('supervisor.dos');
    expect(proposerFor('  ', people)).toBeNull();
  });

  it('names nobody when the text fits several people or none', () => {
    expect(proposerFor('sofia', people)).toBe('sofia');
    expect(proposerFor('pedro', people)).toBe('pedro');
  });
});
