// A small GraphQL client: POST /graphql with the session's CSRF token; errors become ApiError
// with the server's message and code. A lost session sends the user back to the login form.
// Types come from the schema (generated.ts); the explore queries live here.
import type * as G from './generated';
import { EDGE, ENTITY } from './selections';
import { session } from './session.svelte';

export { EDGE, ENTITY };

export type Field = Omit<G.Field, '__typename'>;
export type Provenance = Omit<G.Provenance, '__typename'>;
export type Entity = Omit<G.Entity, '__typename' | 'fields' | 'provenance'> & {
  fields: Field[];
  provenance: Provenance;
};
export type Edge = Omit<G.Edge, '__typename' | 'fields' | 'provenance'> & {
  fields: Field[];
  provenance: Provenance;
};
export type Highlight = Omit<G.Highlight, '__typename'>;
/** What the list of hits shows of an entity; the whole entity is read when one is picked. */
export type HitEntity = Pick<Entity, 'id' | 'type' | 'caption'> & {
  provenance: Pick<Provenance, 'source' | 'sourceId'>;
};
export interface SearchHit {
  entity: HitEntity;
  score: number;
  matched: Highlight | null;
  /** A person's birth date, CURP and aliases: what tells people of one name apart. */
  clues: Field[];
}
export type ExpandFilter = G.ExpandFilter;
export type TimelineKind = G.TimelineKind;
export type ExpandGroup = Omit<G.ExpandGroup, '__typename'>;
/** All the links of one type and direction between two entities, counted by the API. */
export type LinkBundle = Omit<G.LinkBundle, '__typename' | 'latest'>;
export interface Subgraph {
  nodes: Entity[];
  edges: Edge[];
  /** The links that `edges` stand for, counted (`linkBundles`, which sends each one's latest). */
  bundles?: LinkBundle[];
}
export interface Path extends Subgraph {
  length: number;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** What the message names (`extensions.details`), for a message in the UI's language. */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** The purpose every request gives the audit trail: the open investigation, when there is one. */
let purpose: string | null = null;
export function setPurpose(p: string | null): void {
  purpose = p;
}

/** The purpose an investigation's requests give the audit trail: its name and id. */
export function purposeOf(inv: { name: string; id: string } | null): string | null {
  return inv ? `${inv.name} (${inv.id})` : null;
}

/**
 * Who asked for a request: the user, or the page on its own (a refresh on a live change, a
 * badge's count). The audit trail records both, and tells them apart (QA: a queue refreshed by
 * someone else's proposal read as its reader's own query).
 */
export type Asker = 'user' | 'page';

/**
 * `forPurpose`: this request's purpose instead of the open investigation's (opening another
 * one reads its entities for it, not for the one open before).
 */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown>,
  forPurpose: string | null = purpose,
  asker: Asker = 'user',
): Promise<T> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-csrf-token': session.csrf ?? '',
  };
  if (asker === 'page') headers['x-trama-trigger'] = 'automatic';
  // Percent-encoded: header values cannot carry accents; the API decodes it.
  if (forPurpose) headers['x-trama-purpose'] = encodeURIComponent(forPurpose.slice(0, 200));
  // Only the request itself failing (no server, no network) is NETWORK: not a bug elsewhere.
  const res = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  }).catch((err: unknown) => {
    throw new ApiError((err as Error).message, 'NETWORK');
  });
  if (res.status === 403) {
    // A temporary password to change is no ended session: asked again, the app shows its form.
    const refusal = (await res
      .clone()
      .json()
      .catch(() => null)) as { error?: string } | null;
    if (refusal?.error === 'PASSWORD_CHANGE_REQUIRED') void session.recheck();
    else session.lost();
  }
  // A proxy's error page is not JSON: say what the server answered instead of a parse error.
  const body = (await res.json().catch(() => {
    throw new ApiError(`HTTP ${res.status}`, 'HTTP');
  })) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string; details?: string[] } }[];
    /** A refusal before GraphQL (e.g. RATE_LIMITED) comes as Fastify's error: code, message. */
    code?: string;
    message?: string;
  };
  if (!body.errors && typeof body.code === 'string')
    throw new ApiError(body.message ?? `HTTP ${res.status}`, body.code);
  const first = body.errors?.[0];
  if (first?.extensions?.code === 'UNAUTHENTICATED') session.lost();
  if (first?.extensions?.code === 'ACCOUNT_DISABLED') session.lost(true);
  // Refused for a role or clearance this page thought it had: an administrator changed them.
  if (first?.extensions?.code === 'FORBIDDEN') void session.recheck();
  if (first)
    throw new ApiError(first.message, first.extensions?.code ?? 'ERROR', first.extensions?.details);
  if (!body.data) throw new ApiError(`HTTP ${res.status}`, 'HTTP');
  return body.data;
}

