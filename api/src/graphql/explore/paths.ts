// How entities are connected: shortest and k shortest paths, the connecting network of a set,
// and common associates. Paths only cross what the viewer may see; when the only or a shorter
// connection runs through restricted records, the answer says that a restricted link exists,
// and nothing more.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import pLimit from 'p-limit';
import type { User } from '../../auth/roles.js';
import { AppError, type Executor } from '../../db/executor.js';
import { loadQuery } from '../../db/queries.js';
import { REL_TYPES, relPattern } from '../../graph/model.js';
import { toEdge, toEntity, type EdgeOut, type EntityOut } from './entity.js';
import { checkLimit, viewerParams } from './service.js';

export const MAX_HOPS = 8;
export const MAX_K = 10;
export const MAX_NETWORK = 10;
/** The most entities a path search may be asked to avoid. */
export const MAX_AVOID = 50;
/** Past this, a connecting network starts no other pair and answers TIMEOUT. */
export const NETWORK_BUDGET_MS = 30_000;
/**
 * Past this, k shortest routes starts no other round and answers the routes found so far
 * (`stoppedEarly`): between two busy phones each round explores thousands of links.
 */
export const ROUTES_BUDGET_MS = 6_000;
/** Spur searches of one round run as this many queries at once (each is one database thread). */
const SPUR_QUERIES_AT_ONCE = 4;

export interface PathOut {
  nodes: EntityOut[];
  edges: EdgeOut[];
  length: number;
}

export interface PathsResult {
  paths: PathOut[];
  restrictedLinkExists: boolean;
  /** A restricted link was not told of: the user's daily notices are used up. */
  restrictedNoticeWithheld: boolean;
  /** Fewer than k routes: the search stopped at ROUTES_BUDGET_MS, and more may exist. */
  stoppedEarly: boolean;
}

/**
 * Links that place an address inside its colonia, quadrant and borough. Two people who live in
 * the same borough are not connected, and a borough joins a hundred thousand addresses: a path
 * search through it explores the city and answers in seconds (ADR 0009). Paths leave them out
 * unless the caller names them in `relTypes`.
 */
export const GEOGRAPHY_LINKS: readonly string[] = ['IN_ALCALDIA', 'IN_COLONIA', 'IN_CUADRANTE'];

/** The link types a path may follow: the ones asked for, or every type but geography. */
export function pathRelTypes(relTypes: readonly string[]): string[] {
  return relTypes.length > 0
    ? [...relTypes]
    : REL_TYPES.filter((t) => !GEOGRAPHY_LINKS.includes(t));
}

function checkHops(hops: number): number {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw new AppError(
      'TOO_MANY_HOPS',
      `maxHops must be a whole number from 1 to ${MAX_HOPS}; got ${hops}`,
    );
  }
  return hops;
}

/**
 * The entities a search is to go around (a phone thousands call joins people who never met):
 * checked ids, the ends left out (they are where a route starts and ends, not what it passes).
 */
function checkAvoid(avoid: readonly string[], ends: readonly string[]): string[] {
  if (avoid.some((id) => id.trim() === ''))
    throw new AppError('BAD_INPUT', 'an id in avoid is empty: give the ids of entities to avoid');
  const around = [...new Set(avoid)].filter((id) => !ends.includes(id));
  if (around.length > MAX_AVOID)
    throw new AppError(
      'BAD_INPUT',
      `avoid names at most ${MAX_AVOID} entities; got ${around.length}`,
    );
  return around;
}

function toPath(nodes: Node[], rels: Relationship[]): PathOut {
  const entities = nodes.map((n) => toEntity(n));
  const byElement = new Map(nodes.map((n, i) => [n.elementId, entities[i]!.id]));
  const edges = rels.map((r) =>
    toEdge(r, byElement.get(r.startNodeElementId) ?? '', byElement.get(r.endNodeElementId) ?? ''),
  );
  return { nodes: entities, edges, length: rels.length };
}

