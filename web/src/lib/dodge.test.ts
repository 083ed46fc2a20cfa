import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { bendFor, bendLines, bends, CLEARANCE, type Bend, type Disc } from './dodge';
import { stylesheet } from './style';

const disc = (id: string, x: number, y: number, r = 17): Disc => ({ id, x, y, r });

/** The closest the drawn curve (as Cytoscape draws a one-control-point bezier) comes to `n`. */
function closest(s: Disc, t: Disc, bend: Bend | null, n: Disc): number {
  const len = Math.hypot(t.x - s.x, t.y - s.y);
  const [ux, uy] = [(t.x - s.x) / len, (t.y - s.y) / len];
  const [x1, y1, x2, y2] = [s.x + ux * s.r, s.y + uy * s.r, t.x - ux * t.r, t.y - uy * t.r];
  const { d, w } = bend ?? { d: 0, w: 0.5 };
  const [cx, cy] = [x1 + (x2 - x1) * w - uy * d, y1 + (y2 - y1) * w + ux * d];
  let best = Infinity;
  for (let i = 0; i <= 1000; i++) {
    const k = i / 1000;
    const x = (1 - k) ** 2 * x1 + 2 * k * (1 - k) * cx + k ** 2 * x2;
    const y = (1 - k) ** 2 * y1 + 2 * k * (1 - k) * cy + k ** 2 * y2;
    best = Math.min(best, Math.hypot(x - n.x, y - n.y));
  }
  return best;
}

describe('bending links around nodes they do not join', () => {
  const a = disc('a', 0, 0);
  const b = disc('b', 400, 0);

  it('leaves a line alone when nothing stands on it', () => {
    expect(bendFor(a, b, [disc('c', 200, 80)])).toBeNull();
    expect(bends([a, b, disc('c', 200, 80)], [{ id: 'ab', source: 'a', target: 'b' }]).size).toBe(
      0,
    );
  });

  it('bends a line through a third node around it, on the side away from its centre', () => {
    const c = disc('c', 200, 6); // just below the line (y grows downwards)
    expect(closest(a, b, null, c)).toBeLessThan(c.r);
    const bend = bendFor(a, b, [c])!;
    expect(bend).not.toBeNull();
    expect(closest(a, b, bend, c)).toBeGreaterThanOrEqual(c.r + CLEARANCE - 0.5);
    // The normal of a→b is (0, 1): a negative distance bends the line up, away from c.
    expect(bend.d).toBeLessThan(0);
    expect(bend.w).toBeCloseTo(0.5, 1);
  });

  it('clears several nodes at once, and does not bend into another', () => {
    const on = [disc('c', 120, 0), disc('d', 260, -4)];
    const above = disc('e', 200, -60);
    const bend = bendFor(a, b, [...on, above])!;
    for (const n of [...on, above])
      expect(closest(a, b, bend, n), n.id).toBeGreaterThanOrEqual(n.r + CLEARANCE - 0.5);
  });

  it('bends alike wherever the drawing lies, and past the grid of cells nodes are filed in', () => {
    // Far from the origin and on negative coordinates; nodes of another size.
    const [dx, dy] = [-48_000, 31_000];
    const at = (n: Disc) => ({ ...n, x: n.x + dx, y: n.y + dy });
    const on = [disc('c', 120, 0, 30), disc('d', 260, -4, 9)].map(at);
    const above = at(disc('e', 200, -60));
    const [s, t] = [at(a), at(b)];
    const bend = bendFor(s, t, [...on, above])!;
    expect(bend).not.toBeNull();
    for (const n of [...on, above])
      expect(closest(s, t, bend, n), n.id).toBeGreaterThanOrEqual(n.r + CLEARANCE - 0.5);
  });

  it('bends the shorter lines first, and none once its time is spent', () => {
    const c = disc('c', 200, 0);
    const far = disc('far', 2000, 0);
    const lines = [
      { id: 'long', source: 'a', target: 'far' },
      { id: 'short', source: 'a', target: 'b' },
    ];
    expect([...bends([a, b, c, far], lines).keys()]).toEqual(['short', 'long']);
    expect(bends([a, b, c, far], lines, -1).size).toBe(0);
  });

  it("never counts a line's own ends, and leaves parallel lines to Cytoscape", () => {
    const c = disc('c', 200, 0);
    const got = bends(
      [a, b, c],
      [
        { id: 'ab', source: 'a', target: 'b' },
        { id: 'ac', source: 'a', target: 'c' },
        { id: 'ca', source: 'c', target: 'a' },
      ],
    );
    expect([...got.keys()]).toEqual(['ab']);
  });

  it('leaves a line straight when no bend within its length crosses fewer nodes', () => {
    const wall = Array.from({ length: 41 }, (_, i) => disc(`w${i}`, 200, -400 + i * 20, 12));
    expect(bendFor(a, b, wall)).toBeNull();
  });

  it('crosses as few nodes as it can when none of its bends clears them all', () => {
    // Three nodes on the line, and across it a wall of nodes open only where the line runs.
    const on = [disc('c', 100, 0), disc('d', 160, 0), disc('e', 300, 0)];
    const wall = [-1, 1].flatMap((side) =>
      Array.from({ length: 14 }, (_, i) => disc(`w${side}${i}`, 220, side * (30 + i * 30), 8)),
    );
    const bend = bendFor(a, b, [...on, ...wall])!;
    expect(bend).not.toBeNull();
    const crossed = [...on, ...wall].filter((n) => closest(a, b, bend, n) < n.r + CLEARANCE);
    expect(crossed.length).toBeGreaterThan(0);
    expect(crossed.length).toBeLessThan(on.length);
  });
});

describe('bending lines on the canvas', () => {
  const node = (id: string, x: number, y: number) => ({
    group: 'nodes' as const,
    data: { id, label: id, color: '#1d4ed8', shape: 'ellipse', icon: 'none', size: 34 },
    position: { x, y },
  });

  it('bends a line through a node, and straightens it once nothing stands on it any more', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet,
      layout: { name: 'preset' },
      elements: [
        node('a', 0, 0),
        node('c', 200, 0),
        node('b', 400, 0),
        {
          group: 'edges',
          data: { id: 'ab', source: 'a', target: 'b', label: '', color: '#000', width: 2 },
        },
      ],
    });
    const curve = () => cy.$id('ab').style('curve-style') as string;
    expect(curve()).toBe('bezier');
    bendLines(cy);
    expect(curve()).toBe('unbundled-bezier');
    // The node moves away: the line is drawn straight again (removing its data did not).
    cy.$id('c').position({ x: 200, y: 300 });
    bendLines(cy);
    expect(curve()).toBe('bezier');
    cy.destroy();
  });
});
