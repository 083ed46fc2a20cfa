import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { rankNames } from './hub-names';

const node = (id: string, classes = ''): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id.toUpperCase() },
  classes,
});
const edge = (source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}-${target}`, source, target },
});

describe('rankNames', () => {
  const hub = [edge('hub', 'a'), edge('hub', 'b'), edge('hub', 'c'), edge('a', 'b')];

  it('puts the most connected first, then by name', () => {
    const ranked = rankNames([node('c'), node('b'), node('a'), node('hub'), ...hub]);
    expect(ranked.map((r) => r.id)).toEqual(['hub', 'a', 'b', 'c']);
    expect(ranked[0]).toMatchObject({ text: 'HUB', links: 3, tier: 2 });
  });

  it('puts what Connect lights first and what it fades last, whatever their links', () => {
    const ranked = rankNames([
      node('hub', 'faded'),
      node('a', 'faded'),
      node('b'),
      node('c', 'hl'),
      ...hub,
    ]);
    expect(ranked.map((r) => [r.id, r.tier])).toEqual([
      ['c', 1],
      ['b', 2],
      ['hub', 3],
      ['a', 3],
    ]);
  });

  it('leaves out nodes without a name and reads classes given as a list', () => {
    const ranked = rankNames([
      { group: 'nodes', data: { id: 'x', label: '' } },
      {
        group: 'nodes',
        data: { id: 'y', label: 'Y' },
        classes: ['more', 'hl'] as unknown as string,
      },
    ]);
    expect(ranked.map((r) => [r.id, r.tier])).toEqual([['y', 1]]);
  });
});
