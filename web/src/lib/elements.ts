// The derived step from the domain graph to what Cytoscape draws: visible nodes and links with
// their look as data, groups as compound or collapsed nodes, and the links of one type between
// two drawn nodes (200 calls from one phone to another, or links into a collapsed group) merged
// into one line labelled with their count. Pure, so it is tested without a browser.
import type { ElementDefinition } from 'cytoscape';
import type { Edge, Entity } from './api';
import { bundleKey, linkCounts, linksOnCanvas, type DomainGraph } from './graph';
import { DEGREE_CAP } from './format';
import { groupLabel } from './groups';
import { iconFor } from './icons';
import { fallbackLook, fallbackRelLook, relLook, SUPERNODE, typeLook } from './style';

export type SizeBy = 'none' | 'degree' | 'cases';

export interface DrawOptions {
  sizeBy: SizeBy;
  /** Cases per entity, for sizeBy 'cases' (entities not yet counted are drawn small). */
  caseCounts: ReadonlyMap<string, number>;
  /** Ids to highlight (the rest fades), or null. */
  highlight: ReadonlySet<string> | null;
  /**
   * What was drawn when the highlight was set: only that fades around it, and what is drawn
   * afterwards (an expansion, a decided link) shows as usual. Everything fades when not given.
   */
  fadeable?: ReadonlySet<string> | null;
  edgeLabels: boolean;
  /** A link type's name, by the link's role where it has one ("Víctima en"). */
  relName: (type: string, role?: string | null) => string;
  /** How a line's count of links reads in the UI's language ("1,000+", "301+" when capped). */
  countText: (count: number, capped: boolean) => string;
  /** Entities an expansion found nothing more to bring for (graph.ts: stillAllDrawn). */
  allDrawn?: ReadonlySet<string>;
  /** A proposal's line label from its kind of link ("¿Misma persona?"); else "Hipótesis". */
  proposalName?: (hypothesisType: string) => string;
  /** An ended link's label from its own and the year it ended ("Integrante de (hasta 2020)"). */
  endedName?: (label: string, year: string) => string;
}

/** Node size from a measure: logarithmic, so a 1,000-link node does not cover the canvas. */
export function sizeFor(value: number | null | undefined): number {
  if (value == null || value <= 0) return 26;
  return Math.min(96, Math.round(26 + 7 * Math.log2(1 + value)));
}

/**
 * A node's name on the canvas: its caption, but for a case file, whose folio's long common
 * start ("CI-FCUH/CUH-4/UI-1 S/D/…") left every case of a fiscalía cut to the same words: the
 * prosecutors' office, then the number and date, as people quote a folio ("CUH-4 00123/01-2024:
 * AMENAZAS"). The whole folio stays in the side panel, search and exports.
 */
export function nodeLabel(e: Pick<Entity, 'type' | 'caption'>): string {
  if (e.type !== 'Case') return e.caption;
  const cut = e.caption.indexOf(': ');
  const folio = cut < 0 ? e.caption : e.caption.slice(0, cut);
  const parts = folio.split('/');
  if (parts.length < 5) return e.caption;
  const short = `${parts[1]} ${parts.slice(-2).join('/')}`;
  return cut < 0 ? short : short + e.caption.slice(cut);
}

/**
 * A link's role where it records one (a person in a case: VICTIM, SUSPECT…; a call, its kind:
 * VOZ or SMS), by which a link is named (i18n's relAs).
 */
export const roleOf = (e: Pick<Edge, 'type' | 'fields'>): string | undefined =>
  e.fields.find((f) => f.key === (e.type === 'CALLED' ? 'kind' : 'role'))?.value;

/**
 * A line's label: its kind of link, by its role where it has one (a victim and a suspect of one
 * case are told apart on the canvas); a proposal's, the kind it proposes (its `hypothesisType`).
 */
function lineLabel(e: Edge, opts: DrawOptions): string {
  const proposed = e.fields.find((f) => f.key === 'hypothesisType')?.value;
  if (e.type === 'HYPOTHESIS' && proposed && opts.proposalName) return opts.proposalName(proposed);
  return linkName(e, opts);
}