/**
 * The daily cap on restricted-link notices (ADR 0006, sessions 31-32): a user who could choose
 * the two ends and the hops at will could otherwise probe, pair after pair, where hidden records
 * are (which phone a protected victim uses). `perDay` 0: no cap. `given()` is called for each
 * notice that goes out, so that the request's audit records count it (RESTRICTED_LINK). The
 * day's count is kept on the user's node (auth/notice-lock.cypher, auth/notice-take.cypher).
 */
export interface NoticePolicy {
  perDay: number;
  given: () => void;
}

const NO_CAP: NoticePolicy = { perDay: 0, given: () => {} };

export class PathService {
  constructor(
    private readonly db: Executor,
    private readonly viewer: User,
    private readonly routesBudgetMs = ROUTES_BUDGET_MS,
    private readonly notices: NoticePolicy = NO_CAP,
  ) {}

  /**
   * Whether this route may tell of a hidden link (`wanted`: whether it has one, once its
   * searches tell), under the daily cap: asked by every route, hidden link or not, in a
   * transaction that locks the user's node, so that routes at the same moment are answered one
   * after the other, as if sent one by one (a burst cannot tell routes apart by which of them
   * was withheld). The lock is taken and the day's count read while the searches run, so a
   * route waits only for the commit.
   */
  private async allowance(wanted: Promise<boolean>): Promise<{ granted: boolean; spent: boolean }> {
    const perDay = this.notices.perDay;
    if (perDay === 0) return { granted: await wanted, spent: false };
    const user = { user: this.viewer.username };
    return this.db.write({ operation: 'restrictedNotice', ...user }, async (tx) => {
      const [row] = (await tx.run(loadQuery('auth/notice-lock'), user)).records;
      // No account to count on: nothing is told.
      if (!row) return { granted: false, spent: true };
      const spent = Number(row.get('given')) >= perDay;
      const granted = (await wanted) && !spent;
      if (granted) await tx.run(loadQuery('auth/notice-take'), user);
      return { granted, spent };
    });
  }

  async shortestPaths(
    from: string,
    to: string,
    k: number,
    maxHops: number,
    relTypes: string[],
    avoidIds: readonly string[] = [],
  ): Promise<PathsResult> {
    if (!Number.isInteger(k) || k < 1 || k > MAX_K) {
      throw new AppError('BAD_LIMIT', `k must be a whole number from 1 to ${MAX_K}; got ${k}`);
    }
    if (from.trim() === '' || to.trim() === '')
      throw new AppError('BAD_INPUT', 'from and to must both name an entity; one is empty');
    if (from === to) throw new AppError('BAD_INPUT', 'from and to are the same entity');
    const avoid = checkAvoid(avoidIds, [from, to]);
    const types = pathRelTypes(relTypes);
    const bound = checkHops(maxHops);
    const parts = {
      MAX_HOPS: String(bound),
      REL: relPattern('r', types),
    };
    const meta = { operation: 'shortestPaths', user: this.viewer.username };
    const vp = viewerParams(this.viewer);
    // The searches at once: the visible shortest paths, and the length of the shortest path
    // over everything, which only tells whether a restricted record makes a shorter one. That
    // one always follows the default types and avoids nothing, never the types or entities
    // asked for: with a single type and one hop it would say which kind of hidden link joins
    // two people, and avoiding visible entities one set at a time would find, a notice at a
    // time, which of them a hidden route runs through (the daily cap counts only notices
    // given). So when types or entities to avoid are asked for, the visible length it is
    // compared with is also taken over the default types, avoiding nothing.
    const defaults = pathRelTypes([]);
    const plain = relTypes.length > 0 || avoid.length > 0;
    const searches = Promise.all([
      this.routes(from, to, k, bound, parts, meta, vp, avoid),
      this.db.readQuery(
        meta,
        'explore/path-exists',
        { from, to, ...vp },
        { ...parts, REL: relPattern('', defaults) },
      ),
      plain
        ? this.db.readQuery(
            meta,
            'explore/shortest-paths',
            { from, to, avoid: [], ...vp },
            { ...parts, REL: relPattern('r', defaults) },
          )
        : null,
    ]);
    // Whether a hidden record makes a shorter route than the shortest visible one.
    const hidden = searches.then(([{ rows }, any, visible]) => {
      const seen = visible ?? rows;
      const shortestVisible = seen[0] ? (seen[0].rels as Relationship[]).length : Infinity;
      return (any[0] ? Number(any[0].hops) : Infinity) < shortestVisible;
    });
    // Past the cap every route says the notice is withheld, hidden link or not: saying it only
    // when one exists would be the notice itself.
    const [[{ rows, stoppedEarly }], { granted, spent }] = await Promise.all([
      searches,
      this.allowance(hidden),
    ]);
    const paths = rows.map((r) => toPath(r.nodes as Node[], r.rels as Relationship[]));
    if (granted) this.notices.given();
    return {
      paths,
      restrictedLinkExists: granted,
      restrictedNoticeWithheld: spent,
      stoppedEarly,
    };
  }

