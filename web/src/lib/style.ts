// How entities and links look on the canvas. Every element carries its colour, shape, icon,
// size and line style as data, and the stylesheet reads them through data(...) mappers: a
// handful of selectors for any number of types (one selector per type froze a real explorer).
import type { StylesheetJson } from 'cytoscape';

export interface TypeLook {
  color: string;
  shape: string;
}

// Colours are dark enough for a white icon (contrast ≥ 4.5:1 on the fill).
export const typeLook: Record<string, TypeLook> = {
  Person: { color: '#1d4ed8', shape: 'ellipse' },
  Organization: { color: '#b91c1c', shape: 'round-hexagon' },
  Company: { color: '#6d28d9', shape: 'round-rectangle' },
  Case: { color: '#c2410c', shape: 'round-rectangle' },
  Incident: { color: '#b45309', shape: 'round-triangle' },
  Arrest: { color: '#be123c', shape: 'round-diamond' },
  Custody: { color: '#44403c', shape: 'round-octagon' },
  CjmCase: { color: '#9d174d', shape: 'round-pentagon' },
  Address: { color: '#047857', shape: 'round-tag' },
  Phone: { color: '#0e7490', shape: 'round-rectangle' },
  Vehicle: { color: '#4d7c0f', shape: 'barrel' },
  BankAccount: { color: '#854d0e', shape: 'round-hexagon' },
  Transfer: { color: '#a16207', shape: 'round-rectangle' },
  FinancialReport: { color: '#7e22ce', shape: 'round-tag' },
  // Places that hold places: one shape, told apart by icon and shade (the largest darkest; the
  // quadrant in the map's quadrant indigo).
  Alcaldia: { color: '#1e293b', shape: 'round-pentagon' },
  Colonia: { color: '#475569', shape: 'round-pentagon' },
  Cuadrante: { color: '#4338ca', shape: 'round-pentagon' },
};

export const fallbackLook: TypeLook = { color: '#4b5563', shape: 'ellipse' };

export interface RelLook {
  color: string;
  width: number;
}

const family = { color: '#be185d', width: 2.5 };
const org = { color: '#b91c1c', width: 2 };
const event = { color: '#c2410c', width: 1.5 };
const place = { color: '#047857', width: 1 };
/** Where a place lies (its borough, colonia, quadrant): background, grey, apart from who lives where. */
const within = { color: '#94a3b8', width: 1 };
const comms = { color: '#0e7490', width: 1.5 };
const money = { color: '#a16207', width: 1.5 };

export const relLook: Record<string, RelLook> = {
  FAMILY_OF: family,
  ASSOCIATE_OF: { color: '#1d4ed8', width: 2.5 },
  MEMBER_OF: org,
  // A gang's structure (cell of): darker and wider than a person's membership, told apart in the legend.
  SUBCELL_OF: { color: '#7f1d1d', width: 3 },
  DIRECTOR_OF: org,
  INVOLVED_IN: event,
  ARRESTED: event,
  FOR_CASE: event,
  CUSTODY_OF: event,
  CONCERNS: event,
  REPORTED_BY: event,
  INVOLVED_VEHICLE: event,
  LIVES_AT: place,
  OCCURRED_AT: place,
  REGISTERED_AT: place,
  IN_ALCALDIA: within,
  IN_COLONIA: within,
  IN_CUADRANTE: within,
  USES_PHONE: comms,
  CALLED: comms,
  OWNS: money,
  HOLDS_ACCOUNT: money,
  FROM: money,
  TO: money,
  VISITED: { color: '#57534e', width: 1.5 },
  CONFIRMED_LINK: { color: '#15803d', width: 3 },
  HYPOTHESIS: { color: '#6d28d9', width: 3.5 },
  // Links confirmed from approved hypotheses (the other types reuse the families above).
  SAME_AS: { color: '#1d4ed8', width: 3 },
  PAYS: money,
  UNKNOWN_LINK: { color: '#475569', width: 2 },
};

export const fallbackRelLook: RelLook = { color: '#6b7280', width: 1.5 };

/** A legend's row of links: the types drawn alike (one colour, width and dash), by name. */
export interface LegendLine {
  look: RelLook;
  /** Drawn dashed (a hypothesis is never a fact). */
  dashed: boolean;
  types: string[];
}

/**
 * The link types drawn, one row per look: links share their target's colour by family (who
 * lives where and where a case happened are both green, to a place), so one row per type showed
 * lines that could not be told apart (QA); each row names its types, ordered by name.
 */
export function legendLines(rels: readonly string[], name: (r: string) => string): LegendLine[] {
  const rows = new Map<string, LegendLine>();
  for (const r of rels) {
    const look = relLook[r] ?? fallbackRelLook;
    const dashed = r === 'HYPOTHESIS';
    const key = `${look.color}|${look.width}|${dashed}`;
    const row = rows.get(key);
    if (row) row.types.push(r);
    else rows.set(key, { look, dashed, types: [r] });
  }
  const byName = (a: string, b: string) => name(a).localeCompare(name(b));
  for (const row of rows.values()) row.types.sort(byName);
  return [...rows.values()].sort((a, b) => byName(a.types[0]!, b.types[0]!));
}

