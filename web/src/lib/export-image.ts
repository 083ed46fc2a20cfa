// An exported picture of the canvas is a product that travels (into a report, onto a briefing
// table): it says what it is, who made it and when, what its symbols mean, and — above and
// below, as marked documents do — the highest classification of what it shows. The caption is
// laid out once (`layoutCaption`) and drawn either onto a PNG or into an SVG.
import { drawnMarks, drawnTypes } from './elements';
import { levelColor } from './marking';
import { measureText, type Measure } from './measure';
import { legendLines, RING } from './style';

/** What the legend of a picture reads from each element drawn (Cytoscape's definitions). */
export interface Drawn {
  group?: string;
  /** `type`, and the flags `more`, `super`, `pinned`, `collapsed` (elements.ts). */
  data: Record<string, unknown>;
  classes?: string | string[];
}

/** The legend's words: names of types and links, and what rings and highlights mean. */
export interface LegendWords {
  typeName: (t: string) => string;
  relName: (r: string) => string;
  typeColor: (t: string) => string;
  relColor: (r: string) => string;
  icon: (t: string) => string;
  more: string;
  busy: string;
  pinned: string;
  group: string;
  highlighted: string;
  reviewed: string;
  /** What a dashed line and a dotted one mean (an unconfirmed link, one that ended). */
  dashed: string;
  ended: string;
}

/**
 * The legend of what is drawn: entity types (colour and icon, as on the canvas), link types
 * (hypotheses dashed), each sorted by name; then what the rings present mean.
 */
export function legendOf(elements: readonly Drawn[], words: LegendWords): LegendItem[] {
  const byName = (a: LegendItem, b: LegendItem) => a.label.localeCompare(b.label);
  const { types, rels } = drawnTypes(elements);
  const marks = drawnMarks(elements);
  const notes: [boolean, LegendItem][] = [
    [marks.more, { label: words.more, color: RING.more, ring: 'solid' }],
    [marks.super, { label: words.busy, color: RING.more, ring: 'double' }],
    [marks.pinned, { label: words.pinned, color: RING.pinned, ring: 'dashed' }],
    [marks.collapsed, { label: words.group, color: RING.collapsed, ring: 'solid' }],
    [marks.reviewed, { label: words.reviewed, color: RING.reviewed, line: 'solid' }],
    // As the screen's legend says them (QA: a picture's dotted lines went unexplained).
    [marks.dashed, { label: words.dashed, color: '#334155', line: 'dashed' }],
    [marks.ended, { label: words.ended, color: '#334155', line: 'dotted' }],
    [marks.highlighted, { label: words.highlighted, color: RING.highlight, ring: 'solid' }],
  ];
  return [
    ...types
      .map((t) => ({ label: words.typeName(t), color: words.typeColor(t), icon: words.icon(t) }))
      .sort(byName),
    // Link types drawn alike share a row, as on screen (style.ts: legendLines).
    ...legendLines(rels, words.relName).map((row): LegendItem => ({
      label: row.types.map(words.relName).join(' · '),
      color: words.relColor(row.types[0]!),
      line: row.dashed ? 'dashed' : 'solid',
    })),
    ...notes.flatMap(([shown, item]) => (shown ? [item] : [])),
  ];
}