/** A link's name: by its role, and the year it ended if it has ("Integrante de (hasta 2021)"). */
export function linkName(
  e: Pick<Edge, 'type' | 'fields'>,
  names: Pick<DrawOptions, 'relName' | 'endedName'>,
): string {
  const name = names.relName(e.type, roleOf(e));
  const until = endedOn(e);
  return until && names.endedName ? names.endedName(name, until.slice(0, 4)) : name;
}

/**
 * The day a link ended (its `until`, a membership's last day) when it is past; null for one
 * that holds (QA: a gang's former members were drawn as its members).
 */
export function endedOn(e: Pick<Edge, 'fields'>, today = new Date()): string | null {
  const until = e.fields.find((f) => f.key === 'until')?.value;
  if (!until || !/^\d{4}-\d{2}-\d{2}/.test(until)) return null;
  return until.slice(0, 10) < today.toISOString().slice(0, 10) ? until.slice(0, 10) : null;
}

/** Proposed links and hypotheses are not facts yet. */
export function isUnconfirmed(e: Edge): boolean {
  return (
    e.type === 'HYPOTHESIS' || e.fields.some((f) => f.key === 'status' && f.value === 'PROPOSED')
  );
}

/**
 * A link a supervisor confirmed by approving a hypothesis (ADR 0012): an analyst's judgement
 * reviewed by a second pair of eyes, not an agency's record, and drawn so.
 */
export function isReviewed(e: Edge): boolean {
  return e.fields.some((f) => f.key === 'status' && f.value === 'CONFIRMED');
}

/** A selected line as the Inspector shows it: its most recent link, and its count when several. */
export interface SelectedLine {
  edge: Edge;
  bundle: {
    count: number;
    capped: boolean;
    firstAt?: string | null;
    lastAt?: string | null;
  } | null;
}

/** The id of the one line drawn for the links of a type between two drawn nodes (`meta:`…). */
export function mergedLineId(source: string, target: string, type: string): string {
  return `meta:${bundleKey({ source, target, type })}`;
}

/** Where each member of a collapsed group is drawn: at its group's node. */
function collapsedAt(g: DomainGraph): Map<string, string> {
  const at = new Map<string, string>();
  for (const gr of g.groups.values())
    if (gr.collapsed) for (const m of gr.members) at.set(m, gr.id);
  return at;
}

/**
 * The line a selected id stands for: `meta:` + `bundleKey` of its drawn ends for a line drawn
 * for several links (a collapsed group stands for its members), or one link's id. A link is
 * shown as the line it belongs to, so a line selected before its links were counted (when it
 * was drawn for one) shows their count once they come; a proposal is always a line of its own
 * (toElements). A line into a collapsed group counts the links of all its members.
 */
export function selectedLine(g: DomainGraph, id: string): SelectedLine | null {
  const one = id.startsWith('meta:') ? undefined : g.edges.get(id);
  if (one && isUnconfirmed(one)) return { edge: one, bundle: null };
  const groupAt = collapsedAt(g);
  const drawnKey = (x: Edge) =>
    bundleKey({
      source: groupAt.get(x.source) ?? x.source,
      target: groupAt.get(x.target) ?? x.target,
      type: x.type,
    });
  // A link between two members of one collapsed group is not drawn (toElements).
  if (one && groupAt.has(one.source) && groupAt.get(one.source) === groupAt.get(one.target))
    return null;
  const key = id.startsWith('meta:') ? id.slice('meta:'.length) : one && drawnKey(one);
  if (!key) return null;
  const at = (x: Edge) => x.fields.find((f) => f.key === 'occurredAt')?.value ?? '';
  let latest: Edge | undefined;
  /** The bundles (pairs of entities) the line stands for: one, or one per group member. */
  const bundles = new Set<string>();
  for (const x of g.edges.values()) {
    // A proposal is a line of its own, unless a collapsed group draws one of its ends.
    const own = !groupAt.has(x.source) && !groupAt.has(x.target);
    if (drawnKey(x) !== key || (isUnconfirmed(x) && own)) continue;
    bundles.add(bundleKey(x));
    if (!latest || at(x) > at(latest)) latest = x;
  }
  if (!latest) return one ? { edge: one, bundle: null } : null;
  const counts = linkCounts(g);
  let count = 0;
  let capped = false;
  let firstAt: string | null | undefined;
  let lastAt: string | null | undefined;
  for (const b of bundles) {
    const line = counts.get(b);
    count += line?.count ?? 0;
    capped ||= line?.capped ?? false;
    const span = g.bundles.get(b);
    if (span?.firstAt && (!firstAt || span.firstAt < firstAt)) firstAt = span.firstAt;
    if (span?.lastAt && (!lastAt || span.lastAt > lastAt)) lastAt = span.lastAt;
  }
  return {
    edge: latest,
    bundle: count > 1 ? { count, capped, firstAt, lastAt } : null,
  };
}

