// An exported picture of the canvas is a product that travels (into a report, onto a briefing
// table): it says what it is, who made it and when, what its symbols mean, and — above and
// below, as marked documents do — the highest classification of what it shows. The caption is
// laid out once (`layoutCaption`) and drawn either onto a PNG or into an SVG.
import type { Compartment } from './generated';

/** The highest level among what an export holds, and every compartment it needs. */
export interface Marking {
  level: number;
  compartments: Compartment[];
}

/** What travels marks what is exported: the highest level, all compartments (sorted). */
export function markingOf(
  items: Iterable<{ provenance: { classification: number; compartments: Compartment[] } }>,
): Marking {
  let level = 0;
  const compartments = new Set<Compartment>();
  for (const { provenance: p } of items) {
    level = Math.max(level, p.classification);
    for (const c of p.compartments) compartments.add(c);
  }
  return { level, compartments: [...compartments].sort() };
}

/** "CONFIDENCIAL · Víctimas de violencia de género": the level in capitals, then compartments. */
export function markingText(
  m: Marking,
  levels: readonly string[],
  compartmentName: (c: Compartment) => string,
): string {
  const level = (levels[m.level] ?? String(m.level)).toLocaleUpperCase();
  return [level, ...m.compartments.map(compartmentName)].join(' · ');
}

/** The entity types and link types drawn, named and coloured as on the canvas, sorted by name. */
export function legendOf(
  nodes: Iterable<{ type: string }>,
  edges: Iterable<{ type: string }>,
  looks: {
    typeName: (t: string) => string;
    relName: (r: string) => string;
    typeColor: (t: string) => string;
    relColor: (r: string) => string;
  },
): LegendItem[] {
  const byName = (a: LegendItem, b: LegendItem) => a.label.localeCompare(b.label);
  const types = [...new Set([...nodes].map((n) => n.type))].map((t) => ({
    label: looks.typeName(t),
    color: looks.typeColor(t),
  }));
  const rels = [...new Set([...edges].map((e) => e.type))].map((r): LegendItem => ({
    label: looks.relName(r),
    color: looks.relColor(r),
    line: r === 'HYPOTHESIS' ? 'dashed' : 'solid',
  }));
  return [...types.sort(byName), ...rels.sort(byName)];
}

export interface LegendItem {
  label: string;
  color: string;
  /** A link type (drawn as a line, dashed for hypotheses) rather than an entity type. */
  line?: 'solid' | 'dashed';
}

export interface Caption {
  /** "CONFIDENCIAL · Víctimas de violencia de género": on a bar above and below. */
  marking: string;
  level: number;
  title: string;
  /** Who, when, how much, which window: one line each. */
  lines: string[];
  legend: LegendItem[];
}

/** Measures text in CSS pixels for a font (a 2D canvas context's `measureText` in the page). */
export type Measure = (text: string, font: string) => number;

let measuring: CanvasRenderingContext2D | null = null;

/** `Measure` in the page, through a canvas that is never shown. */
export const measureText: Measure = (text, font) => {
  measuring ??= document.createElement('canvas').getContext('2d')!;
  measuring.font = font;
  return measuring.measureText(text).width;
};

const PAD = 16;
const BAR = 24;
const TITLE = 18;
const LINE = 16;
const LEGEND_ROW = 18;
const SWATCH = 12;
const GAP = 18;
/** Narrower pictures (one or two entities) are centred on this width, so the caption fits. */
export const MIN_WIDTH = 720;

export const FONT = {
  marking: 'bold 12px system-ui, sans-serif',
  title: 'bold 16px system-ui, sans-serif',
  line: '12px system-ui, sans-serif',
  legend: '11px system-ui, sans-serif',
};

/** Bar colours by level: public grey, restricted amber, confidential orange, secret red. */
export const LEVEL_COLORS = ['#475569', '#b45309', '#c2410c', '#b91c1c'];

export interface Placed {
  x: number;
  y: number;
}

/** Where everything goes, in CSS pixels; the picture sits at `graph` with its own size. */
export interface CaptionLayout {
  width: number;
  height: number;
  graph: Placed;
  title: Placed;
  lines: Placed[];
  legend: (LegendItem & Placed)[];
  /** The two marking bars' tops (each BAR high, full width). */
  bars: [number, number];
  barHeight: number;
}

export function layoutCaption(
  c: Caption,
  graph: { width: number; height: number },
  measure: Measure,
): CaptionLayout {
  const width = Math.max(graph.width, MIN_WIDTH);
  let y = BAR + PAD;
  const title = { x: PAD, y: y + TITLE - 4 };
  y += TITLE;
  const lines = c.lines.map(() => {
    const at = { x: PAD, y: y + LINE - 4 };
    y += LINE;
    return at;
  });
  y += PAD / 2;
  const graphAt = { x: Math.round((width - graph.width) / 2), y };
  y += graph.height + PAD / 2;
  // Legend items flow left to right and wrap.
  const legend: (LegendItem & Placed)[] = [];
  let x = PAD;
  let rowTop = y;
  for (const item of c.legend) {
    const w = SWATCH + 6 + measure(item.label, FONT.legend);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      rowTop += LEGEND_ROW;
    }
    legend.push({ ...item, x, y: rowTop });
    x += w + GAP;
  }
  if (legend.length > 0) y = rowTop + LEGEND_ROW;
  y += PAD / 2;
  return {
    width,
    height: y + BAR,
    graph: graphAt,
    title,
    lines,
    legend,
    bars: [0, y],
    barHeight: BAR,
  };
}

