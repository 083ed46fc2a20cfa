import { describe, expect, it } from 'vitest';
import {
  captionSvg,
  font,
  layoutCaption,
  legendOf,
  MIN_WIDTH,
  READ_WIDTH,
  type Caption,
} from './export-image';
import type { Measure } from './measure';
import { edge, entity, provenance } from './fixtures';
import { markingOf, markingText } from './marking';
import { RING } from './style';

/** Six pixels a character: enough to test wrapping without a browser. */
const measure: Measure = (text) => text.length * 6;

const caption = (c: Partial<Caption> = {}): Caption => ({
  marking: 'CONFIDENCIAL · Víctimas de violencia de género',
  level: 2,
  title: 'Red <Quintanilla> & "socios"',
  lines: ['Exportado por Ana el 5 dic 2026', '3 entidades · 2 vínculos'],
  legend: [
    { label: 'Persona', color: '#1d4ed8' },
    { label: 'Hipótesis', color: '#6d28d9', line: 'dashed' },
  ],
  ...c,
});

describe('the marking of an export', () => {
  it('is the highest level of what it holds and every compartment, links included', () => {
    const m = markingOf([
      entity('a'),
      entity('b', { provenance: provenance({ classification: 1, compartments: ['MIN'] }) }),
      edge('e', 'a', 'b', { provenance: provenance({ classification: 2, compartments: ['GV'] }) }),
    ]);
    expect(m).toEqual({ level: 2, compartments: ['GV', 'MIN'] });
    expect(markingText(m, ['Público', 'Reservado', 'Confidencial'], (c) => `[${c}]`)).toBe(
      'CONFIDENCIAL · [GV] · [MIN]',
    );
    expect(markingOf([entity('a')])).toEqual({ level: 0, compartments: [] });
    expect(markingText(markingOf([]), ['Público'], String)).toBe('PÚBLICO');
  });
});

describe('the legend of an export', () => {
  const words = {
    typeName: (t: string) => ({ Person: 'Persona', Phone: 'Teléfono' })[t] ?? t,
    relName: (r: string) => ({ ASSOCIATE_OF: 'Asociado de', HYPOTHESIS: 'Hipótesis' })[r] ?? r,
    typeColor: (t: string) => `c-${t}`,
    relColor: (r: string) => `c-${r}`,
    icon: (t: string) => `icon-${t}`,
    more: 'más',
    busy: 'muchos',
    pinned: 'fijado',
    group: 'grupo',
    highlighted: 'resaltado',
    reviewed: 'aprobada',
    dashed: 'discontinua',
    ended: 'punteada',
  };
  const n = (id: string, type: string, data: Record<string, unknown> = {}, classes = '') => ({
    group: 'nodes',
    data: { id, type, ...data },
    classes,
  });
  const e = (type: string, classes = '', data: Record<string, unknown> = {}) => ({
    group: 'edges',
    data: { type, ...data },
    classes,
  });

  it('names the entity types, then the link types drawn, each once, hypotheses dashed', () => {
    const items = legendOf(
      [n('a', 'Person'), n('b', 'Person'), n('t', 'Phone'), e('ASSOCIATE_OF'), e('HYPOTHESIS')],
      words,
    );
    expect(items).toEqual([
      { label: 'Persona', color: 'c-Person', icon: 'icon-Person' },
      { label: 'Teléfono', color: 'c-Phone', icon: 'icon-Phone' },
      { label: 'Asociado de', color: 'c-ASSOCIATE_OF', line: 'solid' },
      { label: 'Hipótesis', color: 'c-HYPOTHESIS', line: 'dashed' },
    ]);
  });

  it('gives link types drawn alike one row, as the legend on screen (QA: lines that looked the same)', () => {
    const items = legendOf(
      [n('a', 'Person'), n('d', 'Address'), e('LIVES_AT'), e('OCCURRED_AT'), e('CALLED')],
      words,
    );
    expect(items.filter((i) => i.line)).toEqual([
      { label: 'CALLED', color: 'c-CALLED', line: 'solid' },
      { label: 'LIVES_AT · OCCURRED_AT', color: 'c-LIVES_AT', line: 'solid' },
    ]);
  });

  it('says what the rings drawn mean, and reads a collapsed group as a group, not a type', () => {
    const items = legendOf(
      [
        n('a', 'Person', { more: true, super: true }),
        n('g', 'Group', { collapsed: true }),
        n('p', 'Phone', { pinned: true }, 'hl'),
      ],
      words,
    );
    expect(items.map((i) => i.label)).toEqual([
      'Persona',
      'Teléfono',
      'más',
      'muchos',
      'fijado',
      'grupo',
      'resaltado',
    ]);
    expect(items.find((i) => i.label === 'muchos')?.ring).toBe('double');
    // A line only an approved hypothesis stands for is told from an agency's record.
    expect(
      legendOf([n('a', 'Person'), e('ASSOCIATE_OF', '', { reviewed: true })], words).at(-1),
    ).toEqual({ label: 'aprobada', color: RING.reviewed, line: 'solid' });
    expect(legendOf([n('a', 'Person')], words).map((i) => i.label)).toEqual(['Persona']);
  });

  it('says what dashed and dotted lines mean, as the legend on screen', () => {
    const items = legendOf(
      [
        n('a', 'Person'),
        e('MEMBER_OF', '', { ended: true }),
        e('ASSOCIATE_OF', '', { dashed: true }),
      ],
      words,
    );
    expect(items.slice(-2)).toEqual([
      { label: 'discontinua', color: '#334155', line: 'dashed' },
      { label: 'punteada', color: '#334155', line: 'dotted' },
    ]);
  });
});

