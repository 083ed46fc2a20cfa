import { describe, expect, it } from 'vitest';
import type { Entity, Neighborhood } from './api';
import { addEntity, addNeighborhood, drawableEdges, emptyGraph, shownDegree } from './graph';

const provenance = {
  source: 'FGJ',
  sourceId: '1',
  ingestedAt: null,
  reliability: 'B',
  credibility: 2,
  sources: [],
};
const entity = (id: string): Entity => ({
  id,
  type: 'Person',
  caption: id,
  fields: [],
  provenance,
});

describe('domain graph transitions', () => {
  it('adds an entity once and keeps the original graph unchanged', () => {
    const g1 = addEntity(emptyGraph, entity('a'));
    const g2 = addEntity(g1, entity('a'));
    expect(g2).toBe(g1);
    expect([...g1.nodes.keys()]).toEqual(['a']);
    expect(emptyGraph.nodes.size).toBe(0);
  });

  it('merges a neighbourhood and records the total degree', () => {
    const n: Neighborhood = {
      centre: entity('a'),
      total: 7,
      nodes: [entity('b'), entity('c')],
      edges: [
        { id: 'e1', type: 'KNOWS', source: 'a', target: 'b', fields: [], provenance },
        { id: 'e2', type: 'KNOWS', source: 'c', target: 'a', fields: [], provenance },
      ],
    };
    const g = addNeighborhood(addEntity(emptyGraph, entity('a')), n);
    expect([...g.nodes.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(g.totals.get('a')).toBe(7);
    expect(shownDegree(g, 'a')).toBe(2);
    expect(drawableEdges(g).map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('never draws an edge with a missing end', () => {
    const g = {
      ...emptyGraph,
      nodes: new Map([['a', entity('a')]]),
      edges: new Map([
        ['e', { id: 'e', type: 'X', source: 'a', target: 'z', fields: [], provenance }],
      ]),
    };
    expect(drawableEdges(g)).toEqual([]);
  });
});