export interface LegendItem {
  label: string;
  color: string;
  /** A link type (drawn as a line, dashed for hypotheses) rather than an entity type. */
  line?: 'solid' | 'dashed' | 'dotted';
  /** An entity type's icon (a data: URI), drawn white on its colour as on the canvas. */
  icon?: string;
  /** What a ring means (amber: links not drawn; double: a busy entity…): a ring in `color`. */
  ring?: 'solid' | 'double' | 'dashed';
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

/**
 * A busy entity's count badge on a picture ("12.4k"): its centre in the picture's units (model
 * units from the picture's top left) and its text. The canvas draws badges as HTML over
 * Cytoscape (Badges.svelte), so Cytoscape's pictures leave them out; the caption draws them
 * over the picture, where the legend explains them ("Doble borde y globo…"), as the canvas
 * does; one at the picture's edge reaches into the caption's margin (`badgeSpill`).
 */
export interface PictureBadge {
  x: number;
  y: number;
  text: string;
}

/** The badge's look on the canvas (Badges.svelte): 11 px bold, white on rust, white border. */
const BADGE = {
  font: '700 11px system-ui, sans-serif',
  height: 17,
  padX: 7,
  border: 2,
  fill: '#7c2d12',
  ink: '#ffffff',
};

/** A badge's box (its border's middle line), in the picture's units. */
function badgeBox(b: PictureBadge, measure: Measure) {
  const w = measure(b.text, BADGE.font) + 2 * BADGE.padX;
  return { x: b.x - w / 2, y: b.y - BADGE.height / 2, w, h: BADGE.height, r: BADGE.height / 2 };
}

/**
 * How far badges reach past the picture's sides (a busy entity at its edge): the caption
 * leaves that much room on each side, or a wide picture, drawn edge to edge, cut them.
 */
function badgeSpill(badges: readonly PictureBadge[], width: number, measure: Measure): number {
  let spill = 0;
  for (const b of badges) {
    const box = badgeBox(b, measure);
    spill = Math.max(spill, BADGE.border - box.x, box.x + box.w + BADGE.border - width);
  }
  return Math.ceil(spill);
}

// Sizes at scale 1, in CSS pixels; a wide picture scales them all (see `layoutCaption`).
const PAD = 16;
const BAR = 24;
const TITLE = 20;
const LINE = 16;
const LEGEND_ROW = 18;
const SWATCH = 14;
const GAP = 18;
/** Narrower pictures (one or two entities) are centred on this width, so the caption fits. */
export const MIN_WIDTH = 720;
/** Past this width the caption grows with the picture, so it still reads once shrunk to a page. */
export const READ_WIDTH = 1400;

const FONTS = {
  marking: ['bold', 12],
  title: ['bold', 16],
  line: ['normal', 12],
  legend: ['normal', 11],
} as const;

/** A caption font at a scale: `font('title', 2)` is "bold 32px system-ui, sans-serif". */
export function font(kind: keyof typeof FONTS, k: number): string {
  const [weight, size] = FONTS[kind];
  return `${weight} ${Math.round(size * k * 10) / 10}px system-ui, sans-serif`;
}

export interface Placed {
  x: number;
  y: number;
}

/** Where everything goes, in CSS pixels; the picture sits at `graph` with its own size. */
export interface CaptionLayout {
  /** The caption's scale: 1, or more for a picture wider than READ_WIDTH. */
  k: number;
  width: number;
  height: number;
  graph: Placed;
  /** The title's lines (a long name wraps), each placed at its baseline. */
  title: (Placed & { text: string })[];
  lines: Placed[];
  legend: PlacedItem[];
  /** The two marking bars' tops (each `barHeight` high, full width). */
  bars: [number, number];
  barHeight: number;
  /** The marking's baseline below a bar's top. */
  barText: number;
}

/** A legend item where it is drawn: its swatch (a circle, ring or line) and its label. */
export interface PlacedItem extends LegendItem, Placed {
  /** (`x`, `y`: the swatch's left edge and its row's top.) The middle of its row. */
  mid: number;
  size: number;
  /** How a line or ring is stroked: width and dash pattern (empty: solid). */
  stroke: { width: number; dash: number[] };
  /** The icon's square inside a type's circle. */
  iconBox: { x: number; y: number; size: number };
  /** The label's baseline start. */
  text: Placed;
}

/** A swatch line's dash pattern at scale 1 (empty: solid). */
const LINE_DASH: Record<NonNullable<LegendItem['line']>, number[]> = {
  solid: [],
  dashed: [4, 3],
  dotted: [1.5, 2.5],
};

/** How a swatch's line or ring is stroked at scale `k`, as the canvas draws them. */
function strokeOf(item: LegendItem, k: number): { width: number; dash: number[] } {
  if (item.line) return { width: 2.5 * k, dash: LINE_DASH[item.line].map((d) => d * k) };
  return {
    width: (item.ring === 'double' ? 1.5 : 2) * k,
    dash: item.ring === 'dashed' ? [3 * k, 2 * k] : [],
  };
}

/** The radii a ring swatch of radius `r` is stroked at: two apart for a double border. */
function ringRadii(item: PlacedItem, r: number): number[] {
  const outer = r - item.stroke.width / 2;
  return item.ring === 'double' ? [outer, outer - 2 * item.stroke.width] : [outer];
}

/** Words of `text` on lines no wider than `width` (a word longer than that has its own line). */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && measure(tried) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  return line ? [...lines, line] : lines;
}

