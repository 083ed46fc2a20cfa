// Expanding entities step by step: one page of filtered neighbours, or a preview of what an
// expansion would bring ("Associates (12), Cases (240)") without fetching the neighbours.
import { createHash } from 'node:crypto';
import type { Node, Relationship } from 'neo4j-driver';
import neo4j, { DateTime } from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import { AppError, type Executor, type TxMeta } from '../../db/executor.js';
import { loadQuery, renderQuery } from '../../db/queries.js';
import { num, toPlain } from '../../db/values.js';
import {
  checkAgencies,
  checkLabels,
  checkRelTypes,
  ENTITY_LABELS,
  relPattern,
  REL_TYPES,
} from '../../graph/model.js';
import { toEdge, toEntity, type EdgeOut, type EntityOut } from './entity.js';
import { checkLimit, DEGREE_CAP, MAX_LIMIT, viewerParams } from './service.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface ExpandFilter {
  relTypes?: string[] | null;
  direction?: Direction | null;
  neighborTypes?: string[] | null;
  agencies?: string[] | null;
  from?: string | null;
  to?: string | null;
}

export const MAX_IDS = 100;
/**
 * An entity with at most this many links is counted in one pass; a larger one per relationship
 * type, each up to this many: about 4 µs a link on the bench machine, so a preview stays within
 * milliseconds on any node.
 */
export const PREVIEW_CAP = 1_000;

export function dateParam(value: string | null | undefined, name: string): DateTime<number> | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new AppError('BAD_INPUT', `${name} must be an ISO date or date-time; got ${value}`);
  return DateTime.fromStandardDate(new Date(ms));
}

export function patternParts(
  filter: ExpandFilter,
  order: 'ANY' | 'MOST_CONNECTED' = 'ANY',
): Record<string, string> {
  const direction = filter.direction ?? 'BOTH';
  return {
    LEFT: direction === 'IN' ? '<-' : '-',
    RIGHT: direction === 'OUT' ? '->' : '-',
    REL: relPattern('r', filter.relTypes ?? []),
    PAGE: loadQuery(
      order === 'MOST_CONNECTED'
        ? 'explore/fragments/page-best-connected'
        : 'explore/fragments/page-any',
    ),
  };
}

/** Candidates whose visible degree a best-connected page counts first, at least. */
export const RANK_ROUND = 100;
/**
 * How deep best-connected pages go: a page counts the visible degrees of about twice as many
 * candidates as lie before its end, so a page 4,950 deep would count all 5,000 (up to 1,001
 * links each). Twenty pages of 50; beyond, a narrower expansion or the store's order.
 */
export const RANKED_DEPTH = 1_000;

/** The parameters of a page of `first` after `skip` (page-any or page-best-connected). */
export function pageParams(skip: number, first: number): Record<string, unknown> {
  const keep = skip + first + 1;
  return {
    skip: neo4j.int(skip),
    limit: neo4j.int(first),
    keep: neo4j.int(keep),
    rankTo: neo4j.int(Math.max(RANK_ROUND, 2 * keep)),
    cap: neo4j.int(DEGREE_CAP),
  };
}

/** The parameters a filter gives expand, preview and link-bundle queries (checked). */
export function filterParams(ids: string[], filter: ExpandFilter): Record<string, unknown> {
  if (ids.length === 0 || ids.length > MAX_IDS) {
    throw new AppError('BAD_INPUT', `give from 1 to ${MAX_IDS} entity ids; got ${ids.length}`);
  }
  return {
    ids,
    // A parameter, not a label in the query's text: Neo4j plans a text once, so the node menu's
    // rows (one request per link type and neighbour type) share a plan per link type.
    neighborTypes: filter.neighborTypes?.length
      ? checkLabels(filter.neighborTypes)
      : [...ENTITY_LABELS],
    agencies: filter.agencies?.length ? checkAgencies(filter.agencies) : null,
    from: dateParam(filter.from, 'from'),
    to: dateParam(filter.to, 'to'),
  };
}

/**
 * Cursors carry the offset and a fingerprint of the request (ids, filter, order), so one cannot
 * be reused elsewhere.
 */
export function fingerprint(ids: string[], filter: object, order: string): string {
  return createHash('sha256')
    .update(JSON.stringify([ids, filter, order]))
    .digest('base64url')
    .slice(0, 12);
}