  /**
   * The k shortest routes from `from` to `to` that differ by the entities they pass through
   * (Yen's algorithm over entities; k = 1 is the first query alone).
   * `SHORTEST k` tells paths apart by their links too: two phones that called each other 100
   * times made 100 "paths" of one hop. With Lawler's improvement: a route only spurs from where
   * it left the route it came from (`dev`); its earlier spurs have the same root and the same
   * banned next steps as its parent's, so they would find the candidates already found.
   * A round's spurs run as separate queries, a few at once; no round starts after
   * ROUTES_BUDGET_MS.
   */
  private async routes(
    from: string,
    to: string,
    k: number,
    maxHops: number,
    parts: Record<string, string>,
    meta: { operation: string; user: string },
    vp: ReturnType<typeof viewerParams>,
    avoid: string[],
  ): Promise<{ rows: Record<string, unknown>[]; stoppedEarly: boolean }> {
    type Route = { nodes: Node[]; rels: Relationship[]; ids: string[]; dev: number };
    const route = (nodes: Node[], rels: Relationship[], dev: number): Route => ({
      nodes,
      rels,
      ids: nodes.map((n) => String(n.properties.id)),
      dev,
    });
    const key = (r: Route) => r.ids.join('\u0000');
    const [first] = await this.db.readQuery(
      meta,
      'explore/shortest-paths',
      { from, to, avoid, ...vp },
      parts,
    );
    if (!first) return { rows: [], stoppedEarly: false };
    const started = Date.now();
    const limit = pLimit(SPUR_QUERIES_AT_ONCE);
    const found = [route(first.nodes as Node[], first.rels as Relationship[], 0)];
    const known = new Set(found.map(key));
    const candidates: Route[] = [];
    let stoppedEarly = false;
    while (found.length < k) {
      if (Date.now() - started >= this.routesBudgetMs) {
        stoppedEarly = true;
        break;
      }
      const last = found.at(-1)!;
      // One query per spur, a few at once; each answers the rest of a candidate from spur j.
      const spurs = last.ids.slice(last.dev, -1).map((spur, n) => {
        const j = last.dev + n;
        const root = last.ids.slice(0, j + 1);
        const sameStart = found.filter((f) => root.every((id, i) => f.ids[i] === id));
        const params = {
          spur,
          to,
          avoid: [...root.slice(0, j), ...avoid],
          banned: sameStart.flatMap((f) => f.ids[j + 1] ?? []),
          hops: neo4j.int(maxHops - j),
          ...vp,
        };
        return limit(async () => {
          const [row] = await this.db.readQuery(meta, 'explore/spur-paths', params, parts);
          return row ? { j, row } : null;
        });
      });
      // One spur failing fails the answer: the ones still queued are not started.
      const answers = await Promise.all(spurs).catch((err: unknown) => {
        limit.clearQueue();
        throw err;
      });
      for (const spur of answers) {
        if (!spur) continue;
        const { j, row } = spur;
        const next = route(
          [...last.nodes.slice(0, j), ...(row.nodes as Node[])],
          [...last.rels.slice(0, j), ...(row.rels as Relationship[])],
          j,
        );
        if (known.has(key(next))) continue;
        known.add(key(next));
        candidates.push(next);
      }
      if (candidates.length === 0) break;
      candidates.sort((a, b) => a.rels.length - b.rels.length || key(a).localeCompare(key(b)));
      found.push(candidates.shift()!);
    }
    return { rows: found.map((r) => ({ nodes: r.nodes, rels: r.rels })), stoppedEarly };
  }

