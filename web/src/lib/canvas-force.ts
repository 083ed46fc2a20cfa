// The force layout on the Cytoscape instance: what of the canvas goes to the worker, and how
// its positions come back. Kept apart from canvas-layout.ts (which registers fcose, dagre and
// the SVG exporter, a browser-only extension) so it is tested on a headless Cytoscape in Node.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Box, ForceEdge, ForceNode } from './force-layout';
import { runForceLayout } from './force-run';
import { NAME_REACH, namesHidden } from './hub-names';
import type { Position } from './graph';

/** Simple nodes: compound parents are placed by their children. */
export function simpleNodes(cy: Core): NodeCollection {
  return cy.nodes().filter((n) => !n.isParent());
}

/** Sets a position even on a pinned (locked) node: restoring an undo or a saved canvas. */
export function place(n: NodeSingular, p: Position): void {
  const locked = n.locked();
  if (locked) n.unlock();
  n.position(p);
  if (locked) n.lock();
}

/** Room a node needs, centre to edge: its drawn size (set by the size measure) and a margin. */
const radius = (n: NodeSingular) => Math.max(n.width(), n.height()) / 2 + 6;

/** Margin a node keeps around its drawn box, px (with the layout's BOX_GAP: 12 between two). */
const MARGIN = 3;

/** The node as drawn with its label (its name, under it), as distances from its centre. */
export function boxOf(n: NodeSingular): Box {
  const b = n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
  const p = n.position();
  return {
    left: p.x - b.x1 + MARGIN,
    right: b.x2 - p.x + MARGIN,
    top: p.y - b.y1 + MARGIN,
    bottom: b.y2 - p.y + MARGIN,
  };
}

/** Link length for nodes added to a drawn canvas, px (the whole-canvas layout uses 60). */
export const NEW_LINK_DISTANCE = 110;

/** Margin around a fitted drawing, px. */
export const FIT_PADDING = 40;

/** The closest a fit frames a drawing (a single node's names at twice their size). */
const FIT_MAX_ZOOM = 2;

/**
 * The zoom at which a drawing `bb` (model units) fills a room `room` (px) with FIT_PADDING
 * around it, at most FIT_MAX_ZOOM. Zoomed out so far that Cytoscape hides the names, HubNames
 * writes the kept ones in HTML at their reading size, centred under their nodes: they do not
 * shrink with the drawing, so the bounding box (names at the drawing's scale) leaves too little
 * room beside it — the left-most name was cut ("guel Ángel Maldonado…"). Then the sides keep
 * room for half the widest name beyond the outermost nodes' centres.
 */
export function fitZoom(
  bb: { w: number; h: number },
  room: { w: number; h: number },
  pixelRatio: number,
): number {
  const at = (side: number) =>
    Math.min(
      FIT_MAX_ZOOM,
      (room.w - 2 * side) / Math.max(bb.w, 1),
      (room.h - 2 * FIT_PADDING) / Math.max(bb.h, 1),
    );
  const zoom = at(FIT_PADDING);
  // Smaller still, the names stay hidden: the room kept for them is then needed.
  return namesHidden(zoom, pixelRatio) ? at(Math.max(FIT_PADDING, NAME_REACH + 2)) : zoom;
}

/**
 * Fits everything drawn in the view (see fitZoom), clear of the legend open in its bottom-left
 * corner: the drawing goes above it or to its right, whichever leaves it larger, and never
 * larger than a plain fit would.
 */
export function fitView(cy: Core): void {
  if (cy.elements().empty()) return;
  const bb = cy.elements().boundingBox();
  const ratio = globalThis.devicePixelRatio || 1;
  const fill = (room: { w: number; h: number }) => fitZoom(bb, room, ratio);
  const show = (zoom: number, mid: { x: number; y: number }) => {
    const z = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
    if (!(z > 0)) return;
    cy.viewport({
      zoom: z,
      pan: { x: mid.x - z * (bb.x1 + bb.w / 2), y: mid.y - z * (bb.y1 + bb.h / 2) },
    });
  };
  const [w, h] = [cy.width(), cy.height()];
  const plain = fill({ w, h });
  show(plain, { x: w / 2, y: h / 2 });
  const container = cy.container();
  const legend = openLegend(container);
  if (!container || !legend) return;
  const view = container.getBoundingClientRect();
  const box = legend.getBoundingClientRect();
  const above = { w: view.width, h: box.top - view.top };
  const beside = { w: view.right - box.right, h: view.height };
  const useAbove = fill(above) >= fill(beside);
  const room = useAbove ? above : beside;
  // The room's middle, in the canvas's own pixels.
  show(
    Math.min(plain, fill(room)),
    useAbove
      ? { x: view.width / 2, y: above.h / 2 }
      : { x: view.width - beside.w / 2, y: view.height / 2 },
  );
}