/** Degree above which a node is a "supernode": it gets a badge and is never expanded blindly. */
export const SUPERNODE = 200;

/** Border colours that mean something on the canvas (the legends on screen and in pictures
 * say what): links not drawn yet, pinned, a collapsed group, lit by Connect. */
export const RING = {
  more: '#d97706',
  pinned: '#0f172a',
  collapsed: '#7f1d1d',
  highlight: '#facc15',
  /** The outline of a line that only a supervisor's approval of a hypothesis stands for. */
  reviewed: '#7c3aed',
};

/** Lines' labels (line-labels.ts measures them): Cytoscape's own family, named. */
export const LINE_FONT = { size: 8, family: 'Helvetica Neue, Helvetica, sans-serif' };

export const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      'background-image': 'data(icon)',
      'background-width': '58%',
      'background-height': '58%',
      'background-clip': 'none',
      label: 'data(label)',
      color: '#0f172a',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '150px',
      'text-outline-color': '#f8fafc',
      'text-outline-width': 2,
      'min-zoomed-font-size': 6,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  // Links not yet on the canvas: an amber ring says "there is more here".
  { selector: 'node[?more]', style: { 'border-color': RING.more, 'border-width': 3 } },
  { selector: 'node[?super]', style: { 'border-style': 'double', 'border-width': 6 } },
  { selector: 'node[?pinned]', style: { 'border-color': RING.pinned, 'border-style': 'dashed' } },
  {
    selector: 'node:parent',
    style: {
      'background-color': '#fee2e2',
      'background-opacity': 0.6,
      'background-image': 'none',
      'border-color': '#b91c1c',
      'border-width': 2,
      'text-valign': 'top',
      'font-weight': 'bold',
      shape: 'round-rectangle',
      padding: '18px',
    },
  },
  // A group's name ends with its size: wrapped over lines, not cut before it.
  {
    selector: 'node[?collapsed]',
    style: { 'border-color': RING.collapsed, 'border-width': 4, 'text-wrap': 'wrap' },
  },
  {
    // A halo behind the node as well as the tint (accessibility review: the tint alone, ~1.5:1
    // on the canvas, was hard to see); around the border, which has meanings of its own.
    selector: 'node:selected',
    style: {
      'overlay-color': '#1d4ed8',
      'overlay-opacity': 0.25,
      'overlay-padding': 6,
      'underlay-color': '#1d4ed8',
      'underlay-opacity': 0.7,
      'underlay-padding': 5,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': LINE_FONT.size,
      'font-family': LINE_FONT.family,
      color: '#334155',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 7,
    },
  },
  // A line that would cross a node it does not join is bent around it (dodge.ts).
  {
    selector: 'edge[?bent]',
    style: {
      'curve-style': 'unbundled-bezier',
      'control-point-distances': 'data(bendD)',
      'control-point-weights': 'data(bendW)',
    },
  },
  // Links from approved hypotheses: outlined, so an analyst's reviewed judgement is never
  // taken for an agency's record.
  {
    selector: 'edge[?reviewed]',
    style: { 'line-outline-width': 3, 'line-outline-color': RING.reviewed },
  },
  // Links that ended (a former member's membership): dotted, apart from those that hold.
  { selector: 'edge[?ended]', style: { 'line-style': 'dotted' } },
  // Unconfirmed links (proposed, hypotheses): dashed, so they are never taken for facts.
  { selector: 'edge[?dashed]', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 5] } },
  { selector: 'edge[count > 1]', style: { label: 'data(countLabel)' } },
  // A label with no room at its line's middle is slid along it; one with no room anywhere is
  // left out, and read while the line is pointed at or selected (line-labels.ts).
  {
    selector: 'edge[?slid]',
    style: { 'text-margin-x': 'data(slideX)' as never, 'text-margin-y': 'data(slideY)' as never },
  },
  { selector: 'edge[?crowded]', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  {
    selector: 'edge[?crowded].peek, edge[?crowded]:selected',
    // Over the nodes too, which its label has no room beside.
    style: {
      'text-opacity': 1,
      'text-background-opacity': 0.85,
      'z-compound-depth': 'top',
    },
  },
  {
    selector: 'edge:selected',
    style: { 'overlay-color': '#1d4ed8', 'overlay-opacity': 0.25, 'overlay-padding': 4 },
  },
  // A path or network found by Connect stands out; the rest steps back.
  { selector: '.faded', style: { opacity: 0.18 } },
  {
    selector: 'node.hl',
    style: { 'border-color': RING.highlight, 'border-width': 5, 'border-style': 'solid' },
  },
  {
    selector: 'edge.hl',
    style: { 'line-color': '#ca8a04', 'target-arrow-color': '#ca8a04', width: 4, 'z-index': 9 },
  },
  { selector: '.nolabel', style: { label: '' } },
  // Copies of links that only steer a layout (canvas-layout.ts) for the moment it runs.
  { selector: '.layout-only', style: { display: 'none' } },
];
