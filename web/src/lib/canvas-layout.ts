// Running layouts on the Cytoscape instance. New nodes are first put next to a neighbour already
// drawn, then the force layout moves only them, in a Web Worker, with the old nodes around them
// held where they were, so expanding never scrambles a picture the analyst has read and never
// stalls the page however large the canvas (ADR 0004). A whole-canvas force layout is fcose up
// to FCOSE_MAX_NODES and the worker's Barnes-Hut layout above.
import cytoscape, {
  type Core,
  type LayoutOptions,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { DomainGraph, Position } from './graph';
import {
  fitView,
  forceWhole,
  freeSpot,
  NEIGHBOURHOOD,
  NEW_LINK_DISTANCE,
  oneOfEachPile,
  place,
  ringSpot,
  settleNew,
  simpleNodes,
  SpotIndex,
} from './canvas-force';
import {
  forceEngine,
  geoLayout,
  keptNodes,
  ROW_GAP,
  rowSlots,
  locationOf,
  ringsFrom,
  wrapRanks,
  type LayoutName,
  type MapFrame,
} from './layouts';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

export { place, simpleNodes };

/** Link types from a part to its whole, drawn with the whole above in the hierarchical layout. */
const UPWARD = new Set([
  'MEMBER_OF',
  'SUBCELL_OF',
  'DIRECTOR_OF',
  'IN_ALCALDIA',
  'IN_COLONIA',
  'IN_CUADRANTE',
]);

export function positionsOf(nodes: NodeCollection): Map<string, Position> {
  const out = new Map<string, Position>();
  nodes.forEach((n) => {
    if (!n.isParent()) out.set(n.id(), { ...n.position() });
  });
  return out;
}

/** A drawn node a new one hangs on, and how far away it is through other new nodes (1: linked). */
interface Anchor {
  at: Position;
  hops: number;
}

/** How far through new nodes an anchor is looked for (a path Connect drew may be ~6 long). */
const ANCHOR_HOPS = 6;

/**
 * Where a node's anchors are: its group's members (drawn, or where they were last), else the
 * drawn nodes it is linked to, directly or through other new ones (a path Connect found
 * between two drawn people hangs on both, nearer the closer one).
 */
function anchorPoints(cy: Core, n: NodeSingular, fresh: NodeCollection, g: DomainGraph): Anchor[] {
  const members = g.groups.get(n.id())?.members ?? [];
  const fromMembers = members.flatMap((m) => {
    const drawn = cy.getElementById(m);
    const p = drawn.nonempty() ? drawn.position() : g.positions.get(m);
    return p ? [{ at: { ...p }, hops: 1 }] : [];
  });
  if (fromMembers.length > 0) return fromMembers;
  const out: Anchor[] = [];
  const seen = new Set([n.id()]);
  let frontier = [n];
  for (let hops = 1; hops <= ANCHOR_HOPS && frontier.length > 0; hops++) {
    const next: NodeSingular[] = [];
    for (const f of frontier)
      f.neighborhood()
        .nodes()
        .forEach((m) => {
          if (seen.has(m.id())) return;
          seen.add(m.id());
          if (fresh.has(m)) next.push(m);
          else out.push({ at: { ...m.position() }, hops });
        });
    frontier = next;
  }
  return out;
}

/**
 * Which way a node hung on several anchors goes from their weighted middle: across the line
 * through the two farthest apart (a node set on that line would put the links of a path
 * through the people it joins), on the side with fewer nodes, up when even.
 */
function acrossAnchors(anchors: readonly Anchor[], taken: SpotIndex, base: Position): number {
  let [a, b] = [anchors[0]!.at, anchors[1]!.at];
  let far = -1;
  for (const p of anchors)
    for (const q of anchors) {
      const d = Math.hypot(p.at.x - q.at.x, p.at.y - q.at.y);
      if (d > far) [a, b, far] = [p.at, q.at, d];
    }
  const across = Math.atan2(b.y - a.y, b.x - a.x) - Math.PI / 2;
  const crowd = taken.middleNear(base, NEIGHBOURHOOD);
  const side = crowd
    ? Math.cos(across) * (base.x - crowd.x) + Math.sin(across) * (base.y - crowd.y)
    : 0;
  // Away from the crowd; when even, up the screen.
  const flip = Math.abs(side) > 1 ? side < 0 : Math.sin(across) > 0;
  return flip ? across + Math.PI : across;
}

/** First guess for a new node: around its anchors' middle, else the middle of the view. */
function prePlace(cy: Core, fresh: NodeCollection, g: DomainGraph): void {
  const ext = cy.extent();
  const centre = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  // Where unanchored ones may not go: every node already drawn, and those placed here.
  const taken = simpleNodes(cy)
    .not(fresh)
    .nodes()
    .map((n) => ({ ...n.position() }));
  // Every node drawn and every spot given here, for the hung ones to keep clear of.
  const index = new SpotIndex(taken);
  // Only what was drawn before: which side of a path is emptier (its nodes go to the same one).
  const drawn = new SpotIndex(taken);
  fresh.forEach((n) => {
    const anchors = anchorPoints(cy, n, fresh, g);
    if (anchors.length === 0) {
      // Nothing to hang it on (an entity added from search): a free spot near the middle.
      const spot = freeSpot(taken, centre);
      taken.push(spot);
      index.add(spot);
      place(n, spot);
      return;
    }
    // Nearer anchors weigh more: a path's nodes line up between its two ends in order.
    const weight = anchors.reduce((s, a) => s + 1 / a.hops, 0);
    const base = {
      x: anchors.reduce((s, a) => s + a.at.x / a.hops, 0) / weight,
      y: anchors.reduce((s, a) => s + a.at.y / a.hops, 0) / weight,
    };
    const distinct = new Set(anchors.map((a) => `${a.at.x},${a.at.y}`)).size;
    const spot = ringSpot(
      base,
      NEW_LINK_DISTANCE,
      index,
      distinct > 1 ? acrossAnchors(anchors, drawn, base) : undefined,
    );
    index.add(spot);
    taken.push(spot);
    place(n, spot);
  });
}

function run(cy: Core, eles: cytoscape.CollectionArgument, options: LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = eles.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/** Whether the entity has a point of its own on the map. */
function isLocated(g: DomainGraph, id: string): boolean {
  const e = g.nodes.get(id);
  return e !== undefined && locationOf(e) !== null;
}

/**
 * Lays out `fresh` around the nodes already drawn, which stay put; on the map, on the map they
 * were laid out on (`frame`; one made for all that is drawn if it was not kept).
 */
export async function incremental(
  cy: Core,
  fresh: NodeCollection,
  g: DomainGraph,
  mode: LayoutName,
  frame: MapFrame | null = null,
): Promise<void> {
  const simple = fresh.filter((n) => !n.isParent()).nodes();
  if (simple.empty()) return;
  if (mode === 'geo') {
    // Entities go to the map, placed as on the whole canvas (the filtered out included); a
    // collapsed group goes where its members are.
    const { positions: geo, apart } = geoLayout(g, keptNodes(g), frame);
    const old = simpleNodes(cy).not(simple).nodes();
    prePlace(cy, simple.filter((n) => !geo.has(n.id())).nodes(), g);
    simple.forEach((n) => {
      const p = geo.get(n.id());
      if (p && !apart.has(n.id())) place(n, p);
    });
    // What the map cannot place goes in the rows under it, in places no node drawn takes (the
    // rows' order is by id: a new one may sort before those there), and stays there, not
    // pulled onto the map.
    const onMap = (n: NodeSingular) => !apart.has(n.id());
    const slots = rowSlots(
      [
        ...old
          .filter(onMap)
          .nodes()
          .map((n) => n.position()),
        ...simple.filter((n) => onMap(n) && geo.has(n.id())).map((n) => geo.get(n.id())!),
      ],
      old.map((n) => n.position()),
    );
    simple.filter((n) => apart.has(n.id())).forEach((n) => place(n, slots.next().value));
    // What landed on a drawn entity (a new case at a drawn address) or on another new one is
    // spread around it, as a whole map layout does; the drawing and one of each new pile hold.
    const located = simple.filter((n) => isLocated(g, n.id())).nodes();
    // Only what has a point of its own claims one (an unlocated node beside it does not).
    const claims = old.filter((n) => isLocated(g, n.id())).union(located);
    const held = old
      .union(oneOfEachPile(claims).intersection(located))
      .union(simple.filter((n) => apart.has(n.id())))
      .nodes();
    const rest = simple.not(held).nodes();
    if (rest.nonempty()) await settleNew(cy, rest, held);
    keepRowsBelow(cy, apart, g);
    return;
  }
  prePlace(cy, simple, g);
  const old = simpleNodes(cy).not(simple).nodes();
  if (old.empty() && simple.length === 1) return;
  await settleNew(cy, simple, old);
}

/**
 * Keeps the rows of what the map cannot place under everything placed: spreading new entities
 * may move one lower than the map put it, into the rows' panel. The rows (the entities apart
 * lying under every located one, which stay on their point; one the analyst moved up onto the
 * map stays where it is) move down together.
 */
function keepRowsBelow(cy: Core, apart: ReadonlySet<string>, g: DomainGraph): void {
  const nodes = simpleNodes(cy).nodes();
  const ys = (c: NodeCollection) => c.map((n) => n.position('y'));
  const placed = nodes.filter((n) => !apart.has(n.id())).nodes();
  const located = placed.filter((n) => isLocated(g, n.id())).nodes();
  if (located.empty()) return;
  const mapBottom = Math.max(...ys(located));
  const rows = nodes.filter((n) => apart.has(n.id()) && n.position('y') > mapBottom).nodes();
  if (rows.empty()) return;
  const shift = Math.max(...ys(placed)) + ROW_GAP - Math.min(...ys(rows));
  if (shift > 0) rows.forEach((n) => place(n, { x: n.position('x'), y: n.position('y') + shift }));
}

/**
 * A layout the analyst picked, over everything drawn (pinned nodes stay where they are); the
 * map one on `frame` (made for what is drawn when it was picked).
 */
export async function full(
  cy: Core,
  name: LayoutName,
  g: DomainGraph,
  centre: string | null,
  frame: MapFrame | null = null,
): Promise<void> {
  // Fitted here, clear of the legend (fitView), not by the layout.
  const base = { animate: false, fit: false };
  const ids = new Set(simpleNodes(cy).map((n) => n.id()));
  if (name === 'geo') {
    // On the whole canvas, the filtered out included: an address hidden for a moment still
    // places the people who live there (only what is drawn is moved).
    const { positions: geo, apart } = geoLayout(g, keptNodes(g), frame);
    simpleNodes(cy).forEach((n) => {
      const p = geo.get(n.id());
      if (p) place(n, p);
    });
    prePlace(
      cy,
      simpleNodes(cy)
        .filter((n) => !geo.has(n.id()))
        .nodes(),
      g,
    );
    // Entities with no place of their own were put beside their located neighbours, close
    // together: spread them so none covers another, the located ones held where the map puts them.
    const located = simpleNodes(cy)
      .filter((n) => isLocated(g, n.id()))
      .nodes();
    // Located at about one point (the cases and incidents at one address, metres apart): the
    // first stays on it, the others spread around it like the unlocated ones, rather than piled
    // on one spot.
    // What the map cannot place stays in its rows under it (BaseMap draws them a panel of
    // their own), not pulled onto the map by its links to what is placed.
    const held = oneOfEachPile(located)
      .union(simpleNodes(cy).filter((n) => apart.has(n.id())))
      .nodes();
    const rest = simpleNodes(cy).not(held).nodes();
    if (held.nonempty() && rest.nonempty()) await settleNew(cy, rest, held);
    // The rows go under what the spreading left placed (it may move a node lower than the map
    // put it, into the rows' panel), and packed: geoLayout's slots, made over the whole canvas,
    // keep places for what a filter hides (so keepRowsBelow, which keeps them, would not do).
    const slots = rowSlots(
      simpleNodes(cy)
        .filter((n) => !apart.has(n.id()))
        .nodes()
        .map((n) => n.position()),
    );
    for (const id of apart) {
      const n = cy.getElementById(id);
      if (n.nonempty() && !n.isParent()) place(n, slots.next().value);
    }
    fitView(cy);
    return;
  }
  if (name === 'concentric') {
    const rings = ringsFrom(g, ids, centre ?? [...ids][0] ?? '');
    const far = Math.max(0, ...rings.values());
    await run(cy, cy.elements(), {
      ...base,
      name: 'concentric',
      concentric: (n: NodeSingular) => far - (rings.get(n.id()) ?? far),
      levelWidth: () => 1,
      minNodeSpacing: 24,
      // Names are wider than nodes: spaced by them, so a ring's names do not run together.
      nodeDimensionsIncludeLabels: true,
    } as LayoutOptions);
    fitView(cy);
    return;
  }
  if (name === 'dagre') {
    // Dagre puts a link's source above its target; links that point up a hierarchy (a member
    // to its organisation, a cell to the one it belongs to, an address to its borough) are laid
    // out as hidden reversed copies, so the organisation heads its chart.
    const upward = cy
      .edges()
      .filter((e) => UPWARD.has(String(e.data('type'))))
      .edges();
    const reversed = cy.add(
      upward.map((e) => ({
        group: 'edges' as const,
        // Its look's data too (width, colour, label), so the stylesheet's mappers have values.
        data: {
          ...e.data(),
          id: `reversed:${e.id()}`,
          source: e.target().id(),
          target: e.source().id(),
        },
        classes: 'layout-only',
      })),
    );
    try {
      await run(cy, cy.elements().not(upward), {
        ...base,
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 24,
        rankSep: 70,
        // As for concentric: a row of names side by side needs their widths, not the nodes'.
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions);
    } finally {
      cy.remove(reversed);
    }
    // A rank wider than the canvas or a dozen nodes (a gang's members under their cells) wraps
    // into rows, each cell's members together. Pinned nodes stay put, as dagre leaves them.
    const free = simpleNodes(cy)
      .filter((n) => !n.locked())
      .nodes();
    const placed = free.map((n) => {
      const box = n.boundingBox({ includeLabels: true });
      const { x, y } = n.position();
      // What it hangs from: the nearest rank above among its neighbours, the nearest of those.
      let parent: string | null = null;
      let best = Infinity;
      n.neighborhood('node').forEach((m) => {
        const p = m.position();
        const score = (y - p.y) * 1e6 + Math.abs(x - p.x);
        if (p.y < y - 1 && score < best) [parent, best] = [m.id(), score];
      });
      return { id: n.id(), x, y, width: box.w, height: box.h, parent, fixed: n.isChild() };
    });
    const widths = placed.map((p) => p.width).sort((a, b) => a - b);
    const typical = widths[Math.floor(widths.length / 2)] ?? 0;
    const gap = 24; // as dagre's nodeSep above
    const wrapped = wrapRanks(placed, Math.max(cy.width(), 12 * (typical + gap)), gap);
    free.forEach((n) => {
      const p = wrapped.get(n.id());
      if (p) n.position(p);
    });
    fitView(cy);
    return;
  }
  if (forceEngine(ids.size) === 'worker') {
    await forceWhole(cy);
    return;
  }
  await run(cy, cy.elements(), {
    ...base,
    name: 'fcose',
    quality: 'default',
    randomize: true,
    nodeDimensionsIncludeLabels: true,
    // Nodes sized by links or cases are up to ~80 px: links between big ones are longer and
    // big ones push harder, so a star of sized nodes does not pile them on each other.
    idealEdgeLength: (e: cytoscape.EdgeSingular) =>
      60 + (e.source().width() + e.target().width()) / 2,
    nodeRepulsion: (n: NodeSingular) => 6500 * Math.max(1, n.width() / 40) ** 2,
  } as LayoutOptions);
  fitView(cy);
}
