import { describe, expect, it } from 'vitest';
import { forceLayout, treeSeed, type Box, type ForceEdge, type ForceNode } from './force-layout';
import { runForceLayout } from './force-run';

/** Two leaders with 60 members each, members also linked in a chain, and a bridge. */
function cells(): { nodes: ForceNode[]; edges: ForceEdge[] } {
  const nodes: ForceNode[] = [{ id: 'a' }, { id: 'b' }];
  const edges: ForceEdge[] = [{ source: 'a', target: 'b' }];
  for (const leader of ['a', 'b']) {
    for (let k = 0; k < 60; k++) {
      const id = `${leader}${k}`;
      nodes.push({ id });
      edges.push({ source: leader, target: id });
      if (k > 0) edges.push({ source: `${leader}${k - 1}`, target: id });
    }
  }
  return { nodes, edges };
}

const at = (xy: Float64Array, i: number) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! });
/** A clock that never advances: the time budget never binds, so runs are comparable. */
const frozen = () => 0;

function closestPair(xy: Float64Array): number {
  let best = Infinity;
  for (let i = 0; i < xy.length / 2; i++) {
    for (let j = i + 1; j < xy.length / 2; j++) {
      const [p, q] = [at(xy, i), at(xy, j)];
      best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    }
  }
  return best;
}

