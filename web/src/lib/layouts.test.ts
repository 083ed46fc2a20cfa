import { describe, expect, it } from 'vitest';
import { edge, entity, field } from './fixtures';
import { addSubgraph, emptyGraph } from './graph';
import {
  geoLayout,
  rowSlots,
  locationOf,
  mapFrame,
  placeless,
  project,
  ringsFrom,
  routePositions,
  wrapRanks,
} from './layouts';

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
    const p = geoLayout(g, all, mapFrame(g, all, 1000)).positions;
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
    expect(placeless(g, all)).toEqual(['lonely']);
  });

  it('keeps a frame: what comes later goes on the same map, even beyond the first', () => {
    const first = new Set(['north', 'south']);
    const frame = mapFrame(g, first)!;
    // North and south 0.2° apart: about the width the frame was made for (a power of two).
    const apart = project(frame, -99.1, 19.3).y - project(frame, -99.1, 19.5).y;
    expect(apart).toBeGreaterThan(1200 / Math.SQRT2);
    expect(apart).toBeLessThan(1200 * Math.SQRT2);
    expect(Math.log2(frame.scale) % 1).toBe(0);
    const later = geoLayout(g, all, frame).positions;
    // East of both, outside the first frame: where its point is in that frame, not in one
    // made afresh for the three.
    expect(later.get('east')).toEqual(project(frame, -99.0, 19.4));
    expect(later.get('north')).toEqual(geoLayout(g, first, frame).positions.get('north'));
    expect(mapFrame(g, new Set(['person', 'lonely']))).toBeNull();
  });

  it('makes a frame that tells nothing of where its entities are', () => {
    // The same span elsewhere (a hidden entity's place, say): the same frame.
    const moved = addSubgraph(emptyGraph, {
      nodes: [place('n2', 19.45, -99.3), place('s2', 19.25, -99.3)],
      edges: [],
    });
    expect(mapFrame(moved, new Set(['n2', 's2']))).toEqual(
      mapFrame(g, new Set(['north', 'south'])),
    );
    // The corner the server accepts (api/src/graphql/investigations/canvas.ts MAP_FRAME_CORNER,
    // held to the same numbers by api/test/investigations.int.test.ts).
    expect(mapFrame(g, all)).toMatchObject({
      lon0: -99.5,
      lat1: 19.75,
      kx: Math.cos((19.4 * Math.PI) / 180),
    });
  });

  it('puts what it cannot place in rows with room for the names (up to 150 px)', () => {
    const lost = addSubgraph(emptyGraph, {
      nodes: Array.from({ length: 10 }, (_, k) => entity(`p${k}`)),
      edges: [],
    });
    const ids = new Set(lost.nodes.keys());
    expect(placeless(lost, ids)).toHaveLength(10);
    const p = [...geoLayout(lost, ids).positions.values()];
    for (const [i, a] of p.entries())
      for (const b of p.slice(i + 1))
        expect(Math.abs(a.x - b.x) >= 160 || Math.abs(a.y - b.y) >= 80).toBe(true);
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

describe('routes from one entity to another', () => {
  it('puts the first route on a line from "from" to "to", the others in rows around it', () => {
    const route = (...ids: string[]) => ({ nodes: ids.map((id) => ({ id })) });
    // The API may give a route either way round; the second is longer and shares x with the first.
    const at = routePositions(
      [route('a', 'x', 'y', 'b'), route('b', 'z', 'x', 'w', 'v', 'a'), route('a', 'u', 'b')],
      'a',
      { x: 10, y: 20 },
    );
    const [ax, bx] = [at.get('a')!, at.get('b')!];
    expect(ax).toEqual({ x: 10, y: 20 });
    expect(bx.y).toBe(20);
    expect(bx.x).toBeGreaterThan(ax.x);
    // The first route on the line, in order and evenly.
    const xs = ['a', 'x', 'y', 'b'].map((id) => at.get(id)!);
    expect(xs.every((p) => p.y === 20)).toBe(true);
    expect(xs[1]!.x - xs[0]!.x).toBeCloseTo(xs[3]!.x - xs[2]!.x);
    // The second above the line, in its order from a (v, w, then z); x keeps its first place.
    const second = ['v', 'w', 'z'].map((id) => at.get(id)!);
    expect(second.every((p) => p.y < 20)).toBe(true);
    expect(second.map((p) => p.x)).toEqual([...second.map((p) => p.x)].sort((p, q) => p - q));
    expect(at.get('x')!.y).toBe(20);
    // The third below it.
    expect(at.get('u')!.y).toBeGreaterThan(20);
  });
});

describe('rows under the map', () => {
  it('skips the places rows already there take', () => {
    const placed = [
      { x: 100, y: 0 },
      { x: 300, y: 200 },
    ];
    const first = rowSlots(placed);
    const a = first.next().value;
    const b = first.next().value;
    expect(a).toEqual({ x: 100, y: 380 });
    // Every other one a step lower, so that names wider than a step keep apart.
    expect(b.y).toBe(470);
    expect(b.x).toBeGreaterThan(a.x);
    // With `a` taken (and a node drawn nearly on `b`), the next free place is the third.
    const more = rowSlots(placed, [a, { x: b.x + 10, y: b.y - 5 }]);
    const c = more.next().value;
    expect(c.y).toBe(380);
    expect(c.x).toBeGreaterThan(b.x);
  });
});

describe('hierarchical ranks wrapped into rows', () => {
  // A gang: its leader, seventy members side by side in dagre's one rank, one case below.
  const members = Array.from({ length: 70 }, (_, i) => ({
    id: `m${String(i).padStart(2, '0')}`,
    x: i * 120,
    y: 100,
    width: 100,
    height: 50,
  }));
  const placed = [
    { id: 'leader', x: 4140, y: 0, width: 100, height: 50 },
    ...members,
    { id: 'case', x: 4140, y: 200, width: 100, height: 50 },
  ];
  // Rows 70 apart: the tallest with its name (50) and the gap (20).
  const out = wrapRanks(placed, 1200, 20);

  it('cuts a rank wider than allowed into rows no wider, in its order, centred where it was', () => {
    const rows = new Map<number, { id: string; x: number }[]>();
    for (const m of members) {
      const p = out.get(m.id)!;
      rows.set(p.y, [...(rows.get(p.y) ?? []), { id: m.id, x: p.x }]);
    }
    expect([...rows.keys()]).toEqual([100, 170, 240, 310, 380, 450, 520]);
    for (const row of rows.values()) {
      expect(row.at(-1)!.x - row[0]!.x + 100).toBeLessThanOrEqual(1200);
      expect((row.at(-1)!.x + row[0]!.x) / 2).toBeCloseTo((0 + 69 * 120) / 2);
    }
    // Read row by row, left to right, the members are in dagre's order.
    const read = [...rows.values()].flatMap((row) =>
      row.sort((a, b) => a.x - b.x).map((m) => m.id),
    );
    expect(read).toEqual(members.map((m) => m.id));
    // Rows of about equal length.
    const lengths = [...rows.values()].map((r) => r.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
  });

  it('leaves a rank that fits as it was, and moves the ranks below down by the rows added', () => {
    expect(out.get('leader')).toEqual({ x: 4140, y: 0 });
    expect(out.get('case')).toEqual({ x: 4140, y: 200 + 6 * 70 });
    const narrow = wrapRanks(placed.slice(0, 3), 1200, 20);
    expect(narrow.get('m00')).toEqual({ x: 0, y: 100 });
    expect(narrow.get('m01')).toEqual({ x: 120, y: 100 });
  });
});

describe('hierarchical ranks of uneven widths, or in a group', () => {
  const rank = [60, 60, 60, 20].map((width, i) => ({
    id: `n${i}`,
    x: i * 100,
    y: 0,
    width,
    height: 10,
  }));
  it('never makes a row wider than allowed (uneven widths can need a row more)', () => {
    const out = wrapRanks(rank, 100, 0);
    const rows = new Map<number, string[]>();
    for (const n of rank) rows.set(out.get(n.id)!.y, [...(rows.get(out.get(n.id)!.y) ?? []), n.id]);
    for (const ids of rows.values())
      expect(
        ids.reduce((s, id) => s + rank.find((n) => n.id === id)!.width, 0),
      ).toBeLessThanOrEqual(100);
  });
  it("leaves a rank holding a group's member as it is", () => {
    const out = wrapRanks(
      rank.map((n, i) => ({ ...n, fixed: i === 2 })),
      100,
      0,
    );
    expect(rank.map((n) => out.get(n.id))).toEqual(rank.map((n) => ({ x: n.x, y: 0 })));
  });
});

describe("hierarchical ranks: each parent's children together", () => {
  it('wraps a wide rank into blocks, one per cell, side by side in dagre order', () => {
    const member = (cell: string, i: number, x: number) => ({
      id: `${cell}${i}`,
      x,
      y: 100,
      width: 100,
      height: 50,
      parent: cell,
    });
    const rank = [
      ...Array.from({ length: 6 }, (_, i) => member('A', i, i * 120)),
      ...Array.from({ length: 6 }, (_, i) => member('B', i, 720 + i * 120)),
    ];
    const out = wrapRanks(rank, 800, 20);
    const xs = (cell: string) => rank.filter((n) => n.parent === cell).map((n) => out.get(n.id)!.x);
    // Two rows, each cell's six as three by two: A's block wholly left of B's.
    expect(new Set(rank.map((n) => out.get(n.id)!.y))).toEqual(new Set([100, 170]));
    expect(Math.max(...xs('A'))).toBeLessThan(Math.min(...xs('B')));
    const extent = Math.max(...xs('B')) - Math.min(...xs('A')) + 100;
    expect(extent).toBeLessThanOrEqual(800);
  });
  it('takes a row more rather than mixing cells when their blocks do not divide evenly', () => {
    // Seven cells of ten: six rows of two columns each would be fourteen columns and the room
    // between blocks, against twelve allowed.
    const rank = Array.from({ length: 70 }, (_, i) => ({
      id: `c${Math.floor(i / 10)}m${i % 10}`,
      x: i * 124,
      y: 100,
      width: 100,
      height: 50,
      parent: `c${Math.floor(i / 10)}`,
    }));
    const out = wrapRanks(rank, 12 * 124, 24);
    for (let c = 0; c + 1 < 7; c++) {
      const xs = (k: number) =>
        rank.filter((n) => n.parent === `c${k}`).map((n) => out.get(n.id)!.x);
      expect(Math.max(...xs(c)), `cell ${c}`).toBeLessThan(Math.min(...xs(c + 1)));
    }
    const all = rank.map((n) => out.get(n.id)!.x);
    expect(Math.max(...all) - Math.min(...all) + 100).toBeLessThanOrEqual(12 * 124);
  });
});