/**
 * The legend open over the canvas: beside the drawing in the nearest enclosing element that
 * holds one (App.svelte wraps the drawing, to make it inert under the table); null if closed.
 */
function openLegend(container: HTMLElement | null): Element | null {
  for (let el = container?.parentElement; el; el = el.parentElement) {
    const legend = el.querySelector('.legend');
    if (legend) return legend.matches('[open]') ? legend : null;
  }
  return null;
}

/**
 * Whether any of `nodes` is drawn under the legend open in the canvas's bottom-left corner
 * (false headless, or with the legend closed).
 */
export function underLegend(cy: Core, nodes: NodeCollection): boolean {
  const container = cy.container();
  const legend = openLegend(container);
  if (!container || !legend) return false;
  const view = container.getBoundingClientRect();
  const box = legend.getBoundingClientRect();
  const [left, top] = [box.left - view.left, box.top - view.top];
  const [right, bottom] = [left + box.width, top + box.height];
  return nodes.some((n) => {
    const b = n.renderedBoundingBox({ includeLabels: true });
    return b.x1 < right && b.x2 > left && b.y1 < bottom && b.y2 > top;
  });
}

/** Room an unlinked node takes with its label (up to ~140 px wide, under it), px. */
const LABEL_ROOM = { x: 170, y: 90 };

/**
 * Where to put a node with nothing drawn to hang it on (an entity added from search): the
 * nearest spot to `centre`, on widening rings, where neither it nor its label touches a
 * node in `taken`; `centre` itself when the rings run out.
 */
export function freeSpot(taken: readonly Position[], centre: Position): Position {
  const clear = (p: Position) =>
    taken.every((q) => Math.abs(q.x - p.x) >= LABEL_ROOM.x || Math.abs(q.y - p.y) >= LABEL_ROOM.y);
  for (let ring = 0; ring <= 30; ring++) {
    const steps = Math.max(1, 8 * ring);
    for (let s = 0; s < steps; s++) {
      const angle = (2 * Math.PI * s) / steps;
      const p = {
        x: centre.x + ring * 60 * Math.cos(angle),
        y: centre.y + ring * 60 * Math.sin(angle),
      };
      if (clear(p)) return p;
    }
  }
  return centre;
}

/**
 * Room a new node takes at least, centre to edge, px: its first spot's clearance (its box with
 * its name does the rest).
 */
const LABEL_RADIUS = 42;

/** Closest that a new node's first spot may be to another node, centre to centre, px. */
export const SPOT_CLEARANCE = 2 * LABEL_RADIUS;

/** Positions bucketed by SPOT_CLEARANCE-wide cells, to find the nodes near a spot quickly. */
export class SpotIndex {
  private readonly cells = new Map<string, Position[]>();
  constructor(points: Iterable<Position> = []) {
    for (const p of points) this.add(p);
  }
  private static key(x: number, y: number): string {
    return `${Math.floor(x / SPOT_CLEARANCE)},${Math.floor(y / SPOT_CLEARANCE)}`;
  }
  add(p: Position): void {
    const k = SpotIndex.key(p.x, p.y);
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
  }
  /** The points in the cells within `reach` cells of `p`'s own. */
  private *around(p: Position, reach: number): Generator<Position> {
    const cx = Math.floor(p.x / SPOT_CLEARANCE);
    const cy = Math.floor(p.y / SPOT_CLEARANCE);
    for (let i = cx - reach; i <= cx + reach; i++)
      for (let j = cy - reach; j <= cy + reach; j++) yield* this.cells.get(`${i},${j}`) ?? [];
  }
  /** How far `p` is from the nearest point, up to SPOT_CLEARANCE (clear). */
  gap(p: Position): number {
    let gap = SPOT_CLEARANCE;
    for (const q of this.around(p, 1)) gap = Math.min(gap, Math.hypot(q.x - p.x, q.y - p.y));
    return gap;
  }
  /** The middle of the points within `range` of `p` (null when there are none). */
  middleNear(p: Position, range: number): Position | null {
    let n = 0;
    let x = 0;
    let y = 0;
    for (const q of this.around(p, Math.ceil(range / SPOT_CLEARANCE)))
      if (Math.hypot(q.x - p.x, q.y - p.y) <= range) {
        n++;
        x += q.x;
        y += q.y;
      }
    return n > 0 ? { x: x / n, y: y / n } : null;
  }
}

/**
 * A first spot for a new node hung on `base` (its drawn neighbours' middle): on rings from `r`
 * outwards, the first clear of every node in `taken`, trying first the side facing away from
 * the nodes already drawn around `base` and then either side of it in turn. New neighbours so
 * fan out from the picture instead of landing on it. Where nothing is clear (a dense canvas),
 * the spot tried that is farthest from any node. `towards` (radians) overrides the first side.
 */