describe('force layout', () => {
  it('leaves no node stacked on another, even a leader with 60 members', () => {
    const { nodes, edges } = cells();
    const { xy } = forceLayout(nodes, edges, { nodeRadius: 20 }, undefined, frozen);
    // Collision keeps centres about 2 x nodeRadius apart; half of that is still clearly apart.
    expect(closestPair(xy)).toBeGreaterThan(20);
  });

  it('gives a big node the room it asks for', () => {
    const { nodes, edges } = cells();
    nodes[0] = { id: 'a', radius: 60 };
    const { xy } = forceLayout(nodes, edges, { nodeRadius: 20 }, undefined, frozen);
    const a = at(xy, 0);
    for (let i = 1; i < nodes.length; i++) {
      // Collision is soft: allow a fifth of the 80 px the pair needs.
      expect(Math.hypot(at(xy, i).x - a.x, at(xy, i).y - a.y)).toBeGreaterThan(64);
    }
  });

  it('keeps members near their leader and the two cells apart', () => {
    const { nodes, edges } = cells();
    const { xy } = forceLayout(nodes, edges, {}, undefined, frozen);
    const dist = (i: number, j: number) =>
      Math.hypot(at(xy, i).x - at(xy, j).x, at(xy, i).y - at(xy, j).y);
    // Node 2 is a0 (a member of a), node 62 is b0 (a member of b).
    expect(dist(2, 0)).toBeLessThan(dist(2, 1));
    expect(dist(62, 1)).toBeLessThan(dist(62, 0));
  });

  it('never moves a fixed node', () => {
    const { nodes, edges } = cells();
    nodes[0] = { id: 'a', x: 500, y: -300, fixed: true };
    nodes[5] = { ...nodes[5]!, x: 10, y: 20, fixed: true };
    const { xy } = forceLayout(nodes, edges, {}, undefined, frozen);
    expect(at(xy, 0)).toEqual({ x: 500, y: -300 });
    expect(at(xy, 5)).toEqual({ x: 10, y: 20 });
  });

  it('gives the same positions for the same input', () => {
    const { nodes, edges } = cells();
    const first = forceLayout(nodes, edges, {}, undefined, frozen);
    const second = forceLayout(nodes, edges, {}, undefined, frozen);
    expect(second.xy).toEqual(first.xy);
    expect(second.ticks).toBe(first.ticks);
  });

  it('stops at the tick budget, and sizes its steps to the time budget', () => {
    const { nodes, edges } = cells();
    expect(forceLayout(nodes, edges, { maxTicks: 40 }, undefined, frozen).ticks).toBe(40);
    // 50 ms for every 10 steps: a 1 s budget affords 200 of the 300 steps.
    let t = 0;
    const clock = () => (t += 50) - 50;
    const progress: number[] = [];
    const run = forceLayout(nodes, edges, { budgetMs: 1000 }, (done) => progress.push(done), clock);
    expect(run.ticks).toBe(200);
    expect(progress.at(-1)).toBe(200);
    // Never fewer than minTicks, however slow the machine.
    t = 0;
    const slow = () => (t += 10_000) - 10_000;
    expect(forceLayout(nodes, edges, { minTicks: 30 }, undefined, slow).ticks).toBe(30);
  });

  it('lays out 2,000 nodes in a few seconds', () => {
    const nodes: ForceNode[] = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}` }));
    const edges: ForceEdge[] = nodes.flatMap((_, i) => [
      { source: `n${i}`, target: `n${(i * 7 + 1) % 2000}` },
      { source: `n${i}`, target: `n${Math.floor(i / 40) * 40}` },
    ]);
    const run = forceLayout(nodes, edges, { budgetMs: 2000 });
    expect(run.ms).toBeLessThan(6000);
    expect(closestPair(run.xy)).toBeGreaterThan(14);
  });
});

describe('starting spots', () => {
  it('puts neighbours next to each other and keeps given positions', () => {
    const nodes: ForceNode[] = [{ id: 'hub', x: 100, y: 100 }, { id: 'a' }, { id: 'b' }];
    const edges = [
      { source: 'hub', target: 'a' },
      { source: 'a', target: 'b' },
    ];
    const [hub, a, b] = treeSeed(nodes, edges, 40);
    expect(hub).toEqual({ x: 100, y: 100 });
    expect(Math.hypot(a!.x - 100, a!.y - 100)).toBeCloseTo(40);
    expect(Math.hypot(b!.x - a!.x, b!.y - a!.y)).toBeCloseTo(40);
  });
});

describe('running it', () => {
  it('returns positions by id (in place where there is no Worker)', async () => {
    const run = await runForceLayout(
      [{ id: 'x', x: 0, y: 0, fixed: true }, { id: 'y' }],
      [{ source: 'x', target: 'y' }],
    );
    expect([...run.positions.keys()]).toEqual(['x', 'y']);
    expect(run.positions.get('x')).toEqual({ x: 0, y: 0 });
  });
});

describe('new nodes among held ones', () => {
  it('leaves none on a node, however hard its anchor and its start pull it there', () => {
    // A new node starting on an old one, linked to a second old one right behind it, pulled
    // back to its start: the forces alone left it on the first.
    const nodes: ForceNode[] = [
      { id: 'old', x: 0, y: 0, fixed: true, radius: 23 },
      { id: 'anchor', x: 40, y: 0, fixed: true, radius: 23 },
      { id: 'new', x: 2, y: 1, radius: 23 },
      { id: 'new2', x: 2, y: 1, radius: 23 },
    ];
    const edges: ForceEdge[] = [
      { source: 'anchor', target: 'new' },
      { source: 'anchor', target: 'new2' },
    ];
    const { xy } = forceLayout(nodes, edges, {
      pullTo: 'start',
      gravity: 0.5,
      linkDistance: 5,
      separate: true,
    });
    const at = (i: number) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! });
    expect(at(0)).toEqual({ x: 0, y: 0 });
    expect(at(1)).toEqual({ x: 40, y: 0 });
    for (const i of [2, 3])
      for (const j of [0, 1, 2, 3])
        if (i !== j)
          expect(Math.hypot(at(i).x - at(j).x, at(i).y - at(j).y)).toBeGreaterThanOrEqual(46 - 0.5);
  });
});

describe('names under nodes', () => {
  /** A centre held still and `n` new neighbours on a ring around it, as an expansion draws. */
  function star(n: number, box?: Box): ForceNode[] {
    const nodes: ForceNode[] = [{ id: 'centre', x: 0, y: 0, fixed: true, radius: 23, box }];
    for (let k = 0; k < n; k++) {
      const a = (2 * Math.PI * k) / n;
      nodes.push({ id: `n${k}`, x: 110 * Math.cos(a), y: 110 * Math.sin(a), radius: 42, box });
    }
    return nodes;
  }
  /** How many pairs of nodes, each with its name (150 px wide) under it, meet on screen. */
  function meeting(xy: Float64Array, box: Box): number {
    let count = 0;
    for (let i = 0; i < xy.length / 2; i++)
      for (let j = i + 1; j < xy.length / 2; j++) {
        const [a, b] = [at(xy, i), at(xy, j)];
        const ox = box.left + box.right - Math.abs(a.x - b.x);
        const oy = box.top + box.bottom - Math.abs(a.y - b.y);
        if (ox > 0 && oy > 0) count++;
      }
    return count;
  }
  const named: Box = { left: 75, right: 75, top: 23, bottom: 45 };
  const opts = { pullTo: 'start', linkDistance: 110, separate: true } as const;

  it('keeps every name clear of the other nodes and names when the nodes have boxes', () => {
    for (const n of [6, 20, 40]) {
      const nodes = star(n, named);
      const edges = nodes.slice(1).map((d) => ({ source: 'centre', target: d.id }));
      const { xy } = forceLayout(nodes, edges, opts);
      expect(at(xy, 0)).toEqual({ x: 0, y: 0 });
      expect(meeting(xy, named)).toBe(0);
    }
  });

  it('takes a new node hemmed in among drawn ones to the nearest spot where it meets none', () => {
    // Drawn nodes in a tight ring (their names touch), a new one in the middle linked to all.
    const nodes: ForceNode[] = [];
    for (let k = 0; k < 8; k++) {
      const a = (2 * Math.PI * k) / 8;
      nodes.push({
        id: `d${k}`,
        x: 150 * Math.cos(a),
        y: 90 * Math.sin(a),
        fixed: true,
        box: named,
      });
    }
    nodes.push({ id: 'new', x: 0, y: 0, box: named });
    const edges = nodes.slice(0, 8).map((d) => ({ source: d.id, target: 'new' }));
    const { xy } = forceLayout(nodes, edges, opts);
    expect(meeting(xy, named)).toBe(
      meeting(new Float64Array(nodes.slice(0, 8).flatMap((d) => [d.x!, d.y!])), named),
    );
  });

  it('as circles, the same star prints names over each other', () => {
    const nodes = star(20);
    const edges = nodes.slice(1).map((d) => ({ source: 'centre', target: d.id }));
    expect(meeting(forceLayout(nodes, edges, opts).xy, named)).toBeGreaterThan(10);
  });
});