/**
 * Highlight classes: `hl` when any of `ids` is highlighted, `faded` when others are (and any of
 * `ids` was drawn then).
 */
function classes(ids: readonly string[], opts: DrawOptions, edge = false): string {
  const hl = opts.highlight;
  const fadeable = opts.fadeable;
  const cls = !hl
    ? ''
    : ids.some((id) => hl.has(id))
      ? 'hl'
      : !fadeable || ids.some((id) => fadeable.has(id))
        ? 'faded'
        : '';
  return edge && !opts.edgeLabels ? `${cls} nolabel`.trim() : cls;
}

export function toElements(
  g: DomainGraph,
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
  opts: DrawOptions,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  // Links on the canvas per node, counted once (not per node: that is quadratic on big canvases);
  // a line stands for as many links as its bundle counts.
  const counts = linkCounts(g);
  const onCanvas = linksOnCanvas(counts);
  /** Where each member of a collapsed group is drawn: at its group's node. */
  const drawnAt = new Map<string, string>();
  const parentOf = new Map<string, string>();
  for (const gr of g.groups.values()) {
    const members = gr.members.filter((m) => visible.nodes.has(m));
    if (members.length === 0) continue;
    const label = groupLabel(g, gr);
    if (gr.collapsed) {
      members.forEach((m) => drawnAt.set(m, gr.id));
      // One person's records look like a person; other groups, like an organisation.
      const person = gr.kind === 'samePerson';
      const look = typeLook[person ? 'Person' : 'Organization']!;
      out.push({
        group: 'nodes',
        data: {
          id: gr.id,
          label,
          type: 'Group',
          // What the legend lists it under: one person's records are a person.
          ...(person ? { legendType: 'Person' } : {}),
          color: look.color,
          shape: person ? look.shape : 'round-rectangle',
          icon: iconFor(person ? 'Person' : 'Organization'),
          size: sizeFor(members.length * 4),
          collapsed: true,
          pinned: g.pinned.has(gr.id),
        },
        classes: classes(members, opts),
      });
    } else {
      members.forEach((m) => parentOf.set(m, gr.id));
      out.push({ group: 'nodes', data: { id: gr.id, label, type: 'Group' }, classes: '' });
    }
  }
  for (const id of visible.nodes) {
    if (drawnAt.has(id)) continue;
    const e = g.nodes.get(id)!;
    const look = typeLook[e.type] ?? fallbackLook;
    const degree = e.degree ?? 0;
    const measure =
      opts.sizeBy === 'degree'
        ? e.degree
        : opts.sizeBy === 'cases'
          ? opts.caseCounts.get(id)
          : null;
    out.push({
      group: 'nodes',
      data: {
        id,
        label: nodeLabel(e),
        type: e.type,
        color: look.color,
        shape: look.shape,
        icon: iconFor(e.type),
        size: opts.sizeBy === 'none' ? 34 : sizeFor(measure),
        degree,
        // Past the API's count (1,000+) there may be more than the canvas holds, however many.
        // An expansion that found nothing more to bring knows better than a count of 1,000+.
        more: !opts.allDrawn?.has(id) && (degree > DEGREE_CAP || degree > (onCanvas.get(id) ?? 0)),
        super: degree > SUPERNODE,
        pinned: g.pinned.has(id),
        ...(parentOf.has(id) ? { parent: parentOf.get(id) } : {}),
      },
      classes: classes([id], opts),
    });
  }
  const merged = new Map<string, { data: Record<string, unknown>; ids: string[] }>();
  for (const id of visible.edges) {
    const e = g.edges.get(id)!;
    const source = drawnAt.get(e.source) ?? e.source;
    const target = drawnAt.get(e.target) ?? e.target;
    if (source === target && source !== e.source) continue; // inside a collapsed group
    const look = relLook[e.type] ?? fallbackRelLook;
    const data = {
      id,
      source,
      target,
      type: e.type,
      label: lineLabel(e, opts),
      color: look.color,
      width: look.width,
      dashed: isUnconfirmed(e),
      reviewed: isReviewed(e),
      ended: endedOn(e) !== null,
      count: 1,
    };
    // A proposal is one analyst's claim, decided on its own: never merged with another.
    if (data.dashed && source === e.source && target === e.target) {
      out.push({ group: 'edges', data, classes: classes([id], opts, true) });
      continue;
    }
    const key = mergedLineId(source, target, e.type);
    const m = merged.get(key);
    if (m) {
      m.ids.push(id);
      m.data.dashed = m.data.dashed && data.dashed;
      // A line stands for an agency's record as soon as one of its links is one.
      m.data.reviewed = m.data.reviewed && data.reviewed;
      // Ended only if every link it stands for has ended (one current membership holds).
      m.data.ended = m.data.ended && data.ended;
      // Links of several roles on one line (a victim and a suspect grouped): named by type.
      if (m.data.label !== data.label) m.data.label = opts.relName(e.type);
    } else merged.set(key, { data, ids: [id] });
  }
  for (const [key, m] of merged) {
    // Each link's bundle counted once: into a collapsed group, several bundles share a line.
    const bundles = new Set(m.ids.map((id) => bundleKey(g.edges.get(id)!)));
    const count = [...bundles].reduce((n, b) => n + (counts.get(b)?.count ?? 0), 0);
    const capped = [...bundles].some((b) => counts.get(b)?.capped);
    const first = g.edges.get(m.ids[0]!)!;
    const single = count === 1 && m.data.source === first.source && m.data.target === first.target;
    // Standing for links not drawn, whose roles are not known (calls and texts): by its type.
    const label = count > m.ids.length ? opts.relName(first.type) : String(m.data.label);
    out.push({
      group: 'edges',
      data: single
        ? m.data
        : {
            ...m.data,
            label,
            id: key,
            count,
            // Thicker with the count, as in link charts: 2 links +1 px, 16 links +4, at most +5.
            width: Number(m.data.width) + Math.min(5, Math.log2(count)),
            countLabel: `${label} ×${opts.countText(count, capped)}`,
          },
      classes: classes(m.ids, opts, true),
    });
  }
  return out;
}