export function ringSpot(base: Position, r: number, taken: SpotIndex, towards?: number): Position {
  const crowd = taken.middleNear(base, NEIGHBOURHOOD);
  const heading =
    towards ??
    (crowd && Math.hypot(base.x - crowd.x, base.y - crowd.y) > 1
      ? Math.atan2(base.y - crowd.y, base.x - crowd.x)
      : -Math.PI / 2);
  let best = { x: base.x + r * Math.cos(heading), y: base.y + r * Math.sin(heading) };
  let bestGap = -1;
  let radius = r;
  for (let ring = 0; ring < 12; ring++, radius += SPOT_CLEARANCE) {
    const steps = Math.max(8, Math.floor((2 * Math.PI * radius) / SPOT_CLEARANCE));
    for (let s = 0; s < steps; s++) {
      const k = (s % 2 ? 1 : -1) * Math.ceil(s / 2);
      const angle = heading + (2 * Math.PI * k) / steps;
      const p = { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) };
      const gap = taken.gap(p);
      if (gap >= SPOT_CLEARANCE) return p;
      if (gap > bestGap) [best, bestGap] = [p, gap];
    }
  }
  return best;
}

/** Nodes closer than this (px, in cells of this size) are one pile. */
export const PILE = 40;

/**
 * The first of each pile of `nodes` (those in one PILE-wide cell): on the map, the cases at one
 * address are metres apart, drawn on one spot; the rest of each pile is spread around it.
 */
export function oneOfEachPile(nodes: NodeCollection): NodeCollection {
  const taken = new Set<string>();
  return nodes
    .filter((n) => {
      const p = n.position();
      const key = `${Math.round(p.x / PILE)},${Math.round(p.y / PILE)}`;
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    })
    .nodes();
}

/** How far around the new nodes old ones still push and hold them, px. */
export const NEIGHBOURHOOD = 400;

/**
 * Moves only `fresh`, in the worker: old nodes linked to them or near them take part, held still,
 * so the new ones settle among them; the rest of the canvas is not sent at all.
 */
export async function settleNew(
  cy: Core,
  fresh: NodeCollection,
  old: NodeCollection,
): Promise<void> {
  const bb = fresh.boundingBox({});
  const near = old.filter((n) => {
    const p = n.position();
    const m = NEIGHBOURHOOD;
    return p.x > bb.x1 - m && p.x < bb.x2 + m && p.y > bb.y1 - m && p.y < bb.y2 + m;
  });
  const held = near.union(fresh.neighborhood().nodes().intersection(old)).nodes();
  const nodes: ForceNode[] = [
    // Every node collides as its box with its label (up to 150 px wide, under the node): a
    // page of 50 neighbours drawn at node spacing printed their names over each other, and
    // over the nodes already drawn.
    ...fresh.map((n) => ({
      id: n.id(),
      ...n.position(),
      radius: Math.max(radius(n), LABEL_RADIUS),
      box: boxOf(n),
    })),
    ...held.map((n) => ({
      id: n.id(),
      ...n.position(),
      fixed: true,
      radius: radius(n),
      box: boxOf(n),
    })),
  ];
  const { positions } = await runForceLayout(nodes, edgesAmong(fresh.union(held)), {
    // Each new node is pulled back towards the spot it was given, beside its anchor.
    pullTo: 'start',
    // Longer links than a whole-canvas layout's: a few neighbours drawn with their labels
    // (up to 150 px wide, centred under the node) should not print them over each other.
    linkDistance: NEW_LINK_DISTANCE,
    budgetMs: 1000,
    separate: true,
  });
  if (cy.destroyed()) return;
  cy.batch(() => {
    fresh.forEach((n) => {
      const p = positions.get(n.id());
      if (p && n.inside()) place(n, p);
    });
  });
}

/** Links between the given simple nodes (links to a compound box are the box's, not theirs). */
function edgesAmong(nodes: NodeCollection): ForceEdge[] {
  const out: ForceEdge[] = [];
  nodes.connectedEdges().forEach((e) => {
    if (nodes.has(e.source()) && nodes.has(e.target()))
      out.push({ source: e.source().id(), target: e.target().id() });
  });
  return out;
}

/** The whole canvas in the worker; pinned nodes stay where they are. */
export async function forceWhole(cy: Core): Promise<void> {
  const simple = simpleNodes(cy);
  const nodes: ForceNode[] = simple.map((n) =>
    n.locked()
      ? { id: n.id(), ...n.position(), fixed: true, radius: radius(n) }
      : { id: n.id(), radius: radius(n) },
  );
  const { positions } = await runForceLayout(nodes, edgesAmong(simple));
  if (cy.destroyed()) return;
  cy.batch(() => {
    simple.forEach((n) => {
      const p = positions.get(n.id());
      if (p && n.inside() && !n.locked()) n.position(p);
    });
  });
  fitView(cy);
}
