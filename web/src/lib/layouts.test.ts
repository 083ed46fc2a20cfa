import { describe, expect, it } from 'vitest';
import { edge, entity, field } from './fixtures';
import { addSubgraph, emptyGraph } from './graph';
import { geoPositions, locationOf, ringsFrom } from './layouts';

const place = (id: string, lat: number, lon: number) =>
  entity(id, { type: 'Address', fields: [field('location', `${lat}, ${lon}`, 'point')] });
const g = addSubgraph(emptyGraph, {
  nodes: [
    place('north', 19.5, -99.1),
    place('south', 19.3, -99.1),
    place('east', 19.4, -99.0),
    entity('person'),
    entity('lonely'),
    entity('friend'),
  ],
  edges: [
    edge('l1', 'person', 'north', { type: 'LIVES_AT' }),
    edge('l2', 'person', 'south', { type: 'LIVES_AT' }),
    edge('f', 'friend', 'person'),
  ],
});
const all = new Set(g.nodes.keys());

describe('geographic layout', () => {
  it('reads a point field and ignores anything else', () => {
    expect(locationOf(g.nodes.get('north')!)).toEqual({ lat: 19.5, lon: -99.1 });
    expect(locationOf(entity('x', { fields: [field('location', 'n/a', 'string')] }))).toBeNull();
  });

  it('puts north up and east right, and unlocated entities near their placed neighbours', () => {
    const p = geoPositions(g, all, 1000);
    expect(p.get('north')!.y).toBeLessThan(p.get('south')!.y);
    expect(p.get('east')!.x).toBeGreaterThan(p.get('north')!.x);
    const person = p.get('person')!;
    const mid = (p.get('north')!.y + p.get('south')!.y) / 2;
    expect(Math.abs(person.y - mid)).toBeLessThan(50);
    // Two rounds out: the friend sits near the person.
    expect(Math.hypot(p.get('friend')!.x - person.x, p.get('friend')!.y - person.y)).toBeLessThan(
      60,
    );
    // Nothing to go by: a row under the map.
    expect(p.get('lonely')!.y).toBeGreaterThan(p.get('south')!.y);
  });
});

describe('concentric rings', () => {
  it('counts hops from the centre; the unreachable go one ring further out', () => {
    const rings = ringsFrom(g, all, 'friend');
    expect(Object.fromEntries(rings)).toEqual({
      friend: 0,
      person: 1,
      north: 2,
      south: 2,
      east: 3,
      lonely: 3,
    });
  });
});
