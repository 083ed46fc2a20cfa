// Link hypotheses on the server (api/src/graphql/hypotheses/): proposing, amending, withdrawing,
// deciding and reopening, the supervisors' queue, and the entities a hypothesis names.
import {
  EDGE,
  ENTITY,
  gql,
  linkBundles,
  shortestPaths,
  type Asker,
  type Edge,
  type Entity,
  type Subgraph,
} from '../api';
import type * as G from '../generated';
import { NAMED, NODES_PER_REQUEST, nodesQuery } from '../selections';

export type HypothesisType = G.HypothesisType;
export type HypothesisStatus = G.HypothesisStatus;
export type HypothesisStep = Omit<G.HypothesisStep, '__typename'>;
export type Hypothesis = Omit<G.Hypothesis, '__typename' | 'history'> & {
  history?: HypothesisStep[] | null;
};
export type HypothesisFilter = G.HypothesisFilter;
export interface HypothesisChange {
  action: string;
  hypothesis: Hypothesis;
  /** Who took the step (username, and name as people are shown) and why (none for a proposal). */
  by: string;
  byName: string;
  reason: string | null;
}

export const HYPOTHESIS_TYPES: readonly HypothesisType[] = [
  'ASSOCIATE',
  'FAMILY',
  'MEMBER_OF',
  'SAME_PERSON',
  'OWNS',
  'PAYS',
  'UNKNOWN',
];

export const HYPOTHESIS = `id type fromId toId rationale confidence reliability credibility status version
  proposer proposerName createdAt updatedAt decidedBy decidedByName decisionReason investigationId
  investigationName
  evidenceRecords
  classification compartments`;

export async function proposeHypothesis(input: G.ProposeHypothesisInput): Promise<Hypothesis> {
  const data = await gql<{ proposeHypothesis: Hypothesis }>(
    `mutation Propose($input: ProposeHypothesisInput!) {
       proposeHypothesis(input: $input) { ${HYPOTHESIS} } }`,
    { input },
  );
  return data.proposeHypothesis;
}

export async function amendHypothesis(
  id: string,
  changes: G.AmendHypothesisInput,
  reason: string,
): Promise<Hypothesis> {
  const data = await gql<{ amendHypothesis: Hypothesis }>(
    `mutation Amend($id: ID!, $changes: AmendHypothesisInput!, $reason: String!) {
       amendHypothesis(id: $id, changes: $changes, reason: $reason) { ${HYPOTHESIS} } }`,
    { id, changes, reason },
  );
  return data.amendHypothesis;
}

export async function withdrawHypothesis(id: string, reason: string): Promise<Hypothesis> {
  const data = await gql<{ withdrawHypothesis: Hypothesis }>(
    `mutation Withdraw($id: ID!, $reason: String!) {
       withdrawHypothesis(id: $id, reason: $reason) { ${HYPOTHESIS} } }`,
    { id, reason },
  );
  return data.withdrawHypothesis;
}

/** `version`: the hypothesis's as the supervisor read it; one amended since is refused. */
export async function decideHypothesis(
  id: string,
  decision: G.Decision,
  reason: string,
  version: number,
): Promise<Hypothesis> {
  const data = await gql<{ decideHypothesis: Hypothesis }>(
    `mutation Decide($id: ID!, $decision: Decision!, $reason: String!, $version: Int) {
       decideHypothesis(id: $id, decision: $decision, reason: $reason, version: $version) {
         ${HYPOTHESIS} } }`,
    { id, decision, reason, version },
  );
  return data.decideHypothesis;
}

export async function reopenHypothesis(id: string, reason: string): Promise<Hypothesis> {
  const data = await gql<{ reopenHypothesis: Hypothesis }>(
    `mutation Reopen($id: ID!, $reason: String!) {
       reopenHypothesis(id: $id, reason: $reason) { ${HYPOTHESIS} } }`,
    { id, reason },
  );
  return data.reopenHypothesis;
}

/** One hypothesis with its evidence and history, or null if it is gone or hidden. */
export async function getHypothesis(id: string, asker?: Asker): Promise<Hypothesis | null> {
  const data = await gql<{ hypothesis: Hypothesis | null }>(
    `query Hypothesis($id: ID!) { hypothesis(id: $id) {
       ${HYPOTHESIS} evidenceIds history { at by byName action reason changes { field from to } } } }`,
    { id },
    undefined,
    asker,
  );
  return data.hypothesis;
}

