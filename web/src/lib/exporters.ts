// Exports of what is on the canvas: CSV (one table of entities, one of links, every field a
// column) and JSON. A CSV is for people, in a spreadsheet: its headers, types and levels are in
// the reader's language (`CsvWords`); JSON keeps the API's names, for tools (ADR 0014). Cells
// that a spreadsheet would run as a formula are defused. A line on the
// canvas may stand for more links than were fetched (two phones that called each other 35
// times draw one call): each link's row says how many its line stands for, and when. Every
// moment is written one way, as a spreadsheet reads a date and time, on Mexico City's clock,
// which its column's header names (`spreadsheetTime`, ADR 0014).
import type { Edge, Entity, Field, Provenance } from './api';
import { CSV_TIME_ZONE, DEGREE_CAP, gradeCode, localParts, spreadsheetTime } from './format';
import { bundleKey, linkCounts, type DomainGraph } from './graph';
import { HYPOTHESIS_EDGE } from './hypotheses/overlay';
import { codeName, type DomainNames } from './i18n-domain';
import type { OversightDict } from './i18n-oversight';
import { markingOf } from './marking';

/** What one line on the canvas stands for: its links (at least, when `capped`) and their span. */
export interface LineSummary {
  type: string;
  source: string;
  target: string;
  links: number;
  capped: boolean;
  firstAt: string | null;
  lastAt: string | null;
}

/** Every line's summary, by `bundleKey`. */
export function lineSummaries(g: DomainGraph): Map<string, LineSummary> {
  const out = new Map<string, LineSummary>();
  for (const [key, c] of linkCounts(g)) {
    const span = g.bundles.get(key);
    const capped = c.capped || c.count > DEGREE_CAP;
    out.set(key, {
      type: c.type,
      source: c.source,
      target: c.target,
      links: capped ? Math.min(c.count, DEGREE_CAP) : c.count,
      capped,
      firstAt: span?.firstAt ?? null,
      lastAt: span?.lastAt ?? null,
    });
  }
  return out;
}

export type ExportKind = 'png' | 'svg' | 'csvNodes' | 'csvLinks' | 'json';

/** A CSV cell: quoted when needed; a leading = + - @ (formula injection) gets a quote mark. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A byte-order mark first: without it, spreadsheets read UTF-8 accents as two odd characters. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
) {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** How a table names its columns and coded values; without words, by the API's names. */
export interface CsvWords {
  /** A table's own column ('caption', 'sourceId'…) or a field ('birthDate'…), by its key. */
  column: (key: string) => string;
  /** A field's column named as one of the table's own: "field:type", "Tipo (campo)". */
  clash: (key: string) => string;
  /** An entity's type, or a link's. */
  type: (type: string) => string;
  /** A classification level, 0 to 3: its name, or the number itself. */
  level: (level: number) => string | number;
  /** A field's value: a coded one (a status, a sex) and a yes or no by its name; the rest as
   * sent, so that a spreadsheet reads dates and numbers as such. */
  value: (f: Field) => string;
  /** A column of moments, its clock named: "Fecha del hecho (hora de la Ciudad de México)". */
  timeColumn: (name: string) => string;
}

const API_WORDS: CsvWords = {
  column: (key) => key,
  clash: (key) => `field:${key}`,
  type: (type) => type,
  level: (level) => level,
  value: (f) => f.value,
  timeColumn: (name) => `${name} (${CSV_TIME_ZONE})`,
};

/**
 * A table's words in a reader's language (`d`: its domain names, `o`: its names of the
 * classification levels and of a hypothesis's types and states): a CSV is read in a spreadsheet.
 */
export function csvWords(
  d: DomainNames,
  o: Pick<OversightDict, 'levels' | 'types' | 'status'>,
  table: 'entities' | 'links',
): CsvWords {
  const names = table === 'links' ? d.rel : d.type;
  return {
    column: (key) => d.csv[table][key] ?? d.field[key] ?? key,
    clash: (key) => `${d.field[key] ?? key} (${d.csv.field})`,
    type: (type) => names[type] ?? type,
    level: (level) => o.levels[level] ?? String(level),
    value: (f) =>
      codeName(d, o, f) ??
      (f.type === 'boolean' ? (f.value === 'true' ? d.csv.yes : d.csv.no) : f.value),
    timeColumn: (name) => `${name} (${d.csv.zone})`,
  };
}