/** Draws the caption around the canvas's PNG; `scale` is the PNG's pixels per CSS pixel. */
export async function captionPng(png: Blob, c: Caption, scale: number): Promise<Blob> {
  const picture = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const measure: Measure = (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const at = layoutCaption(
    c,
    { width: picture.width / scale, height: picture.height / scale },
    measure,
  );
  canvas.width = Math.ceil(at.width * scale);
  canvas.height = Math.ceil(at.height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, at.width, at.height);
  for (const top of at.bars) {
    ctx.fillStyle = LEVEL_COLORS[c.level] ?? LEVEL_COLORS[3]!;
    ctx.fillRect(0, top, at.width, at.barHeight);
    ctx.fillStyle = '#ffffff';
    ctx.font = FONT.marking;
    ctx.textAlign = 'center';
    ctx.fillText(c.marking, at.width / 2, top + at.barHeight / 2 + 4);
  }
  ctx.textAlign = 'left';
  ctx.fillStyle = '#0f172a';
  ctx.font = FONT.title;
  ctx.fillText(c.title, at.title.x, at.title.y);
  ctx.font = FONT.line;
  ctx.fillStyle = '#334155';
  c.lines.forEach((line, i) => ctx.fillText(line, at.lines[i]!.x, at.lines[i]!.y));
  ctx.drawImage(picture, at.graph.x, at.graph.y, picture.width / scale, picture.height / scale);
  ctx.font = FONT.legend;
  for (const item of at.legend) {
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    const mid = item.y + LEGEND_ROW / 2;
    if (item.line) {
      ctx.lineWidth = 2.5;
      ctx.setLineDash(item.line === 'dashed' ? [4, 3] : []);
      ctx.beginPath();
      ctx.moveTo(item.x, mid);
      ctx.lineTo(item.x + SWATCH, mid);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.beginPath();
      ctx.arc(item.x + SWATCH / 2, mid, SWATCH / 2, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.fillStyle = '#0f172a';
    ctx.fillText(item.label, item.x + SWATCH + 6, mid + 4);
  }
  picture.close();
  return new Promise((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'),
  );
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The caption around Cytoscape's SVG (whose root is `<svg … width="W" height="H">`): the
 * picture goes in as a nested `<svg>` placed by x and y.
 */
export function captionSvg(svg: string, c: Caption, measure: Measure): string {
  const root = /<svg\b([^>]*)>/.exec(svg);
  if (!root) throw new Error('not an SVG picture');
  const size = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(root[1]!)?.[1]);
  const graph = { width: size('width'), height: size('height') };
  if (!(graph.width > 0 && graph.height > 0)) throw new Error('an SVG picture without a size');
  const at = layoutCaption(c, graph, measure);
  const inner = svg.slice(root.index).replace(/<svg\b/, `<svg x="${at.graph.x}" y="${at.graph.y}"`);
  const text = (x: number, y: number, font: string, fill: string, s: string, anchor = 'start') =>
    `<text x="${x}" y="${y}" style="font: ${font}" fill="${fill}" text-anchor="${anchor}">${xml(s)}</text>`;
  const bars = at.bars.map(
    (top) =>
      `<rect x="0" y="${top}" width="${at.width}" height="${at.barHeight}" fill="${LEVEL_COLORS[c.level] ?? LEVEL_COLORS[3]}"/>` +
      text(at.width / 2, top + at.barHeight / 2 + 4, FONT.marking, '#ffffff', c.marking, 'middle'),
  );
  const legend = at.legend.map((item) => {
    const mid = item.y + LEGEND_ROW / 2;
    const swatch = item.line
      ? `<line x1="${item.x}" y1="${mid}" x2="${item.x + SWATCH}" y2="${mid}" stroke="${item.color}" stroke-width="2.5"${item.line === 'dashed' ? ' stroke-dasharray="4 3"' : ''}/>`
      : `<circle cx="${item.x + SWATCH / 2}" cy="${mid}" r="${SWATCH / 2}" fill="${item.color}"/>`;
    return swatch + text(item.x + SWATCH + 6, mid + 4, FONT.legend, '#0f172a', item.label);
  });
  return [
    `<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${at.width}" height="${at.height}">`,
    `<rect x="0" y="0" width="${at.width}" height="${at.height}" fill="#ffffff"/>`,
    ...bars,
    text(at.title.x, at.title.y, FONT.title, '#0f172a', c.title),
    ...c.lines.map((line, i) => text(at.lines[i]!.x, at.lines[i]!.y, FONT.line, '#334155', line)),
    inner,
    ...legend,
    '</svg>',
  ].join('\n');
}
