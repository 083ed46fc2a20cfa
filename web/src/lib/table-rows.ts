// The canvas as a table (ADR 0020, addendum): one row per node and per line drawn, read from the
// elements Cytoscape is given, so the table lists exactly what N and L walk (what the filters
// hide is not drawn, so not listed; a collapsed group is one row, as it is one node). Sorting
// and the text filter are plain functions, fast enough for a canvas of thousands.
import type { ElementDefinition } from 'cytoscape';
import type { Edge } from './api';
import { mergedLineId } from './elements';
import { gradeCell } from './exporters';
import type { Compartment } from './generated';
import { parseTime } from './filters';
import type { DomainGraph } from './graph';
import { groupLabel } from './groups';
import { markingOf } from './marking';
import { plainName, recordOf } from './pick-labels';

/** How rows name what the API codes (in the UI's language). */
export interface TableWords {
  typeName: (type: string) => string;
  /** A group's kind, from how many it holds: "Grupo de 4 entidades", "Una persona (2 registros)". */
  groupType: (members: number, samePerson: boolean) => string;
  /** A link's date as written on its record ("12 mar 2024, 14:05"). */
  date: (iso: string) => string;
}

interface Row {
  id: string;
  /** Highest classification and every compartment of what the row stands for. */
  level: number;
  compartments: readonly Compartment[];
  /** Agency and record ("SSC persona:INT-000349"); empty for a group. */
  record: string;
  /** Admiralty grade ("B2"), empty when not known. */
  grade: string;
  /** Every cell as a reader reads it, accents and case aside, for the text filter. */
  text: string;
}

export interface NodeRow extends Row {
  name: string;
  type: string;
  /** Links drawn at the node (a line standing for 35 calls counts 35). */
  links: number;
}

export interface LineRow extends Row {
  from: string;
  to: string;
  /** The line's name as drawn ("Víctima en", "Llamó a ×35"). */
  type: string;
  /** Its (latest) link's date as written, and in ms for sorting; empty / null when undated. */
  date: string;
  at: number | null;
}

export const NODE_COLUMNS = ['name', 'type', 'record', 'links', 'marking', 'grade'] as const;
export const LINE_COLUMNS = ['from', 'type', 'to', 'date', 'record', 'marking', 'grade'] as const;
export type NodeColumn = (typeof NODE_COLUMNS)[number];
export type LineColumn = (typeof LINE_COLUMNS)[number];
export type SortDir = 'ascending' | 'descending';

/**
 * Rows drawn at once, and how many more each "show more" draws: past it, the table says so and
 * asks for a filter (in Chromium, 500 rows took 0.5 s to draw or re-sort: ADR 0020's addendum).
 */
export const TABLE_CAP = 200;

const haystack = (cells: readonly (string | number)[]) => plainName(cells.join(' '));

/** Links drawn at each drawn node: the counts of the lines that end there. */
function drawnLinks(elements: readonly ElementDefinition[]): Map<string, number> {
  const on = new Map<string, number>();
  for (const el of elements) {
    if (el.group !== 'edges') continue;
    const n = Number(el.data.count ?? 1);
    for (const end of [el.data.source, el.data.target])
      on.set(String(end), (on.get(String(end)) ?? 0) + n);
  }
  return on;
}

export function nodeRows(
  elements: readonly ElementDefinition[],
  g: DomainGraph,
  words: TableWords,
): NodeRow[] {
  const links = drawnLinks(elements);
  const rows: NodeRow[] = [];
  for (const el of elements) {
    if (el.group !== 'nodes') continue;
    const id = String(el.data.id);
    const e = g.nodes.get(id);
    const gr = e ? undefined : g.groups.get(id);
    if (!e && !gr) continue;
    const members = gr ? gr.members.flatMap((m) => g.nodes.get(m) ?? []) : [e!];
    const marking = markingOf(members);
    const row = {
      id,
      name: e ? e.caption : groupLabel(g, gr!, true),
      type: e ? words.typeName(e.type) : words.groupType(members.length, gr!.kind === 'samePerson'),
      record: e ? recordOf(e.provenance) : '',
      links: links.get(id) ?? 0,
      level: marking.level,
      compartments: marking.compartments as Compartment[],
      grade: e ? gradeCell(e.provenance) : '',
    };
    // A group is found by its members' names and records too (QA: a member's name found nothing).
    const inside = gr ? members.flatMap((m) => [m.caption, recordOf(m.provenance)]) : [];
    rows.push({ ...row, text: haystack([row.name, row.type, row.record, row.grade, ...inside]) });
  }
  return rows;
}