/**
 * The fields' columns, in the order the API gives an entity's fields (the Inspector's: given
 * name, then the surnames…), not alphabetical by key (QA: "Apellido materno" came first).
 */
function fieldKeys(items: readonly (Entity | Edge)[]): string[] {
  return [...new Set(items.flatMap((i) => i.fields.map((f) => f.key)))];
}

/** A record's grade as a table's cell: "B2", or empty when neither part is known. */
export function gradeCell(p: Pick<Provenance, 'reliability' | 'credibility'>): string {
  return p.reliability || p.credibility != null ? gradeCode(p.reliability, p.credibility) : '';
}

/** Where a row's record comes from (agency, its record, its grade) and its marking. */
function provenanceCells(i: Entity | Edge, words: CsvWords): (string | number | null)[] {
  const p = i.provenance;
  return [
    p.source ?? null,
    p.sourceId ?? null,
    gradeCell(p),
    words.level(p.classification),
    p.compartments.join(' '),
  ];
}

/**
 * The header: the fixed columns, then each field's, named by `words`; a field named as a fixed
 * column (an incident's own `type` beside the entity's) is named apart (`words.clash`): a table
 * must not have two columns of one name (spreadsheets and data frames would merge or drop one).
 * A column of moments (`times`: fixed columns and fields by key) names the clock they are on.
 */
function header(
  fixed: readonly string[],
  keys: readonly string[],
  words: CsvWords,
  times: ReadonlySet<string>,
): string[] {
  const timed = (key: string, name: string) => (times.has(key) ? words.timeColumn(name) : name);
  const own = fixed.map((k) => words.column(k));
  const taken = new Set(own.map((n) => n.toLocaleLowerCase()));
  return [
    ...fixed.map((k, i) => timed(k, own[i]!)),
    ...keys.map((k) => {
      const name = words.column(k);
      return timed(k, taken.has(name.toLocaleLowerCase()) ? words.clash(k) : name);
    }),
  ];
}

/** The fields some row holds a moment in (a date and time, not a day alone). */
function timeKeys(items: readonly (Entity | Edge)[]): Set<string> {
  return new Set(
    items.flatMap((i) => i.fields.filter((f) => f.type === 'datetime').map((f) => f.key)),
  );
}

/** A row's field values, one per key (empty where it has none); a moment as every CSV writes one. */
function fieldCells(i: Entity | Edge, keys: readonly string[], words: CsvWords): (string | null)[] {
  return keys.map((k) => {
    const f = i.fields.find((f) => f.key === k);
    if (!f) return null;
    return f.type === 'datetime' ? spreadsheetTime(f.value) : words.value(f);
  });
}

/**
 * Whether a field says nothing the caption column does not: an organisation's `name` is its
 * caption (QA: "Nombre" and "Nombre (campo)" side by side, alike on every row).
 */
function repeatsCaption(entities: readonly Entity[], key: string): boolean {
  return entities.every((e) => {
    const f = e.fields.find((x) => x.key === key);
    return !f || f.value === e.caption;
  });
}

export function entitiesCsv(entities: readonly Entity[], words = API_WORDS): string {
  const keys = fieldKeys(entities).filter((k) => !repeatsCaption(entities, k));
  const fixed = [
    'id',
    'type',
    'caption',
    'source',
    'sourceId',
    'grade',
    'classification',
    'compartments',
    'degree',
  ];
  return toCsv(
    header(fixed, keys, words, timeKeys(entities)),
    entities.map((e) => [
      e.id,
      words.type(e.type),
      e.caption,
      ...provenanceCells(e, words),
      e.degree != null && e.degree > DEGREE_CAP ? `${DEGREE_CAP}+` : (e.degree ?? null),
      ...fieldCells(e, keys, words),
    ]),
  );
}

/**
 * A table of links, each end by id and by name (`nameOf`: the drawn entity's; a table of ids
 * alone had to be looked up end by end).
 */