/** The marks drawn elements carry (elements' data and classes above), for legends to explain. */
export interface Marks {
  more: boolean;
  super: boolean;
  pinned: boolean;
  collapsed: boolean;
  dashed: boolean;
  reviewed: boolean;
  ended: boolean;
  highlighted: boolean;
}

/** Whether an element definition carries a class (its `classes`, a string or a list). */
export function hasClass(e: { classes?: string | string[] }, name: string): boolean {
  return [e.classes ?? []].flat().join(' ').split(' ').includes(name);
}

/** Which marks (rings, borders, line styles, Connect's light) are among drawn elements. */
export function drawnMarks(
  elements: readonly {
    group?: string;
    data: Record<string, unknown>;
    classes?: string | string[];
  }[],
): Marks {
  const any = (group: string, key: string) =>
    elements.some((e) => e.group === group && e.data[key] === true);
  return {
    more: any('nodes', 'more'),
    super: any('nodes', 'super'),
    pinned: any('nodes', 'pinned'),
    collapsed: any('nodes', 'collapsed'),
    dashed: any('edges', 'dashed'),
    reviewed: any('edges', 'reviewed'),
    ended: any('edges', 'ended'),
    highlighted: elements.some((e) => hasClass(e, 'hl')),
  };
}

/** The entity types (groups aside) and link types among drawn elements, each once, by code. */
export function drawnTypes(
  elements: readonly { group?: string; data: Record<string, unknown> }[],
): { types: string[]; rels: string[] } {
  const of = (group: string) =>
    [
      ...new Set(
        elements
          .filter((e) => e.group === group)
          .map((e) => String(e.data.legendType ?? e.data.type)),
      ),
    ].sort();
  return { types: of('nodes').filter((t) => t !== 'Group'), rels: of('edges') };
}