/** When a link happened, or began (a membership's `since`), as written on its record. */
function dateOf(e: Edge): string | null {
  const f = e.fields.find((x) => x.key === 'occurredAt') ?? e.fields.find((x) => x.key === 'since');
  return f?.value ?? null;
}

/**
 * The links each drawn line stands for, among those drawn (`shown`): a line of one link has the
 * link's id; one of several (calls, links into a collapsed group), `mergedLineId` of its ends.
 */
function linksByLine(
  elements: readonly ElementDefinition[],
  g: DomainGraph,
  shown: ReadonlySet<string>,
): Map<string, Edge[]> {
  const lines = new Map<string, Edge[]>();
  const drawnAt = new Map<string, string>();
  for (const el of elements) {
    if (el.group === 'edges') lines.set(String(el.data.id), []);
    else if (el.data.collapsed === true)
      for (const m of g.groups.get(String(el.data.id))?.members ?? [])
        drawnAt.set(m, String(el.data.id));
  }
  for (const id of shown) {
    const e = g.edges.get(id);
    if (!e) continue;
    const own = lines.get(id);
    if (own) own.push(e);
    else {
      const at = (n: string) => drawnAt.get(n) ?? n;
      lines.get(mergedLineId(at(e.source), at(e.target), e.type))?.push(e);
    }
  }
  return lines;
}

export function lineRows(
  elements: readonly ElementDefinition[],
  g: DomainGraph,
  shown: ReadonlySet<string>,
  words: TableWords,
): LineRow[] {
  const names = new Map<string, string>();
  for (const el of elements) {
    if (el.group !== 'nodes') continue;
    const id = String(el.data.id);
    const gr = g.groups.get(id);
    names.set(
      id,
      g.nodes.get(id)?.caption ?? (gr ? groupLabel(g, gr, true) : String(el.data.label ?? id)),
    );
  }
  const byLine = linksByLine(elements, g, shown);
  const rows: LineRow[] = [];
  for (const el of elements) {
    if (el.group !== 'edges') continue;
    const id = String(el.data.id);
    const links = byLine.get(id) ?? [];
    // The line's latest link speaks for it, as the side panel shows it (elements' selectedLine).
    let latest: Edge | undefined;
    for (const x of links) if (!latest || (dateOf(x) ?? '') > (dateOf(latest) ?? '')) latest = x;
    const iso = latest ? dateOf(latest) : null;
    const marking = markingOf(links);
    const row = {
      id,
      from: names.get(String(el.data.source)) ?? String(el.data.source),
      to: names.get(String(el.data.target)) ?? String(el.data.target),
      // As the canvas writes it: with its count when it stands for more than one.
      type: String((Number(el.data.count) > 1 ? el.data.countLabel : null) ?? el.data.label ?? ''),
      date: iso ? words.date(iso) : '',
      at: iso ? parseTime(iso) : null,
      record: latest ? recordOf(latest.provenance) : '',
      grade: latest ? gradeCell(latest.provenance) : '',
      level: marking.level,
      compartments: marking.compartments as Compartment[],
    };
    rows.push({
      ...row,
      text: haystack([row.from, row.type, row.to, row.date, row.record, row.grade]),
    });
  }
  return rows;
}

/** The rows holding every word typed, in any order, accents and case aside. */
export function filterRows<R extends Row>(rows: readonly R[], query: string): readonly R[] {
  const words = plainName(query).split(' ').filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((r) => words.every((w) => r.text.includes(w)));
}

type Value = string | number | null;

const nameOf = (row: NodeRow | LineRow) => ('name' in row ? row.name : row.from);

function valueOf(row: NodeRow | LineRow, column: NodeColumn | LineColumn): Value {
  switch (column) {
    case 'marking':
      // By level, then by how many compartments restrict it further.
      return row.level * 100 + row.compartments.length;
    case 'links':
      return (row as NodeRow).links;
    case 'date':
      return (row as LineRow).at;
    default: {
      const text = (row as unknown as Record<string, string>)[column] ?? '';
      return text === '' ? null : text;
    }
  }
}

/**
 * The rows sorted by a column: words as the UI's language orders them (numbers within them by
 * value: "Calle 9" before "Calle 10"), counts and dates by value; empty cells last either way.
 * Rows that tie are in their names' order.
 */
export function sortRows<R extends NodeRow | LineRow>(
  rows: readonly R[],
  column: NodeColumn | LineColumn,
  dir: SortDir,
  locale: string,
): R[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = dir === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: valueOf(row, column) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? 0 : a.v === null ? 1 : -1;
    const c =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : collator.compare(String(a.v), String(b.v));
    // Ties by name, A to Z (people of one type, in the order a reader looks them up).
    return sign * c || collator.compare(nameOf(a.row), nameOf(b.row));
  });
  return keyed.map((k) => k.row);
}
