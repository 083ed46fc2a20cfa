// The force layout as Canvas runs it, on a headless Cytoscape: where there is no Worker (Node)
// the layout runs in place, so the same code paths are exercised.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import {
  FIT_PADDING,
  fitZoom,
  forceWhole,
  freeSpot,
  oneOfEachPile,
  ringSpot,
  settleNew,
  SPOT_CLEARANCE,
  SpotIndex,
} from './canvas-force';
import type { Position } from './graph';
import { emptyGraph } from './graph';
import { NAME_REACH, namesHidden } from './hub-names';
import { FCOSE_MAX_NODES, forceEngine } from './layouts';

const node = (id: string, position?: Position): ElementDefinition => ({
  group: 'nodes',
  data: { id },
  ...(position ? { position } : {}),
});
const link = (source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}-${target}`, source, target },
});

/** A 20 x 20 grid of old nodes, 100 px apart, each linked to its right-hand neighbour. */
function bigCanvas(): Core {
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < 400; i++) {
    elements.push(node(`o${i}`, { x: (i % 20) * 100, y: Math.floor(i / 20) * 100 }));
    if (i % 20 !== 19) elements.push(link(`o${i}`, `o${i + 1}`));
  }
  return cytoscape({ headless: true, styleEnabled: true, elements, layout: { name: 'preset' } });
}

const positions = (cy: Core) =>
  new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));

function closest(cy: Core, id: string): number {
  const p = cy.getElementById(id).position();
  let best = Infinity;
  cy.nodes().forEach((n) => {
    if (n.id() !== id)
      best = Math.min(best, Math.hypot(n.position().x - p.x, n.position().y - p.y));
  });
  return best;
}

describe('incremental layout', () => {
  it('moves only the new nodes, places them by their anchor, and stacks none', async () => {
    const cy = bigCanvas();
    const before = positions(cy);
    // Where canvas-layout's prePlace puts them: on a small spiral around the anchor, over the
    // old nodes there.
    const anchor = cy.getElementById('o210').position();
    const fresh = cy.add(
      Array.from({ length: 12 }, (_, k) => [
        node(`f${k}`, { x: anchor.x + 20 * Math.cos(k * 2.4), y: anchor.y + 20 * Math.sin(k) }),
        link('o210', `f${k}`),
      ]).flat(),
    );
    const old = cy.nodes().not(fresh.nodes());
    await settleNew(cy, fresh.nodes(), old);
    for (const [id, p] of before) expect(cy.getElementById(id).position()).toEqual(p);
    for (let k = 0; k < 12; k++) {
      const p = cy.getElementById(`f${k}`).position();
      expect(Math.hypot(p.x - anchor.x, p.y - anchor.y)).toBeLessThan(250);
      // Covering no node: 30 px nodes need 21 px each (half their size and a margin).
      expect(closest(cy, `f${k}`)).toBeGreaterThanOrEqual(42 - 0.5);
    }
  });
});

/** How close a link's line passes to the centre of a node that is not one of its ends. */
function nearestPass(cy: Core): number {
  let best = Infinity;
  cy.edges().forEach((e) => {
    const a = e.source().position();
    const b = e.target().position();
    const len2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
    cy.nodes().forEach((n) => {
      if (n.same(e.source()) || n.same(e.target())) return;
      const p = n.position();
      const t = Math.max(
        0,
        Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / len2),
      );
      best = Math.min(
        best,
        Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y))),
      );
    });
  });
  return best;
}

describe('a path drawn between two entities on the canvas', () => {
  it('goes beside them, in order, with no link through either (QA, session 27)', async () => {
    // Two people drawn side by side; Connect brings the two organisations that join them.
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [node('miguel', { x: 0, y: 0 }), node('alfredo', { x: 120, y: 0 })],
      layout: { name: 'preset' },
    });
    const fresh = cy.add([
      node('celula'),
      node('tlacuaches'),
      link('miguel', 'celula'),
      link('celula', 'tlacuaches'),
      link('alfredo', 'tlacuaches'),
    ]);
    // canvas-layout registers cytoscape-svg, which looks for a window as it loads.
    vi.stubGlobal('window', globalThis);
    const { incremental } = await import('./canvas-layout');
    vi.unstubAllGlobals();
    await incremental(cy, fresh.nodes(), emptyGraph, 'fcose');
    expect(cy.getElementById('miguel').position()).toEqual({ x: 0, y: 0 });
    // Off the line through the two people (a link along it would run through them)...
    expect(nearestPass(cy)).toBeGreaterThan(30);
    // ...and in the path's order: the organisation each one belongs to is nearer them.
    const d = (a: string, b: string) => {
      const p = cy.getElementById(a).position();
      const q = cy.getElementById(b).position();
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    expect(d('celula', 'miguel')).toBeLessThan(d('celula', 'alfredo'));
    expect(d('tlacuaches', 'alfredo')).toBeLessThan(d('tlacuaches', 'miguel'));
  });
});

describe('first spots of new neighbours', () => {
  it('fan out away from the picture around their anchor, clear of every node', () => {
    // An organisation's members to the left of the anchor; its new neighbours go right.
    const old = [
      { x: 0, y: 0 },
      { x: -100, y: -60 },
      { x: -100, y: 60 },
      { x: -200, y: 0 },
      { x: -150, y: 120 },
    ];
    const index = new SpotIndex(old);
    const anchor = old[0]!;
    const spots: Position[] = [];
    for (let i = 0; i < 30; i++) {
      const p = ringSpot(anchor, 110, index);
      index.add(p);
      spots.push(p);
    }
    expect(spots[0]!.x).toBeGreaterThan(100);
    expect(Math.abs(spots[0]!.y)).toBeLessThan(40);
    const right = spots.filter((p) => p.x > anchor.x).length;
    expect(right).toBeGreaterThan(spots.length / 2);
    const all = [...old, ...spots];
    for (const p of spots)
      for (const q of all)
        if (p !== q)
          expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(SPOT_CLEARANCE);
  });
});

describe('first spots on a canvas with no clear room', () => {
  it('go where they are farthest from any node, not all to one spot', () => {
    // A 60 px lattice far wider than the rings tried: nothing is clear anywhere.
    const old: Position[] = [];
    for (let i = -40; i <= 40; i++)
      for (let j = -40; j <= 40; j++) old.push({ x: i * 60, y: j * 60 });
    const index = new SpotIndex(old);
    const spots: Position[] = [];
    for (let i = 0; i < 6; i++) {
      const p = ringSpot({ x: 0, y: 0 }, 110, index);
      index.add(p);
      spots.push(p);
    }
    expect(new Set(spots.map((p) => `${p.x},${p.y}`)).size).toBe(6);
    // Each between lattice points, not on one.
    for (const p of spots) expect(new SpotIndex(old).gap(p)).toBeGreaterThan(20);
  });
});

describe('whole-canvas force layout', () => {
  it('runs in the worker on large canvases, keeping pinned nodes', async () => {
    expect(forceEngine(FCOSE_MAX_NODES)).toBe('fcose');
    expect(forceEngine(FCOSE_MAX_NODES + 1)).toBe('worker');
    const cy = bigCanvas();
    cy.add(Array.from({ length: 400 }, (_, k) => [node(`x${k}`), link(`o${k}`, `x${k}`)]).flat());
    cy.getElementById('o0').lock();
    await forceWhole(cy);
    expect(cy.getElementById('o0').position()).toEqual({ x: 0, y: 0 });
    for (const id of ['o5', 'x5', 'x399']) expect(closest(cy, id)).toBeGreaterThan(14);
  });
});

describe('a place for an entity added from search', () => {
  it('is the middle on an empty canvas, else the nearest spot clear of nodes and labels', () => {
    const centre = { x: 500, y: 300 };
    expect(freeSpot([], centre)).toEqual(centre);
    const taken: Position[] = [];
    for (let i = 0; i < 12; i++) taken.push(freeSpot(taken, centre));
    // Twelve in a row: none within a label's width beside, or a node's height above, another.
    for (const [i, p] of taken.entries())
      for (const q of taken.slice(i + 1))
        expect(Math.abs(p.x - q.x) >= 170 || Math.abs(p.y - q.y) >= 90).toBe(true);
    // And they stay near the middle (not strung out along a line).
    expect(Math.max(...taken.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y)))).toBeLessThan(
      400,
    );
  });
});

describe('piles on the map', () => {
  it('keeps the first of each pile where it is and spreads the rest around it, names clear', async () => {
    // An address and eight cases that happened there, metres apart: drawn on one spot.
    const elements = [
      node('home', { x: 0, y: 0 }),
      ...Array.from({ length: 8 }, (_, k) => node(`c${k}`, { x: k * 0.5, y: 0 })),
      ...Array.from({ length: 8 }, (_, k) => link(`c${k}`, 'home')),
      node('far', { x: 900, y: 400 }),
    ];
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      layout: { name: 'preset' },
    });
    const held = oneOfEachPile(cy.nodes());
    expect(held.map((n) => n.id()).sort()).toEqual(['far', 'home']);
    await settleNew(cy, cy.nodes().not(held).nodes(), held);
    expect(cy.getElementById('home').position()).toEqual({ x: 0, y: 0 });
    for (let k = 0; k < 8; k++) expect(closest(cy, `c${k}`)).toBeGreaterThanOrEqual(30);
  });
});

describe('fitZoom', () => {
  const room = { w: 1006, h: 679 };

  it('fills the room within the padding, no closer than twice the size', () => {
    expect(fitZoom({ w: 463, h: 100 }, room, 1)).toBeCloseTo((1006 - 2 * FIT_PADDING) / 463);
    expect(fitZoom({ w: 100, h: 599 }, room, 1)).toBeCloseTo((679 - 2 * FIT_PADDING) / 599);
    expect(fitZoom({ w: 10, h: 10 }, room, 1)).toBe(2);
  });

  it('leaves room beside the drawing for names HubNames writes at their reading size', () => {
    // A wide hierarchy, its left-most node's 150 px name half outside its box at the model's
    // scale: zoomed out past Cytoscape's names, HubNames writes it 156 px wide, centred.
    const bb = { w: 2400, h: 500 };
    const nameHalf = 75; // model units, inside `bb`
    for (const ratio of [1, 2]) {
      const w = ratio === 1 ? room.w : 500;
      const zoom = fitZoom(bb, { w, h: room.h }, ratio);
      expect(namesHidden(zoom, ratio)).toBe(true);
      // The left-most node's centre on screen, the drawing centred in the room.
      const left = w / 2 - (zoom * bb.w) / 2 + zoom * nameHalf;
      expect(left - NAME_REACH).toBeGreaterThanOrEqual(0);
    }
    // Where Cytoscape draws the names, they are in the box: the usual padding.
    const near = fitZoom({ w: 1500, h: 500 }, { w: 1000, h: 1000 }, 2);
    expect(namesHidden(near, 2)).toBe(false);
    expect(near).toBeCloseTo((1000 - 2 * FIT_PADDING) / 1500);
  });
});
