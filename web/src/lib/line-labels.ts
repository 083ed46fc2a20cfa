// A line's label is drawn only where it covers no node, no name and no other line's label (QA:
// "Integrante de (hasta 2021)" written over a person's name, a star's labels on one another).
// Names and nodes are always drawn; lines' labels take the room left: the selected line's first,
// then those lit by Connect, then the selected entities' lines, then those already shown (a
// label does not come and go as a node is dragged past another). A straight line's label that
// has no room at its middle is slid along the line, first away from the busier end (where a
// star's labels meet), as far as it stays on the line; one with no room anywhere is left out —
// the legend still names the line's colour, and pointing at or selecting the line shows it (the
// style's `edge[?crowded]`).
// Overlap does not change with zoom (Cytoscape scales names and labels alike), so this runs when
// the drawing changes, not when the view does.
import type { Core, EdgeSingular } from 'cytoscape';
import { pairKey } from './dodge';
import { measureText, type Measure } from './measure';
import { Room } from './room';
import { LINE_FONT } from './style';

/** Room kept around a label, px at zoom 1. */
const PAD = 1.5;
/** Where along a straight line its label is tried, from its middle, in parts of its length. */
const SLIDES = [0, 0.12, -0.12, 0.24, -0.24, 0.36, -0.36, 0.5, -0.5];

type Point = { x: number; y: number };

/** A line's label to place, in the drawing's coordinates. */
export interface LineLabel {
  id: string;
  /** Where Cytoscape writes it: the line's middle. */
  mid: Point;
  /** Where the line leaves its ends' borders. */
  from: Point;
  to: Point;
  width: number;
  /** Whether the label may slide: a straight line's middle and its direction are known. */
  straight: boolean;
  /** The end whose side is busier (more lines): slid away from it first. */
  busier: 'from' | 'to';
}

/** Where a placed label went: moved by (dx, dy) from the line's middle. */
export interface Placement {
  dx: number;
  dy: number;
}

/**
 * Places labels in the order given, each where it covers nothing taken (`room` holds the nodes
 * and names); null for a label with no room.
 */
export function placeLabels(
  room: Room,
  labels: readonly LineLabel[],
): Map<string, Placement | null> {
  const out = new Map<string, Placement | null>();
  for (const l of labels) {
    const [dx, dy] = [l.to.x - l.from.x, l.to.y - l.from.y];
    const len = Math.hypot(dx, dy);
    const angle = Math.atan2(dy, dx);
    const box = { hw: l.width / 2 + PAD, hh: LINE_FONT.size / 2 + PAD, angle };
    // As far as the label stays on the line, between its ends' borders.
    const reach = Math.max(0, len / 2 - box.hw);
    const away = l.busier === 'from' ? 1 : -1;
    const slides = l.straight && len > 0 ? SLIDES : [0];
    let placed: Placement | null = null;
    const tried = new Set<number>();
    for (const part of slides) {
      // Past the reach, every slide is the reach: tried once.
      const along = Math.max(-reach, Math.min(reach, part * away * len));
      if (tried.has(along)) continue;
      tried.add(along);
      const p = { dx: (along * dx) / (len || 1), dy: (along * dy) / (len || 1) };
      if (room.takeIfFree({ x: l.mid.x + p.dx, y: l.mid.y + p.dy, ...box })) {
        placed = p;
        break;
      }
    }
    out.set(l.id, placed);
  }
  return out;
}

/** The text a line shows (style.ts: its count when it stands for several links). */
function shownText(e: EdgeSingular): string {
  const count = Number(e.data('count') ?? 1);
  return String((count > 1 ? e.data('countLabel') : e.data('label')) ?? '');
}

/**
 * 0 selected, 1 lit by Connect, 2 a selected entity's (`chosen`: the selected nodes' ids), 3
 * shown before, 4 the rest.
 */
function tier(e: EdgeSingular, chosen: ReadonlySet<string>): number {
  if (e.selected()) return 0;
  if (e.hasClass('hl')) return 1;
  if (chosen.has(e.data('source') as string) || chosen.has(e.data('target') as string)) return 2;
  return e.data('crowded') === false ? 3 : 4;
}

