import neo4j, { Node, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cluesOf, toEdge, toEntity } from './entity.js';

const node = new Node(
  neo4j.int(1),
  ['Entity', 'Person'],
  {
    id: 'FGJ:persona:1',
    caption: 'José Pérez',
    givenNames: 'José',
    aliases: ['El Güero'],
    curp: null,
    phones: [],
    zone: 'Norte',
    source: 'FGJ',
    sourceId: 'persona:1',
    reliability: 'B',
    credibility: neo4j.int(2),
    classification: neo4j.int(1),
  },
  'e1',
);

describe('toEntity / toEdge', () => {
  it('types and captions a node, and converts its fields and provenance when read', () => {
    const e = toEntity(node);
    expect(e).toMatchObject({ id: 'FGJ:persona:1', type: 'Person', caption: 'José Pérez' });
    expect(e.fields.map((f) => f.key)).toEqual(['givenNames', 'aliases', 'zone']);
    expect(e.fields).toBe(e.fields); // converted once
    expect(e.provenance).toMatchObject({ source: 'FGJ', reliability: 'B', credibility: 2 });
  });

  it('serialises whole, fields and provenance included', () => {
    const json = JSON.parse(JSON.stringify(toEntity(node))) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      ['caption', 'degree', 'fields', 'id', 'provenance', 'type'].sort(),
    );
    const rel = new Relationship(
      neo4j.int(7),
      neo4j.int(1),
      neo4j.int(2),
      'USES_PHONE',
      {
        source: 'SSC',
        since: '2024-01-01',
      },
      'r7',
      'e1',
      'e2',
    );
    const edge = JSON.parse(JSON.stringify(toEdge(rel, 'a', 'b'))) as Record<string, unknown>;
    expect(edge).toMatchObject({ id: 'r7', type: 'USES_PHONE', source: 'a', target: 'b' });
    expect(edge.fields).toEqual([{ key: 'since', value: '2024-01-01', type: 'date' }]);
  });

  it('falls back to the id when a node has no caption', () => {
    const bare = new Node(neo4j.int(2), ['Entity'], { id: 'x:1' }, 'e2');
    expect(toEntity(bare)).toMatchObject({ type: 'Entity', caption: 'x:1' });
  });
});

describe('cluesOf', () => {
  const thing = (type: string) =>
    toEntity(new Node(neo4j.int(3), ['Entity', type], { id: `x:${type}` }, 'e3'));

  it("names a phone's, vehicle's or account's holders, three and then an ellipsis", () => {
    expect(cluesOf(thing('Phone'), ['Ana', 'Beto'])).toEqual([
      { key: 'usedBy', value: 'Ana; Beto', type: 'list' },
    ]);
    expect(cluesOf(thing('Vehicle'), ['Ana', 'Beto', 'Carla', 'Dora'])).toEqual([
      { key: 'ownedBy', value: 'Ana; Beto; Carla; …', type: 'list' },
    ]);
    expect(cluesOf(thing('BankAccount'), ['Ana'])[0]!.key).toBe('heldBy');
    // No holder the reader may see: no clue at all, rather than an empty one.
    expect(cluesOf(thing('Phone'), [])).toEqual([]);
    // A person's ties are what it is a member of, after its own fields.
    expect(cluesOf(toEntity(node), ['Los Tlacuaches', 'Célula Norte'])).toEqual([
      expect.objectContaining({ key: 'aliases' }),
      { key: 'memberOf', value: 'Célula Norte; Los Tlacuaches', type: 'list' },
    ]);
    // Ended memberships after the standing ones, under their own key (QA: former members read
    // as members); three names in all, then the ellipsis.
    const past = (name: string) => ({ name, ended: true });
    const now = (name: string) => ({ name, ended: false });
    expect(
      cluesOf(toEntity(node), [past('Célula Sur'), now('Los Tlacuaches'), past('Anillo')]),
    ).toEqual([
      expect.objectContaining({ key: 'aliases' }),
      { key: 'memberOf', value: 'Los Tlacuaches', type: 'list' },
      { key: 'formerMemberOf', value: 'Anillo; Célula Sur', type: 'list' },
    ]);
    expect(cluesOf(toEntity(node), [now('B'), now('A'), now('C'), past('D')]).slice(1)).toEqual([
      { key: 'memberOf', value: 'A; B; C; …', type: 'list' },
    ]);
    expect(cluesOf(toEntity(node), [past('B'), now('A'), past('C'), past('D')]).slice(1)).toEqual([
      { key: 'memberOf', value: 'A', type: 'list' },
      { key: 'formerMemberOf', value: 'B; C; …', type: 'list' },
    ]);
    expect(cluesOf(toEntity(node), []).map((f) => f.key)).toEqual(['aliases']);
    expect(cluesOf(thing('Case'), ['Ana'])).toEqual([]);
  });
});