export function layoutCaption(
  c: Caption,
  graph: { width: number; height: number },
  measure: Measure,
): CaptionLayout {
  const width = Math.max(graph.width, MIN_WIDTH);
  const k = Math.max(1, width / READ_WIDTH);
  const [pad, bar, row, swatch, gap] = [PAD * k, BAR * k, LEGEND_ROW * k, SWATCH * k, GAP * k];
  let y = bar + pad;
  const title = wrap(c.title, width - 2 * pad, (t) => measure(t, font('title', k))).map((text) => {
    const at = { x: pad, y: y + (TITLE - 4) * k, text };
    y += TITLE * k;
    return at;
  });
  const lines = c.lines.map(() => {
    const at = { x: pad, y: y + (LINE - 4) * k };
    y += LINE * k;
    return at;
  });
  y += pad / 2;
  const graphAt = { x: Math.round((width - graph.width) / 2), y };
  y += graph.height + pad / 2;
  // Legend items flow left to right and wrap.
  const legend: PlacedItem[] = [];
  let x = pad;
  let rowTop = y;
  for (const item of c.legend) {
    const w = swatch + 6 * k + measure(item.label, font('legend', k));
    if (x > pad && x + w > width - pad) {
      x = pad;
      rowTop += row;
    }
    const mid = rowTop + row / 2;
    legend.push({
      ...item,
      x,
      y: rowTop,
      mid,
      size: swatch,
      stroke: strokeOf(item, k),
      iconBox: { x: x + swatch * 0.2, y: mid - swatch * 0.3, size: swatch * 0.6 },
      text: { x: x + swatch + 6 * k, y: mid + 4 * k },
    });
    x += w + gap;
  }
  if (legend.length > 0) y = rowTop + row;
  y += pad / 2;
  return {
    k,
    width,
    height: y + bar,
    graph: graphAt,
    title,
    lines,
    legend,
    bars: [0, y],
    barHeight: bar,
    barText: bar / 2 + 4 * k,
  };
}

/** An image for a data: URI (an entity type's icon), decoded; null if it cannot be. */
async function picture(uri: string): Promise<HTMLImageElement | null> {
  const img = new Image();
  img.src = uri;
  return img.decode().then(
    () => img,
    () => null,
  );
}