export function linksCsv(
  edges: readonly Edge[],
  lines: ReadonlyMap<string, LineSummary> = new Map(),
  words = API_WORDS,
  nameOf: (id: string) => string | undefined = () => undefined,
): string {
  const keys = fieldKeys(edges);
  // No link id: the database's own (QA: "5:3fbf…:24343" means nothing to a reader, and is
  // another on another database); the record column names the link's source.
  const fixed = [
    'type',
    'source',
    'sourceName',
    'target',
    'targetName',
    'agency',
    'sourceId',
    'grade',
    'classification',
    'compartments',
    'lineLinks',
    'lineFirstAt',
    'lineLastAt',
  ];
  return toCsv(
    header(fixed, keys, words, new Set(['lineFirstAt', 'lineLastAt', ...timeKeys(edges)])),
    edges.map((e) => {
      const line = lines.get(bundleKey(e));
      return [
        words.type(e.type),
        e.source,
        nameOf(e.source) ?? null,
        e.target,
        nameOf(e.target) ?? null,
        ...provenanceCells(e, words),
        line ? `${line.links}${line.capped ? '+' : ''}` : '1',
        line?.firstAt ? spreadsheetTime(line.firstAt) : null,
        line?.lastAt ? spreadsheetTime(line.lastAt) : null,
        ...fieldCells(e, keys, words),
      ];
    }),
  );
}

/** Who made a file, when, from what, and its marking in words (the UI's language). */
export interface ExportAbout {
  markingText: string;
  investigation: string | null;
  exportedBy: string;
  /** ISO date-time. */
  exportedAt: string;
}

/**
 * Entities, the links fetched, and the lines they are drawn as (with how many links each);
 * first, as on a picture, the file's marking (the highest level and every compartment of what
 * it holds), who exported it, when and from which investigation.
 */
export function graphJson(
  entities: readonly Entity[],
  edges: readonly Edge[],
  lines: ReadonlyMap<string, LineSummary> = new Map(),
  about?: ExportAbout,
): string {
  const drawn = new Set(edges.map(bundleKey));
  const summary = [...lines].filter(([key]) => drawn.has(key)).map(([, l]) => l);
  const marking = markingOf([...entities, ...edges]);
  const head = about && {
    marking: {
      text: about.markingText,
      classification: marking.level,
      compartments: marking.compartments,
    },
    investigation: about.investigation,
    exportedBy: about.exportedBy,
    exportedAt: about.exportedAt,
  };
  return JSON.stringify({ ...head, entities, links: edges, lines: summary }, null, 2);
}

/**
 * A file name for an export: the investigation's name (or "trama"), and the day and minute on
 * the reader's clock (UTC named an evening's export in Mexico City after the next day, and every
 * export of a day alike).
 */
export function exportName(base: string | null, ext: string, now = new Date()): string {
  const safe = (base ?? 'trama')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  const t = localParts(now);
  // "entidades.csv": a part of the export, named before its extension.
  const dot = ext.lastIndexOf('.');
  const [part, extension] = dot < 0 ? ['', ext] : [`-${ext.slice(0, dot)}`, ext.slice(dot + 1)];
  return `${safe || 'trama'}-${t.day}-${t.h}${t.mi}${part}.${extension}`;
}

/** Hands a file to the browser's download. */
export function download(name: string, data: Blob | string, type = 'text/plain'): void {
  const blob =
    typeof data === 'string' ? new Blob([data], { type: `${type};charset=utf-8` }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The format named in the audit trail for each kind of export. */
export const EXPORT_FORMAT: Record<ExportKind, string> = {
  png: 'png',
  svg: 'svg',
  csvNodes: 'csv',
  csvLinks: 'csv',
  json: 'json',
};

/**
 * What an export discloses besides entities, for its audit record's marking: the links (by id)
 * and the hypotheses drawn as links (by hypothesis id); none in a table of entities.
 */
export function exportedLinks(
  kind: ExportKind,
  edges: readonly Edge[],
): { linkIds: string[]; hypothesisIds: string[] } {
  if (kind === 'csvNodes') return { linkIds: [], hypothesisIds: [] };
  const hypothesis = (e: Edge) => e.type === HYPOTHESIS_EDGE;
  return {
    linkIds: edges.filter((e) => !hypothesis(e)).map((e) => e.id),
    hypothesisIds: edges.flatMap((e) =>
      hypothesis(e) && e.provenance.sourceId ? [e.provenance.sourceId] : [],
    ),
  };
}

/** The entities an export discloses: those drawn, or for a table of links, the links' ends. */
export function exportedEntityIds(
  kind: ExportKind,
  nodes: readonly Entity[],
  edges: readonly Edge[],
): string[] {
  if (kind === 'csvLinks') return [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  return nodes.map((n) => n.id);
}
