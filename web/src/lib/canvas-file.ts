// What an investigation stores. The server keeps the view state as opaque JSON and the elements
// as references it re-reads with the reader's need-to-know when the investigation is opened,
// so the view state holds ids only (never captions or fields) and survives elements that the
// reader may not see.
import type { Edge, Entity } from './api';
import { noFilters, RELIABILITY, type Filters } from './filters';
import { sameMembers, type DomainGraph, type Group, type Position } from './graph';
import { groupName } from './groups';
import { LAYOUTS, type LayoutName, type MapFrame } from './layouts';
import type { SizeBy } from './elements';

export const FORMAT = 'trama-canvas/1';

export interface ViewSettings {
  filters: Filters;
  sizeBy: SizeBy;
  edgeLabels: boolean;
  layout: LayoutName;
  /** The map the geographic layout drew on (layouts.ts): null for the other layouts. */
  mapFrame: MapFrame | null;
}

export const defaultView: ViewSettings = {
  filters: noFilters,
  sizeBy: 'degree',
  edgeLabels: true,
  layout: 'fcose',
  mapFrame: null,
};

/**
 * Whether two views save alike, setting by setting and by value: filters put back by hand or
 * by "Quitar filtros" are those saved again (QA: "Cambios sin guardar" stayed, as the filters
 * read from the save were another object than the defaults), whatever order the kinds hidden
 * were ticked in.
 */
export function viewsAlike(a: ViewSettings, b: ViewSettings): boolean {
  if (a === b) return true;
  const [f, g] = [a.filters, b.filters];
  const sameFilters =
    f === g ||
    (sameMembers(f.hiddenTypes, g.hiddenTypes) &&
      sameMembers(f.hiddenRelTypes, g.hiddenRelTypes) &&
      sameMembers(f.hiddenAgencies, g.hiddenAgencies) &&
      f.maxReliability === g.maxReliability &&
      f.maxCredibility === g.maxCredibility &&
      f.time?.from === g.time?.from &&
      f.time?.to === g.time?.to);
  const [m, n] = [a.mapFrame, b.mapFrame];
  const sameFrame =
    m === n ||
    (m !== null &&
      n !== null &&
      m.lon0 === n.lon0 &&
      m.lat1 === n.lat1 &&
      m.kx === n.kx &&
      m.scale === n.scale);
  return (
    sameFilters &&
    sameFrame &&
    a.sizeBy === b.sizeBy &&
    a.edgeLabels === b.edgeLabels &&
    a.layout === b.layout
  );
}

interface CanvasJson {
  format: typeof FORMAT;
  positions: Record<string, [number, number]>;
  hidden: string[];
  pinned: string[];
  groups: Group[];
  view: ViewSettings;
}

export interface CanvasContent {
  canvas: string;
  entityIds: string[];
  links: { id: string; type: string; source: string; target: string; hypothesisId?: string }[];
}

export function serialize(g: DomainGraph, view: ViewSettings): CanvasContent {
  const json: CanvasJson = {
    format: FORMAT,
    positions: Object.fromEntries(
      [...g.positions]
        .filter(([id]) => g.nodes.has(id) || g.groups.has(id))
        .map(([id, p]) => [id, [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10]]),
    ),
    hidden: [...g.hidden],
    pinned: [...g.pinned],
    groups: [...g.groups.values()].map((gr) => ({ ...gr, members: [...gr.members] })),
    view,
  };
  return {
    canvas: JSON.stringify(json),
    entityIds: [...g.nodes.keys()],
    links: [...g.edges.values()].map((e) => ({
      id: e.id,
      type: e.type,
      source: e.source,
      target: e.target,
      // A confirmed link: approved again after a reopening, it is found by its hypothesis.
      ...(e.provenance.source === 'TRAMA' && e.provenance.sourceId
        ? { hypothesisId: e.provenance.sourceId }
        : {}),
    })),
  };
}