/** Draws the caption around the canvas's PNG; `scale` is the PNG's pixels per CSS pixel. */
export async function captionPng(
  png: Blob,
  c: Caption,
  scale: number,
  badges: readonly PictureBadge[] = [],
): Promise<Blob> {
  const graph = await createImageBitmap(png);
  const icons = new Map(
    await Promise.all(
      [...new Set(c.legend.flatMap((i) => (i.icon ? [i.icon] : [])))].map(
        async (uri) => [uri, await picture(uri)] as const,
      ),
    ),
  );
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const spill = badgeSpill(badges, graph.width / scale, measureText);
  const at = layoutCaption(
    c,
    { width: graph.width / scale + 2 * spill, height: graph.height / scale },
    measureText,
  );
  const left = at.graph.x + spill;
  const k = at.k;
  canvas.width = Math.ceil(at.width * scale);
  canvas.height = Math.ceil(at.height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, at.width, at.height);
  for (const top of at.bars) {
    ctx.fillStyle = levelColor(c.level);
    ctx.fillRect(0, top, at.width, at.barHeight);
    ctx.fillStyle = '#ffffff';
    ctx.font = font('marking', k);
    ctx.textAlign = 'center';
    ctx.fillText(c.marking, at.width / 2, top + at.barText);
  }
  ctx.textAlign = 'left';
  ctx.fillStyle = '#0f172a';
  ctx.font = font('title', k);
  for (const t of at.title) ctx.fillText(t.text, t.x, t.y);
  ctx.font = font('line', k);
  ctx.fillStyle = '#334155';
  c.lines.forEach((line, i) => ctx.fillText(line, at.lines[i]!.x, at.lines[i]!.y));
  ctx.drawImage(graph, left, at.graph.y, graph.width / scale, graph.height / scale);
  ctx.font = BADGE.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const b of badges) {
    const box = badgeBox({ ...b, x: left + b.x, y: at.graph.y + b.y }, measureText);
    ctx.beginPath();
    ctx.roundRect(box.x, box.y, box.w, box.h, box.r);
    ctx.fillStyle = BADGE.fill;
    ctx.fill();
    ctx.lineWidth = BADGE.border;
    ctx.strokeStyle = BADGE.ink;
    ctx.stroke();
    ctx.fillStyle = BADGE.ink;
    ctx.fillText(b.text, box.x + box.w / 2, box.y + box.h / 2);
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.font = font('legend', k);
  for (const item of at.legend) {
    const r = item.size / 2;
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    ctx.lineWidth = item.stroke.width;
    ctx.setLineDash(item.stroke.dash);
    ctx.beginPath();
    if (item.line) {
      ctx.moveTo(item.x, item.mid);
      ctx.lineTo(item.x + item.size, item.mid);
      ctx.stroke();
    } else if (item.ring) {
      for (const radius of ringRadii(item, r)) {
        ctx.beginPath();
        ctx.arc(item.x + r, item.mid, radius, 0, 2 * Math.PI);
        ctx.stroke();
      }
    } else {
      ctx.arc(item.x + r, item.mid, r, 0, 2 * Math.PI);
      ctx.fill();
      const icon = item.icon ? icons.get(item.icon) : null;
      const box = item.iconBox;
      if (icon) ctx.drawImage(icon, box.x, box.y, box.size, box.size);
    }
    ctx.fillStyle = '#0f172a';
    ctx.fillText(item.label, item.text.x, item.text.y);
  }
  graph.close();
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
export function captionSvg(
  svg: string,
  c: Caption,
  measure: Measure,
  badges: readonly PictureBadge[] = [],
): string {
  const root = /<svg\b([^>]*)>/.exec(svg);
  if (!root) throw new Error('not an SVG picture');
  const size = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(root[1]!)?.[1]);
  const graph = { width: size('width'), height: size('height') };
  if (!(graph.width > 0 && graph.height > 0)) throw new Error('an SVG picture without a size');
  const spill = badgeSpill(badges, graph.width, measure);
  const at = layoutCaption(c, { ...graph, width: graph.width + 2 * spill }, measure);
  const left = at.graph.x + spill;
  const k = at.k;
  const inner = svg.slice(root.index).replace(/<svg\b/, `<svg x="${left}" y="${at.graph.y}"`);
  const text = (x: number, y: number, f: string, fill: string, s: string, anchor = 'start') =>
    `<text x="${x}" y="${y}" style="font: ${f}" fill="${fill}" text-anchor="${anchor}">${xml(s)}</text>`;
  const bars = at.bars.map(
    (top) =>
      `<rect x="0" y="${top}" width="${at.width}" height="${at.barHeight}" fill="${levelColor(c.level)}"/>` +
      text(at.width / 2, top + at.barText, font('marking', k), '#ffffff', c.marking, 'middle'),
  );
  const legend = at.legend.map((item) => {
    const r = item.size / 2;
    const { width, dash } = item.stroke;
    const stroke = `stroke="${item.color}" stroke-width="${width}"${dash.length > 0 ? ` stroke-dasharray="${dash.join(' ')}"` : ''}`;
    const box = item.iconBox;
    const swatch = item.line
      ? `<line x1="${item.x}" y1="${item.mid}" x2="${item.x + item.size}" y2="${item.mid}" ${stroke}/>`
      : item.ring
        ? ringRadii(item, r)
            .map(
              (radius) =>
                `<circle cx="${item.x + r}" cy="${item.mid}" r="${radius}" fill="none" ${stroke}/>`,
            )
            .join('')
        : `<circle cx="${item.x + r}" cy="${item.mid}" r="${r}" fill="${item.color}"/>` +
          (item.icon
            ? `<image x="${box.x}" y="${box.y}" width="${box.size}" height="${box.size}" href="${xml(item.icon)}"/>`
            : '');
    return swatch + text(item.text.x, item.text.y, font('legend', k), '#0f172a', item.label);
  });
  return [
    `<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${at.width}" height="${at.height}">`,
    `<rect x="0" y="0" width="${at.width}" height="${at.height}" fill="#ffffff"/>`,
    ...bars,
    ...at.title.map((t) => text(t.x, t.y, font('title', k), '#0f172a', t.text)),
    ...c.lines.map((line, i) =>
      text(at.lines[i]!.x, at.lines[i]!.y, font('line', k), '#334155', line),
    ),
    inner,
    ...badges.map((b) => {
      const box = badgeBox({ ...b, x: left + b.x, y: at.graph.y + b.y }, measure);
      return (
        `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="${box.r}" fill="${BADGE.fill}" stroke="${BADGE.ink}" stroke-width="${BADGE.border}"/>` +
        `<text x="${box.x + box.w / 2}" y="${box.y + box.h / 2}" style="font: ${BADGE.font}" fill="${BADGE.ink}" text-anchor="middle" dominant-baseline="central">${xml(b.text)}</text>`
      );
    }),
    ...legend,
    '</svg>',
  ].join('\n');
}