  /** The union of the shortest paths between every pair of the given entities. */
  async connectingNetwork(
    ids: string[],
    maxHops: number,
    relTypes: string[],
    avoid: readonly string[] = [],
  ): Promise<Omit<PathsResult, 'stoppedEarly'> & { unreachable: string[][] }> {
    if (ids.some((id) => id.trim() === '')) {
      throw new AppError(
        'BAD_INPUT',
        'an entity id is empty: give the ids of the entities to join',
      );
    }
    const unique = [...new Set(ids)];
    if (unique.length < 2 || unique.length > MAX_NETWORK) {
      throw new AppError(
        'BAD_INPUT',
        `give from 2 to ${MAX_NETWORK} different entity ids; got ${unique.length}`,
      );
    }
    // An entity to be joined is never avoided, even when it is named in both lists.
    const around = checkAvoid(avoid, unique);
    const paths: PathOut[] = [];
    const unreachable: string[][] = [];
    let restricted = false;
    let withheld = false;
    const started = Date.now();
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        // Each pair may take up to the read timeout: the whole network is bounded too.
        if (Date.now() - started > NETWORK_BUDGET_MS) {
          throw new AppError(
            'QUERY_TIMEOUT',
            `The connecting network of ${unique.length} entities took longer than ` +
              `${NETWORK_BUDGET_MS / 1000} s: ask for fewer entities, fewer hops or some link types.`,
          );
        }
        const res = await this.shortestPaths(unique[i]!, unique[j]!, 1, maxHops, relTypes, around);
        restricted ||= res.restrictedLinkExists;
        withheld ||= res.restrictedNoticeWithheld;
        if (res.paths[0]) paths.push(res.paths[0]);
        else unreachable.push([unique[i]!, unique[j]!]);
      }
    }
    return {
      paths,
      restrictedLinkExists: restricted,
      restrictedNoticeWithheld: withheld,
      unreachable,
    };
  }

  async commonAssociates(ids: string[], minShared: number | null, limit: number) {
    const unique = [...new Set(ids)];
    if (unique.length < 2 || unique.length > 50) {
      throw new AppError(
        'BAD_INPUT',
        `give from 2 to 50 different person ids; got ${unique.length}`,
      );
    }
    const min = minShared ?? unique.length;
    if (!Number.isInteger(min) || min < 2 || min > unique.length) {
      throw new AppError('BAD_INPUT', `minShared must be from 2 to ${unique.length}; got ${min}`);
    }
    const rows = await this.db.readQuery(
      { operation: 'commonAssociates', user: this.viewer.username },
      'explore/common-associates',
      {
        ids: unique,
        minShared: neo4j.int(min),
        limit: neo4j.int(checkLimit(limit)),
        ...viewerParams(this.viewer),
      },
    );
    return rows.map((r) => ({
      associate: toEntity(r.associate as Node),
      linkedTo: r.linkedTo as string[],
      links: (r.links as { person: string; via: string; through: string | null }[]).map((l) => ({
        person: l.person,
        via: l.via,
        through: l.through,
      })),
    }));
  }
}