export function encodeCursor(offset: number, fp: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fp })).toString('base64url');
}

/** The farthest a cursor may point: past any page a graph of this kind has (Neo4j's SKIP
 * overflows far beyond it). */
const MAX_OFFSET = 1_000_000_000;

export function decodeCursor(cursor: string | null | undefined, fp: string): number {
  if (!cursor) return 0;
  try {
    const { o, f } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      o: unknown;
      f: unknown;
    };
    if (Number.isInteger(o) && (o as number) >= 0 && (o as number) <= MAX_OFFSET && f === fp)
      return o as number;
  } catch {
    // falls through to the error below
  }
  throw new AppError(
    'BAD_CURSOR',
    'The cursor belongs to another query, filter or order; start again without `after`.',
  );
}

/** `{type: 'T', d: COUNT { (n)-[:T]-() }}` for each type the filter allows (all by default). */
export function typeDegrees(filter: ExpandFilter): string {
  const types = filter.relTypes?.length ? checkRelTypes(filter.relTypes) : [...REL_TYPES];
  return types.map((t) => `{type: '${t}', d: COUNT { (n)-[:${t}]-() }}`).join(', ');
}

/**
 * The UNION ALL branches of expand-preview-typed.cypher: one per relationship type that the
 * dense entities have (at most a few), so the query stays small and quick to plan.
 */
export function previewBranches(filter: ExpandFilter, types: readonly string[]): string {
  const parts = patternParts(filter);
  return checkRelTypes(types)
    .map((t) =>
      renderQuery('explore/expand-preview-branch', { ...parts, REL: relPattern('r', [t]) })
        .split('\n')
        .filter((line) => !line.startsWith('//')) // the file's header, once is enough
        .join('\n'),
    )
    .join('\nUNION ALL\n');
}

/**
 * The groups of entities counted in one pass and those counted type by type, as one answer:
 * links of the same type, direction, neighbour type and agency added up, and each group given
 * its link type and neighbour type's neighbours from both (one shared by a centre of each kind
 * counts twice).
 */
function mergeGroups(parts: Record<string, unknown>[][]): Record<string, unknown>[] {
  const pair = (r: Record<string, unknown>) => JSON.stringify([r.relType, r.neighborType]);
  const neighbours = new Map<string, number>();
  for (const rows of parts) {
    // The same on every row of a pair within one part: taken once per part.
    const mine = new Map(rows.map((r) => [pair(r), num(r.neighbors)]));
    for (const [key, n] of mine) neighbours.set(key, (neighbours.get(key) ?? 0) + n);
  }
  const byKey = new Map<string, Record<string, unknown>>();
  for (const r of parts.flat()) {
    const key = JSON.stringify([r.relType, r.direction, r.neighborType, r.agency]);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...r, count: num(r.count), neighbors: neighbours.get(pair(r)) });
    else {
      seen.count = num(seen.count) + num(r.count);
      seen.capped = Boolean(seen.capped) || Boolean(r.capped);
    }
  }
  return [...byKey.values()].sort((a, b) => num(b.count) - num(a.count));
}

/** Links of one type and direction between two entities, as the API answers them. */
export interface LinkBundle {
  source: string;
  target: string;
  type: string;
  count: number;
  capped: boolean;
  firstAt: string | null;
  lastAt: string | null;
  latest: EdgeOut;
}

interface BundleRow {
  type: string;
  out: boolean;
  count: unknown;
  capped: boolean;
  firstAt: unknown;
  lastAt: unknown;
  latest: Relationship;
}