export interface HypothesisPage {
  items: Hypothesis[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The supervisors' queue (`queue`: PROPOSED only) or any hypotheses matching `filter`. */
export async function listHypotheses(
  filter: HypothesisFilter,
  queue: boolean,
  first = 50,
  after: string | null = null,
  asker?: Asker,
): Promise<HypothesisPage> {
  const field = queue ? 'hypothesisQueue' : 'hypotheses';
  const data = await gql<Record<string, { items: Hypothesis[]; pageInfo: G.PageInfo }>>(
    `query Hypotheses($filter: HypothesisFilter, $first: Int, $after: String) {
       page: ${field}(filter: $filter, first: $first, after: $after) {
         items { ${HYPOTHESIS} } pageInfo { hasNextPage endCursor } } }`,
    { filter, first, after },
    undefined,
    asker,
  );
  const page = data.page!;
  return { items: page.items, ...page.pageInfo, endCursor: page.pageInfo.endCursor ?? null };
}

/** Proposals waiting for a decision that touch any of these entities (for the canvas). */
export async function proposedTouching(entityIds: string[], asker?: Asker): Promise<Hypothesis[]> {
  if (entityIds.length === 0) return [];
  const page = await listHypotheses({ status: 'PROPOSED', entityIds }, false, 500, null, asker);
  return page.items;
}

/**
 * Entities by id (hidden or missing ones are left out). `full` brings what the canvas needs;
 * otherwise the caption and the agency's record.
 */
export async function entitiesById(
  ids: readonly string[],
  full = false,
  asker?: Asker,
): Promise<Map<string, Entity>> {
  const unique = [...new Set(ids)];
  const size = full ? NODES_PER_REQUEST.full : NODES_PER_REQUEST.named;
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  const answers = await Promise.all(
    chunks.map((chunk) => {
      const { query, variables } = nodesQuery(chunk, full);
      return gql<Record<string, Entity | null>>(query, variables, undefined, asker);
    }),
  );
  const out = new Map<string, Entity>();
  for (const data of answers) for (const e of Object.values(data)) if (e) out.set(e.id, e);
  return out;
}

/** The confirmed relationship an approved hypothesis created, with its two ends. */
export async function confirmedLink(h: Hypothesis, asker?: Asker): Promise<Subgraph | null> {
  const data = await gql<{ confirmedLink: Edge | null }>(
    `query ConfirmedLink($id: ID!) { confirmedLink(hypothesisId: $id) { ${EDGE} } }`,
    { id: h.id },
    undefined,
    asker,
  );
  if (!data.confirmedLink) return null;
  const ends = await entitiesById([h.fromId, h.toId], true, asker);
  return { nodes: [...ends.values()], edges: [data.confirmedLink] };
}

/** A cited source record as the reader may see it: the entity it became, or its links. */
export type CitedRecord = Omit<G.SourceRecord, '__typename' | 'entity' | 'links'> & {
  entity: Entity | null;
  links: Edge[];
};

/** How many of a record's links are read (a call warrant has hundreds; the count says all). */
export const RECORD_LINKS = 20;

/** What cited records are, by reference; those missing or hidden from the reader are left out. */
export async function sourceRecords(
  refs: readonly string[],
  asker?: Asker,
): Promise<Map<string, CitedRecord>> {
  if (refs.length === 0) return new Map();
  const data = await gql<{ sourceRecords: CitedRecord[] }>(
    `query Records($refs: [String!]!, $limit: Int) { sourceRecords(refs: $refs, linkLimit: $limit) {
       ref linkCount firstAt lastAt entity { ${NAMED} } links { ${EDGE} } } }`,
    { refs, limit: RECORD_LINKS },
    undefined,
    asker,
  );
  return new Map(data.sourceRecords.map((r) => [r.ref, r]));
}

/**
 * The two ends and the evidence — entities, and the entities and links cited records stand for,
 * with their ends — with the links among them (for "see in context").
 */
export async function hypothesisContext(h: Hypothesis): Promise<Subgraph> {
  // How the two are already connected, if they are (up to 4 steps), beside the evidence.
  const [records, route] = await Promise.all([
    sourceRecords(h.evidenceRecords),
    shortestPaths(h.fromId, h.toId, 1, CONTEXT_HOPS).catch(() => null),
  ]);
  const cited = [...records.values()];
  const links = cited.flatMap((r) => r.links);
  const ids = [
    h.fromId,
    h.toId,
    ...(h.evidenceIds ?? []),
    ...cited.flatMap((r) => (r.entity ? [r.entity.id] : [])),
    ...links.flatMap((l) => [l.source, l.target]),
  ];
  const entities = await entitiesById(ids, true);
  const known = new Set(entities.keys());
  // Each link among them (the cited links too) is counted from both its ends: the graph keeps
  // one of each.
  const among = await linkBundles([...known], [...known]);
  const path = route?.paths[0];
  return {
    ...among,
    nodes: [...entities.values(), ...(path?.nodes ?? [])],
    edges: [...among.edges, ...(path?.edges ?? [])],
  };
}

/** How far "in context" looks for a route already joining a hypothesis's two ends. */
const CONTEXT_HOPS = 4;

/** Another person record that may be the same person, and why (`samePersonCandidates`). */
export type SamePersonCandidate = Omit<
  G.SamePersonCandidate,
  '__typename' | 'entity' | 'shared'
> & {
  entity: Entity;
  shared: Entity[];
};

/** How many suggestions are asked for; the panel shows the first few and offers the rest. */
export const SAME_PERSON_LIMIT = 20;

/** Other person records that may be the same person as `id`, best first (none for others). */
export async function samePersonCandidates(id: string): Promise<SamePersonCandidate[]> {
  const data = await gql<{ samePersonCandidates: SamePersonCandidate[] }>(
    `query Same($id: ID!, $limit: Int) { samePersonCandidates(id: $id, limit: $limit) {
       entity { ${ENTITY} } score reasons conflicts birthDateFrom shared { ${ENTITY} } } }`,
    { id, limit: SAME_PERSON_LIMIT },
  );
  return data.samePersonCandidates;
}

/**
 * A suggestion drawn for proposing: the other record and the identifiers both name, with the
 * links from the two records to those identifiers (the proposal's evidence, seen on the canvas).
 */
export async function samePersonEvidence(id: string, c: SamePersonCandidate): Promise<Subgraph> {
  const shared = c.shared.map((e) => e.id);
  const links =
    shared.length > 0 ? await linkBundles([id, c.entity.id], shared) : { nodes: [], edges: [] };
  return { ...links, nodes: [c.entity, ...c.shared] };
}