/** How many hits the search box asks for: past it, the box asks the user to type more. */
export const SEARCH_LIMIT = 20;
/** The most hits one search gives (the API's limit), on demand. */
export const SEARCH_LIMIT_MORE = 100;
/** The most source records the API lists on one entity (api/src/graphql/explore/sources.ts). */
export const SOURCES_CAP = 100;

export async function search(query: string, limit = SEARCH_LIMIT): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    `query Search($q: String!, $limit: Int) { search(query: $q, limit: $limit) {
       score matched { field value ranges } clues { key value type }
       entity { id type caption provenance { source sourceId } } } }`,
    { q: query, limit },
  );
  return data.search;
}

/** One entity, whole; null when it is gone or hidden from the user. */
export async function node(id: string): Promise<Entity | null> {
  const data = await gql<{ node: Entity | null }>(
    `query Node($id: ID!) { node(id: $id) { ${ENTITY} } }`,
    { id },
  );
  return data.node;
}

export interface ExpandPage extends Subgraph {
  hasNextPage: boolean;
  endCursor: string | null;
}

export async function expand(
  ids: string[],
  filter: ExpandFilter = {},
  first = 50,
  order: 'ANY' | 'MOST_CONNECTED' = 'MOST_CONNECTED',
  after: string | null = null,
): Promise<ExpandPage> {
  const data = await gql<{
    expand: Subgraph & { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }>(
    `query Expand($ids: [ID!]!, $filter: ExpandFilter, $first: Int, $order: ExpandOrder, $after: String) {
       expand(ids: $ids, filter: $filter, first: $first, order: $order, after: $after) {
         nodes { ${ENTITY} } edges { ${EDGE} } pageInfo { hasNextPage endCursor } } }`,
    { ids, filter, first, order, after },
  );
  const { nodes, edges, pageInfo } = data.expand;
  return { nodes, edges, ...pageInfo };
}

/**
 * The links between `ids` and `others` (an expansion's centres and page, at most 500), counted
 * per pair, type and direction, with the latest of each: what the page's lines stand for.
 */
export async function linkBundles(
  ids: string[],
  others: string[],
  filter: ExpandFilter = {},
): Promise<Subgraph> {
  if (ids.length === 0 || others.length === 0) return { nodes: [], edges: [], bundles: [] };
  const data = await gql<{ linkBundles: (LinkBundle & { latest: Edge })[] }>(
    `query LinkBundles($ids: [ID!]!, $others: [ID!]!, $filter: ExpandFilter) {
       linkBundles(ids: $ids, others: $others, filter: $filter) {
         source target type count capped firstAt lastAt latest { ${EDGE} } } }`,
    { ids, others, filter },
  );
  return {
    nodes: [],
    edges: data.linkBundles.map((b) => b.latest),
    bundles: data.linkBundles.map(({ latest: _latest, ...b }) => b),
  };
}

/** A person linked to each of the given ones, and how: directly, or through a shared entity. */
export interface CommonAssociate {
  associate: Entity;
  linkedTo: string[];
  links: { person: string; via: string; through: string | null }[];
}

export async function commonAssociates(ids: string[]): Promise<CommonAssociate[]> {
  const data = await gql<{ commonAssociates: CommonAssociate[] }>(
    `query Common($ids: [ID!]!) { commonAssociates(ids: $ids) {
       associate { ${ENTITY} } linkedTo links { person via through } } }`,
    { ids },
  );
  return data.commonAssociates;
}

export async function expandPreview(
  ids: string[],
  filter: ExpandFilter = {},
): Promise<ExpandGroup[]> {
  const data = await gql<{ expandPreview: ExpandGroup[] }>(
    `query Preview($ids: [ID!]!, $filter: ExpandFilter) { expandPreview(ids: $ids, filter: $filter) {
       relType direction neighborType agency count neighbors capped } }`,
    { ids, filter },
  );
  return data.expandPreview;
}

/** How many cases each entity is linked to (for sizing nodes), a few entities per request. */
export async function caseCounts(ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  // Each aliased preview costs 13 of the API's request budget of 200.
  for (let i = 0; i < ids.length; i += 14) {
    const chunk = ids.slice(i, i + 14);
    const fields = chunk.map(
      (_id, j) =>
        `c${j}: expandPreview(ids: [$i${j}], filter: {neighborTypes: ["Case"]}) { count }`,
    );
    const vars = Object.fromEntries(chunk.map((id, j) => [`i${j}`, id]));
    const params = chunk.map((_id, j) => `$i${j}: ID!`).join(', ');
    const data = await gql<Record<string, { count: number }[]>>(
      `query Cases(${params}) { ${fields.join(' ')} }`,
      vars,
    );
    chunk.forEach((id, j) =>
      out.set(
        id,
        (data[`c${j}`] ?? []).reduce((s, g) => s + g.count, 0),
      ),
    );
  }
  return out;
}

const PATH = `paths { length nodes { ${ENTITY} } edges { ${EDGE} } } restrictedLinkExists restrictedNoticeWithheld`;

export interface PathsAnswer {
  paths: Path[];
  restrictedLinkExists: boolean;
  /** A restricted link was not told of: the day's notices are used up (ADR 0006). */
  restrictedNoticeWithheld: boolean;
  /** k shortest routes only: fewer than k came back because the search hit its time limit. */
  stoppedEarly?: boolean;
  unreachable?: string[][];
}

/** `avoid`: entities no route may pass through (a phone thousands call). */
export async function shortestPaths(
  from: string,
  to: string,
  k = 1,
  maxHops = 6,
  avoid: readonly string[] = [],
) {
  const data = await gql<{ shortestPaths: PathsAnswer }>(
    `query Paths($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $avoid: [ID!]) {
       shortestPaths(from: $from, to: $to, k: $k, maxHops: $maxHops, avoid: $avoid) { ${PATH} stoppedEarly } }`,
    { from, to, k, maxHops, avoid },
  );
  return data.shortestPaths;
}

export async function connectingNetwork(
  ids: string[],
  maxHops = 6,
  avoid: readonly string[] = [],
): Promise<PathsAnswer> {
  const data = await gql<{ connectingNetwork: PathsAnswer }>(
    `query Network($ids: [ID!]!, $maxHops: Int, $avoid: [ID!]) {
       connectingNetwork(ids: $ids, maxHops: $maxHops, avoid: $avoid) { ${PATH} unreachable } }`,
    { ids, maxHops, avoid },
  );
  return data.connectingNetwork;
}

export interface TimelineEvent {
  subject: string;
  at: string;
  kind: string;
  via: string;
  /** The subject's role in the event, where its link names one (VICTIM, SUSPECT…). */
  role: string | null;
  entity: Entity | null;
  call: Edge | null;
  /** A call's ends the subject stands for: the phone itself, or the phones a person uses. */
  through: string[] | null;
  /** A membership's day: the membership, whose record and grade the row's are. */
  link: Edge | null;
}

/** A phone an entity calls or texts, or is called or texted by (through its own phones), counted. */
export interface CallContact {
  phone: Entity;
  /** Voice calls both ways, and of those made from the entity's phones. */
  calls: number;
  outgoing: number;
  /** Text messages both ways, and of those sent from the entity's phones. */
  texts: number;
  textsSent: number;
  firstAt: string | null;
  lastAt: string | null;
  /** Who uses the phone (the first three by name). */
  users: Entity[];
  /** The entity's phones on those calls (itself for a phone). */
  via: Entity[];
}

/** Whom an entity calls most, and how many calls were counted (the most recent, up to a cap). */
export async function callContacts(
  id: string,
  first = 10,
): Promise<{ read: number; capped: boolean; contacts: CallContact[] }> {
  const data = await gql<{
    callContacts: { read: number; capped: boolean; contacts: CallContact[] };
  }>(
    `query CallContacts($id: ID!, $first: Int) { callContacts(id: $id, first: $first) {
       read capped contacts { phone { ${ENTITY} } calls outgoing texts textsSent firstAt lastAt
         users { ${ENTITY} }
         via { ${ENTITY} } } } }`,
    { id, first },
  );
  return data.callContacts;
}

export interface TimelineQuery {
  /** Kinds of event to keep; empty keeps every kind. */
  kinds?: readonly G.TimelineKind[];
  order?: G.TimelineOrder;
  first?: number;
  /** The previous page's endCursor, for the next page. */
  after?: string | null;
  /** A window [from, to) in milliseconds since 1970 (the canvas's time filter), or all time. */
  window?: { from: number; to: number } | null;
}

export async function timeline(
  ids: string[],
  {
    kinds = [],
    order = 'OLDEST_FIRST',
    first = 100,
    after = null,
    window = null,
  }: TimelineQuery = {},
): Promise<{ events: TimelineEvent[]; hasNextPage: boolean; endCursor: string | null }> {
  // Ends past what a date can say (a window open at one end) are left out.
  const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);
  const data = await gql<{
    timeline: {
      events: TimelineEvent[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(
    `query Timeline($ids: [ID!]!, $kinds: [TimelineKind!], $order: TimelineOrder, $first: Int,
       $after: String, $from: String, $to: String) {
       timeline(ids: $ids, kinds: $kinds, order: $order, first: $first, after: $after,
         from: $from, to: $to) {
         events { subject at kind via role through entity { ${ENTITY} } call { ${EDGE} }
           link { ${EDGE} } }
         pageInfo { hasNextPage endCursor } } }`,
    {
      ids,
      kinds,
      order,
      first,
      after,
      from: window ? iso(window.from) : null,
      to: window ? iso(window.to) : null,
    },
  );
  return { events: data.timeline.events, ...data.timeline.pageInfo };
}