export interface ExpandPage {
  nodes: EntityOut[];
  edges: EdgeOut[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PreviewGroup {
  relType: string;
  direction: 'OUT' | 'IN';
  neighborType: string;
  agency: string | null;
  count: number;
  neighbors: number;
  capped: boolean;
}

export class ExpandService {
  constructor(
    private readonly db: Executor,
    private readonly viewer: User,
  ) {}

  async expand(
    ids: string[],
    filter: ExpandFilter,
    first: number,
    after: string | null | undefined,
    order: 'ANY' | 'MOST_CONNECTED',
  ): Promise<ExpandPage> {
    checkLimit(first);
    const fp = fingerprint(ids, filter, order);
    const skip = decodeCursor(after, fp);
    if (order === 'MOST_CONNECTED' && skip + first > RANKED_DEPTH)
      throw new AppError(
        'TOO_DEEP',
        `Best-connected pages go ${RANKED_DEPTH} neighbours deep: narrow the expansion by link type, neighbour type or agency, or page the rest in the store's order (ANY)`,
      );
    const rows = await this.db.readQuery(
      { operation: 'expand', user: this.viewer.username },
      'explore/expand',
      { ...filterParams(ids, filter), ...viewerParams(this.viewer), ...pageParams(skip, first) },
      patternParts(filter, order),
    );
    const hasNextPage = rows.length > first;
    const nodes = new Map<string, EntityOut>();
    const edges: EdgeOut[] = [];
    for (const row of rows.slice(0, first)) {
      // A best-connected page brings each neighbour's visible degree: the loader need not ask.
      const other = toEntity(row.other as Node, row.degree == null ? null : num(row.degree));
      nodes.set(other.id, other);
      const centre = String(row.centre);
      const [source, target] = row.out ? [centre, other.id] : [other.id, centre];
      edges.push(toEdge(row.link as Relationship, source, target));
    }
    return {
      nodes: [...nodes.values()],
      edges,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeCursor(skip + first, fp) : null },
    };
  }

  /**
   * The links between `ids` and `others` (an expansion's centres and page), bundled by pair,
   * type and direction and counted up to DEGREE_CAP + 1, with the latest link of each bundle.
   */
  async linkBundles(ids: string[], others: string[], filter: ExpandFilter): Promise<LinkBundle[]> {
    checkLimit(others.length, MAX_LIMIT);
    const rows = await this.db.readQuery(
      { operation: 'linkBundles', user: this.viewer.username },
      'explore/link-bundles',
      {
        ...filterParams([...new Set(ids)], filter),
        ...viewerParams(this.viewer),
        others: [...new Set(others)],
        directed: (filter.direction ?? 'BOTH') !== 'BOTH',
        pairCap: neo4j.int(DEGREE_CAP + 1),
      },
      patternParts(filter),
    );
    return rows.flatMap((row) =>
      (row.bundles as BundleRow[]).map((b) => {
        const [source, target] = b.out
          ? [String(row.centre), String(row.other)]
          : [String(row.other), String(row.centre)];
        return {
          source,
          target,
          type: b.type,
          count: num(b.count),
          capped: Boolean(b.capped),
          firstAt: b.firstAt == null ? null : String(toPlain(b.firstAt)),
          lastAt: b.lastAt == null ? null : String(toPlain(b.lastAt)),
          latest: toEdge(b.latest, source, target),
        };
      }),
    );
  }

  /** The relationship types (allowed by the filter) that the entities `ids` have. */
  private async denseTypes(meta: TxMeta, ids: string[], filter: ExpandFilter): Promise<string[]> {
    const [row] = await this.db.readQuery(
      meta,
      'explore/expand-preview-types',
      { ids },
      { TYPE_DEGREES: typeDegrees(filter) },
    );
    return (row?.types as string[] | undefined) ?? [];
  }

  async preview(ids: string[], filter: ExpandFilter): Promise<PreviewGroup[]> {
    const meta = { operation: 'expandPreview', user: this.viewer.username };
    const params = {
      ...filterParams(ids, filter),
      ...viewerParams(this.viewer),
      cap: neo4j.int(PREVIEW_CAP),
      centres: ids,
    };
    const first = await this.db.readQuery(
      meta,
      'explore/expand-preview',
      params,
      patternParts(filter),
    );
    let rows = first.filter((r) => r.denseId === null);
    // Entities with more than PREVIEW_CAP links were left out of the one pass: count them type
    // by type, over the types they have (most previews never get here).
    const dense = first.filter((r) => r.denseId !== null).map((r) => String(r.denseId));
    const types = dense.length > 0 ? await this.denseTypes(meta, dense, filter) : [];
    if (types.length > 0) {
      const typed = await this.db.readQuery(
        meta,
        'explore/expand-preview-typed',
        { ...params, ids: dense },
        { BRANCHES: previewBranches(filter, types) },
      );
      rows = mergeGroups([rows, typed]);
    }
    return rows.map((r) => ({
      relType: String(r.relType),
      direction: r.direction as 'OUT' | 'IN',
      neighborType: String(r.neighborType),
      agency: r.agency === null ? null : String(r.agency),
      count: num(r.count),
      neighbors: num(r.neighbors),
      capped: Boolean(r.capped),
    }));
  }
}