describe('the caption around the picture', () => {
  it('centres a narrow picture on the minimum width, below the title and lines', () => {
    const at = layoutCaption(caption(), { width: 200, height: 100 }, measure);
    expect(at.width).toBe(MIN_WIDTH);
    expect(at.graph.x).toBe((MIN_WIDTH - 200) / 2);
    expect(at.graph.y).toBeGreaterThan(at.lines[1]!.y);
    // Legend below the picture, then the bottom bar, which ends the image.
    expect(at.legend[0]!.y).toBeGreaterThanOrEqual(at.graph.y + 100);
    expect(at.bars[0]).toBe(0);
    expect(at.bars[1] + at.barHeight).toBe(at.height);
    expect(at.bars[1]).toBeGreaterThan(at.legend[0]!.y);
  });

  it('wraps a long title, and grows with a picture too wide to read once shrunk to a page', () => {
    const long =
      'Investigación conjunta FGJ–SSC sobre extorsión y cobro de piso en Gustavo A. Madero, Azcapotzalco e Iztapalapa, segunda fase';
    const at = layoutCaption(caption({ title: long }), { width: 400, height: 100 }, measure);
    expect(at.title.length).toBeGreaterThan(1);
    expect(at.title.map((t) => t.text).join(' ')).toBe(long);
    for (const t of at.title) expect(measure(t.text, '')).toBeLessThanOrEqual(MIN_WIDTH - 32);
    expect(at.lines[0]!.y).toBeGreaterThan(at.title.at(-1)!.y);
    expect(at.k).toBe(1);
    const wide = layoutCaption(caption(), { width: 4 * READ_WIDTH, height: 3000 }, measure);
    expect(wide.k).toBe(4);
    expect(wide.barHeight).toBe(4 * at.barHeight);
    expect(font('title', wide.k)).toBe('bold 64px system-ui, sans-serif');
  });

  it('wraps the legend onto rows that fit the width', () => {
    const legend = Array.from({ length: 30 }, (_, i) => ({
      label: `Tipo número ${i}`,
      color: '#000',
    }));
    const at = layoutCaption(caption({ legend }), { width: 1000, height: 400 }, measure);
    const rows = new Set(at.legend.map((l) => l.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const l of at.legend)
      expect(l.x + 18 + measure(l.label, '')).toBeLessThanOrEqual(1000 - 16);
    // Keeps the picture's width when it is wider than the minimum.
    expect(at.width).toBe(1000);
  });

  it('puts the SVG picture inside, placed, with the marking above and below and text escaped', () => {
    const picture =
      '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="900" height="300"><g><rect/></g></svg>';
    const out = captionSvg(picture, caption(), measure);
    const at = layoutCaption(caption(), { width: 900, height: 300 }, measure);
    expect(out).toMatch(/^<svg [^>]*width="900" height="\d+"/);
    expect(out).toContain(`<svg x="0" y="${at.graph.y}" version="1.1"`);
    expect(out).toContain('<g><rect/></g>');
    expect(out.split('CONFIDENCIAL · Víctimas de violencia de género')).toHaveLength(3);
    expect(out).toContain('Red &#60;Quintanilla&#62; &#38; &#34;socios&#34;');
    expect(out).toContain('stroke-dasharray="4 3"');
    // Well-formed: one root, closed.
    expect(new DOMParserLike(out).roots()).toBe(1);
    // A busy entity's badge, over the picture where the canvas draws it, escaped.
    const badged = captionSvg(picture, caption(), measure, [{ x: 100, y: 40, text: '1.2k<' }]);
    const badge =
      /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*fill="#7c2d12"[^>]*\/><text [^>]*>1\.2k&#60;<\/text>/.exec(
        badged,
      );
    expect(badge).not.toBeNull();
    const [x, y, w, h] = badge!.slice(1).map(Number) as [number, number, number, number];
    expect([x + w / 2, y + h / 2]).toEqual([at.graph.x + 100, at.graph.y + 40]);
    expect(new DOMParserLike(badged).roots()).toBe(1);
    // The legend's double border is two rings, as on the canvas; any other ring one.
    const ringed = captionSvg(
      picture,
      caption({
        legend: [
          { label: 'Más de 200 vínculos', color: '#d97706', ring: 'double' },
          { label: 'Vínculos sin dibujar', color: '#d97706', ring: 'solid' },
        ],
      }),
      measure,
    );
    expect(ringed.match(/<circle [^>]*fill="none"/g)).toHaveLength(3);
    // One at the picture's right edge: the caption widens on both sides to hold it whole.
    const edge = captionSvg(picture, caption(), measure, [{ x: 899, y: 40, text: '230' }]);
    const [, rx, rw] = /<rect x="([\d.-]+)" y="[\d.-]+" width="([\d.]+)"[^>]*fill="#7c2d12"/
      .exec(edge)!
      .map(Number);
    const wide = Number(/^<svg [^>]*width="([\d.]+)"/.exec(edge)![1]);
    expect(wide).toBeGreaterThan(900);
    expect(rx! + rw!).toBeLessThanOrEqual(wide - 2);
    expect(edge).toContain(`<svg x="${(wide - 900) / 2}" y="${at.graph.y}"`);
    expect(() => captionSvg('<p>no</p>', caption(), measure)).toThrow(/not an SVG/);
    expect(() => captionSvg('<svg width="0" height="3"></svg>', caption(), measure)).toThrow(
      /without a size/,
    );
  });
});

/** Counts top-level elements by balancing tags (no DOM in unit tests). */
class DOMParserLike {
  constructor(private readonly xml: string) {}
  roots(): number {
    let depth = 0;
    let roots = 0;
    for (const m of this.xml.matchAll(/<(\/?)[a-zA-Z][^>]*?(\/?)>/g)) {
      if (m[1]) depth--;
      else if (!m[2]) {
        if (depth === 0) roots++;
        depth++;
      } else if (depth === 0) roots++;
    }
    return depth === 0 ? roots : -1;
  }
}