/** The nodes and their names, which are always drawn, as taken room. */
function roomOfNodes(cy: Core): Room {
  const room = new Room();
  cy.nodes(':visible').forEach((n) => {
    // Stepped back while Connect lights a route: faint, it leaves the route's labels room (QA:
    // the names of faded neighbours hid a lit route's labels, its end dates among them).
    if (n.hasClass('faded')) return;
    // A group's box holds its members: only its name takes room.
    if (!n.isParent()) {
      const p = n.position();
      const [w, h] = [n.outerWidth(), n.outerHeight()];
      if (n.data('shape') === 'ellipse' && w === h) room.take({ ...p, r: w / 2 });
      else room.take({ ...p, hw: w / 2, hh: h / 2, angle: 0 });
    }
    const name = n.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeOverlays: false,
    });
    if (name.w > 0 && name.h > 0)
      room.take({
        x: (name.x1 + name.x2) / 2,
        y: (name.y1 + name.y2) / 2,
        hw: name.w / 2,
        hh: name.h / 2,
        angle: 0,
      });
  });
  return room;
}

/**
 * Places the drawn lines' labels: each line's data says whether its label is `crowded` (left
 * out) and how far it `slid`. Returns how many were left out.
 */
export function crowdLines(cy: Core, measure: Measure = measureText): number {
  if (cy.destroyed()) return 0;
  // Most lines share a few labels ("Integrante de"): each measured once.
  const widths = new Map<string, number>();
  const font = `${String(LINE_FONT.size)}px ${LINE_FONT.family}`;
  const widthOf = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = measure(text, font)));
    return w;
  };
  const drawn = cy.edges(':visible').toArray() as EdgeSingular[];
  // Lines per node and per pair of nodes, counted once (Cytoscape's degree() and
  // parallelEdges() walk a node's lines each time: quadratic around a hub of a thousand).
  const lines = new Map<string, number>();
  const pairs = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const pairOf = (e: EdgeSingular) =>
    pairKey(e.data('source') as string, e.data('target') as string);
  for (const e of drawn) {
    count(lines, e.data('source') as string);
    count(lines, e.data('target') as string);
    count(pairs, pairOf(e));
  }
  // Asking each line's ends whether they are selected makes collections: thousands of them.
  const chosen = new Set(cy.nodes(':selected').map((n) => n.id()));
  const finite = (p: Point | undefined) => !!p && Number.isFinite(p.x) && Number.isFinite(p.y);
  const labels = drawn
    .filter((e) => !e.hasClass('nolabel') && shownText(e) !== '')
    .map((e) => ({
      e,
      tier: tier(e, chosen),
      id: e.id(),
      mid: e.midpoint(),
      from: e.sourceEndpoint(),
      to: e.targetEndpoint(),
    }))
    // A line between nodes drawn on one another has no middle (Cytoscape draws none).
    .filter((l) => finite(l.mid) && finite(l.from) && finite(l.to))
    .sort((a, b) => a.tier - b.tier || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ e, id, mid, from, to }): LineLabel => ({
      id,
      mid,
      from,
      to,
      width: widthOf(shownText(e)),
      // Bent lines and lines sharing their ends are curves: their labels stay at the middle.
      straight: e.data('bent') !== true && pairs.get(pairOf(e)) === 1,
      busier:
        (lines.get(e.data('source') as string) ?? 0) >= (lines.get(e.data('target') as string) ?? 0)
          ? 'from'
          : 'to',
    }));
  const placed = placeLabels(roomOfNodes(cy), labels);
  // Lines not placed (hidden, unlabelled) are neither: null, as removing data does not restyle.
  cy.batch(() =>
    cy.edges().forEach((e) => {
      const p = placed.get(e.id());
      const crowded = p === undefined ? null : p === null;
      const slide = p && (p.dx !== 0 || p.dy !== 0) ? p : null;
      if ((e.data('crowded') ?? null) !== crowded) e.data('crowded', crowded);
      if (
        slide &&
        (e.data('slid') !== true || e.data('slideX') !== slide.dx || e.data('slideY') !== slide.dy)
      )
        e.data({ slid: true, slideX: slide.dx, slideY: slide.dy });
      else if (!slide && e.data('slid') === true) e.data('slid', false);
    }),
  );
  return [...placed.values()].filter((p) => p === null).length;
}
