// Drawing the map's outlines on a 2D canvas: for the live map under the canvas (BaseMap.svelte)
// and under an exported picture (`pictureOnMap`). Coordinates are the canvas's CSS pixels; a
// caller drawing at another density sets the context's transform first.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { project, type MapFrame } from '../layouts';
import { measureText, type Measure } from '../measure';
import { lineCrosses, overlaps, takeRoom, type Box } from '../room';
import { loadBoundaries, type Boundaries, type Layer } from './boundaries';

/** Pixels a kilometre takes from which colonias' borders, then their names, are drawn. */
const COLONIAS_FROM = 40;
const COLONIA_NAMES_FROM = 60;
/** Kilometres in a degree of latitude. */
const KM_PER_DEGREE = 111.2;

/** The finer layers drawn (the boroughs always are). */
export interface MapLayers {
  colonias: boolean;
  cuadrantes: boolean;
}

/** What is drawn: the model's point `pan` at 0, 0, `zoom` pixels a model unit, so big. */
export interface View {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

type ToScreen = (lon: number, lat: number) => [number, number];

function strokeLines(ctx: CanvasRenderingContext2D, layer: Layer, at: ToScreen, v: View): void {
  const [w, h] = [v.width, v.height];
  ctx.beginPath();
  for (const line of layer.lines) {
    let prev: [number, number] | null = null;
    for (const [lon, lat] of line) {
      const [x, y] = at(lon, lat);
      // A segment wholly off the picture on one side is not drawn.
      const off =
        prev !== null &&
        ((x < 0 && prev[0] < 0) ||
          (y < 0 && prev[1] < 0) ||
          (x > w && prev[0] > w) ||
          (y > h && prev[1] > h));
      if (prev === null || off) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
      prev = [x, y];
    }
  }
  ctx.stroke();
}

/** Writes the names on the picture, each where it covers nothing in `taken`, which it joins. */
function writeNames(
  ctx: CanvasRenderingContext2D,
  layer: Layer,
  at: ToScreen,
  v: View,
  size: number,
  taken: Box[],
): void {
  for (const { name, at: point } of layer.names) {
    const [x, y] = at(point[0], point[1]);
    if (x < -200 || y < -20 || x > v.width + 200 || y > v.height + 20) continue;
    const half = ctx.measureText(name).width / 2 + 4;
    const box = { x0: x - half, y0: y - size, x1: x + half, y1: y + size };
    if (takeRoom(taken, box)) ctx.fillText(name, x, y);
  }
}

/**
 * Borough borders and names; the `layers` chosen (colonias, police quadrants: dashed) with
 * their borders from COLONIAS_FROM pixels a kilometre and their names from COLONIA_NAMES_FROM.
 * Names go where they cover nothing in `taken` (the entities and their names) nor each other,
 * the boroughs' first; `apart`, the entities it could not place, on a panel of their own.
 * Whether the view was close enough for the finer layers.
 */
export function drawMap(
  ctx: CanvasRenderingContext2D,
  shapes: Boundaries,
  frame: MapFrame,
  v: View,
  taken: Box[],
  layers: MapLayers,
  apart: Apart | null = null,
): boolean {
  const at: ToScreen = (lon, lat) => {
    const p = project(frame, lon, lat);
    return [(p.x - v.pan.x) * v.zoom, (p.y - v.pan.y) * v.zoom];
  };
  const kmPx = (frame.scale * v.zoom) / KM_PER_DEGREE;
  const close = kmPx >= COLONIAS_FROM;
  ctx.lineJoin = 'round';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 1;
  if (close && layers.colonias) {
    ctx.strokeStyle = '#e2e8f0';
    strokeLines(ctx, shapes.colonias, at, v);
  }
  if (close && layers.cuadrantes) {
    ctx.strokeStyle = '#a5b4fc';
    ctx.setLineDash([5, 3]);
    strokeLines(ctx, shapes.cuadrantes, at, v);
    ctx.setLineDash([]);
  }
  ctx.strokeStyle = '#cbd5e1';
  ctx.lineWidth = 2;
  strokeLines(ctx, shapes.alcaldias, at, v);
  if (apart) drawApart(ctx, apart, taken);
  ctx.fillStyle = '#94a3b8';
  ctx.font = '600 14px system-ui, sans-serif';
  writeNames(ctx, shapes.alcaldias, at, v, 14, taken);
  if (kmPx < COLONIA_NAMES_FROM) return close;
  if (layers.cuadrantes) {
    ctx.fillStyle = '#6366f1';
    ctx.font = '10px system-ui, sans-serif';
    writeNames(ctx, shapes.cuadrantes, at, v, 10, taken);
  }
  if (layers.colonias) {
    ctx.fillStyle = '#94a3b8';
    ctx.font = 'italic 11px system-ui, sans-serif';
    writeNames(ctx, shapes.colonias, at, v, 11, taken);
  }
  return close;
}

/** The entities the map could not place, in rows under it: their panel and its title. */
export interface Apart {
  box: Box;
  title: string;
  /**
   * The title under the rows rather than above them: something the map placed (or its name)
   * reaches into the room above, as it does zoomed out, where the gap between the map and the
   * rows is a few pixels.
   */
  below: boolean;
}

/** Room around the entities apart and above (or under) them for the title, px. */
const APART_PAD = 12;
const APART_TITLE = 20;
/** Room under the apart panel for the boundaries' credit line, px. */
const CREDIT_ROOM = 16;
const APART_FONT = '600 12px system-ui, sans-serif';

/**
 * The panel of the rows under the map, in `v`'s pixels, as wide as its title at least (one
 * entity apart is narrower); null when there are no rows to tell apart from a map.
 */
export function apartBox(
  cy: Core,
  v: View,
  ids: ReadonlySet<string>,
  title: string,
  drawn: readonly Box[],
  measure: Measure = measureText,
): Apart | null {
  const nodes = cy.nodes(':visible');
  const placed = nodes.filter((n) => !ids.has(n.id()));
  // Nothing placed in view of the filters: no rows to tell apart from a map.
  if (placed.empty()) return null;
  // Below every placed one's centre (their boxes may reach lower: the layout's spreading moves
  // a node down a little, and names hang under nodes).
  const below = Math.max(...placed.nodes().map((n) => n.position('y')));
  const rows = nodes.filter((n) => ids.has(n.id()) && n.isNode() && n.position('y') > below);
  if (rows.empty()) return null;
  // Their links among themselves too: a curved one may swing below the rows.
  const b = inView(rows.union(rows.edgesWith(rows)).boundingBox({ includeLabels: true }), v);
  const x0 = b.x0 - APART_PAD;
  const titleWidth = measure(title, APART_FONT) + 16;
  const x1 = Math.max(b.x1 + APART_PAD, x0 + titleWidth);
  const room = { x0, y0: b.y0 - APART_PAD - APART_TITLE, x1, y1: b.y0 - APART_PAD };
  // Something drawn in the title's room (`drawn`, the entities with their names in `v`; the
  // rows themselves are under it), or a link from a row up to a placed entity through it
  // (Cytoscape draws links over the map, so over the title).
  const at = (n: NodeSingular) => pointInView(n.position(), v);
  const crowded =
    drawn.some((d) => overlaps(d, room)) ||
    rows.connectedEdges(':visible').some((e) => {
      const edge = e as EdgeSingular;
      return lineCrosses(at(edge.source()), at(edge.target()), { ...room, x1: x0 + titleWidth });
    });
  return crowded
    ? {
        box: { x0, y0: b.y0 - APART_PAD, x1, y1: b.y1 + APART_PAD + APART_TITLE },
        title,
        below: true,
      }
    : { box: { x0, y0: room.y0, x1, y1: b.y1 + APART_PAD }, title, below: false };
}

/** A point of the model in `v`'s pixels. */
function pointInView(p: { x: number; y: number }, v: View): { x: number; y: number } {
  return { x: (p.x - v.pan.x) * v.zoom, y: (p.y - v.pan.y) * v.zoom };
}

/** A box of the model (Cytoscape's bounding box) in `v`'s pixels. */
function inView(b: { x1: number; y1: number; x2: number; y2: number }, v: View): Box {
  const [from, to] = [pointInView({ x: b.x1, y: b.y1 }, v), pointInView({ x: b.x2, y: b.y2 }, v)];
  return { x0: from.x, y0: from.y, x1: to.x, y1: to.y };
}

/** A white panel under the entities apart, titled, so they do not read as placed on the map. */
function drawApart(ctx: CanvasRenderingContext2D, apart: Apart, taken: Box[]): void {
  const { box, title } = apart;
  ctx.save();
  ctx.font = APART_FONT;
  ctx.beginPath();
  ctx.roundRect(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0, 8);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = '#94a3b8';
  ctx.lineWidth = 1;
  ctx.setLineDash([6, 4]);
  ctx.stroke();
  ctx.fillStyle = '#475569';
  ctx.textAlign = 'left';
  ctx.textBaseline = apart.below ? 'bottom' : 'top';
  ctx.fillText(title, box.x0 + 8, apart.below ? box.y1 - 6 : box.y0 + 6);
  ctx.restore();
  taken.push(box);
}

/** The drawn entities with their names, as boxes in `v`'s pixels. */
export function entityBoxes(cy: Core, v: View): Box[] {
  return cy
    .nodes(':visible')
    .map((n) => inView(n.boundingBox({ includeLabels: true }), v))
    .filter((b) => b.x1 > 0 && b.y1 > 0 && b.x0 < v.width && b.y0 < v.height);
}

/**
 * An exported picture of the whole drawing (Cytoscape's `png({ full: true })`, drawn without a
 * background, of the model's part `bb`) on the map, on white, with whom the shapes come from in
 * its lower right corner (`credit`); and where its top left is in the model (it grows past `bb`
 * to hold the apart panel).
 */
export async function pictureOnMap(
  cy: Core,
  picture: Blob,
  bb: { x1: number; y1: number; w: number; h: number },
  frame: MapFrame,
  layers: MapLayers,
  credit: (who: string) => string,
  apart: { ids: ReadonlySet<string>; title: string } | null = null,
): Promise<{ picture: Blob; origin: { x: number; y: number } }> {
  const [shapes, image] = await Promise.all([loadBoundaries(), createImageBitmap(picture)]);
  // `bb`: the part of the model Cytoscape drew; so many pixels a unit.
  const scale = image.width / Math.ceil(bb.w);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  // The apart panel (its padding, its title) may reach past the drawing: the picture grows to
  // hold it whole, in model units on each side.
  const drawn: View = { zoom: 1, pan: { x: bb.x1, y: bb.y1 }, width: bb.w, height: bb.h };
  const whole = apart && apartBox(cy, drawn, apart.ids, apart.title, entityBoxes(cy, drawn))?.box;
  const grow = {
    left: Math.max(0, -(whole?.x0 ?? 0)),
    top: Math.max(0, -(whole?.y0 ?? 0)),
    right: Math.max(0, (whole?.x1 ?? 0) - bb.w),
    // Under the panel, room for whom the shapes come from (it crossed the panel's border).
    bottom: Math.max(0, (whole ? whole.y1 + CREDIT_ROOM : 0) - bb.h),
  };
  const v: View = {
    zoom: 1,
    pan: { x: bb.x1 - grow.left, y: bb.y1 - grow.top },
    width: bb.w + grow.left + grow.right,
    height: bb.h + grow.top + grow.bottom,
  };
  canvas.width = Math.ceil(image.width + (grow.left + grow.right) * scale);
  canvas.height = Math.ceil(image.height + (grow.top + grow.bottom) * scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  const taken = entityBoxes(cy, v);
  const panel = apart && apartBox(cy, v, apart.ids, apart.title, taken);
  drawMap(ctx, shapes, frame, v, taken, layers, panel);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(image, Math.round(grow.left * scale), Math.round(grow.top * scale));
  // Over the picture: nothing drawn may cover whom the shapes come from.
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = '#64748b';
  ctx.fillText(credit(shapes.attribution), v.width - 4, v.height - 2);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))),
      'image/png',
    ),
  );
  return { picture: blob, origin: { x: v.pan.x, y: v.pan.y } };
}