const SIZES: SizeBy[] = ['none', 'degree', 'cases'];

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function readFilters(v: unknown): Filters {
  const f = (v ?? {}) as Partial<Filters>;
  const time =
    f.time && Number.isFinite(f.time.from) && Number.isFinite(f.time.to)
      ? { from: f.time.from, to: f.time.to }
      : null;
  return {
    hiddenTypes: strings(f.hiddenTypes),
    hiddenRelTypes: strings(f.hiddenRelTypes),
    hiddenAgencies: strings(f.hiddenAgencies),
    maxReliability: RELIABILITY.includes(f.maxReliability!) ? f.maxReliability! : 'F',
    maxCredibility:
      Number.isInteger(f.maxCredibility) && f.maxCredibility! >= 1 && f.maxCredibility! <= 6
        ? f.maxCredibility!
        : noFilters.maxCredibility,
    time,
  };
}

/** Rebuilds the canvas from what the server returned; anything it left out is dropped here. */
export function restore(
  canvas: string,
  entities: readonly Entity[],
  links: readonly Edge[],
): { graph: DomainGraph; view: ViewSettings } {
  let json: Partial<CanvasJson> = {};
  try {
    const parsed = JSON.parse(canvas) as Partial<CanvasJson>;
    if (parsed?.format === FORMAT) json = parsed;
  } catch {
    // an unreadable view state still opens the elements, with default settings
  }
  const nodes = new Map(entities.map((e) => [e.id, e]));
  const edges = new Map(
    links.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => [e.id, e]),
  );
  const groups = new Map<string, Group>();
  for (const gr of json.groups ?? []) {
    const members = strings(gr.members).filter((m) => nodes.has(m));
    if (members.length > 0 && typeof gr.id === 'string') {
      const anchor = typeof gr.anchor === 'string' && nodes.has(gr.anchor) ? gr.anchor : null;
      const name = typeof gr.name === 'string' ? groupName(gr.name) : '';
      groups.set(gr.id, {
        id: gr.id,
        anchor,
        members,
        collapsed: gr.collapsed === true,
        ...(gr.kind === 'samePerson' ? { kind: 'samePerson' as const } : {}),
        ...(name ? { name } : {}),
      });
    }
  }
  const positions = new Map<string, Position>();
  for (const [id, p] of Object.entries(json.positions ?? {})) {
    if ((nodes.has(id) || groups.has(id)) && Array.isArray(p) && p.length === 2) {
      positions.set(id, { x: Number(p[0]), y: Number(p[1]) });
    }
  }
  const v = (json.view ?? {}) as Partial<ViewSettings>;
  return {
    graph: {
      nodes,
      edges,
      hidden: new Set(strings(json.hidden).filter((id) => nodes.has(id))),
      pinned: new Set(strings(json.pinned).filter((id) => nodes.has(id) || groups.has(id))),
      groups,
      positions,
      // Not saved: a bundle's count is what one viewer may see (a colleague opening the file
      // may see fewer links); the next expansion counts them again.
      bundles: new Map(),
    },
    view: {
      filters: readFilters(v.filters),
      sizeBy: SIZES.includes(v.sizeBy!) ? v.sizeBy! : defaultView.sizeBy,
      edgeLabels: v.edgeLabels !== false,
      layout: LAYOUTS.includes(v.layout!) ? v.layout! : defaultView.layout,
      mapFrame: v.layout === 'geo' ? readFrame(v.mapFrame) : null,
    },
  };
}

/** A saved map frame, if it is one (finite numbers, a positive scale); else none. */
function readFrame(v: unknown): MapFrame | null {
  if (typeof v !== 'object' || v === null) return null;
  const { lon0, lat1, kx, scale } = v as Record<string, unknown>;
  const finite = [lon0, lat1, kx, scale].every((x) => typeof x === 'number' && Number.isFinite(x));
  return finite && (scale as number) > 0 && (kx as number) > 0
    ? ({ lon0, lat1, kx, scale } as MapFrame)
    : null;
}
