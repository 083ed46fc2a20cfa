// A small GraphQL client: POST /graphql with the session's CSRF token; errors become ApiError
// with the server's message and code. A lost session sends the user back to the login form.
import { session } from './session.svelte';

export interface Field {
  key: string;
  value: string;
}
export interface Provenance {
  source: string | null;
  sourceId: string | null;
  ingestedAt: string | null;
  reliability: string | null;
  credibility: number | null;
  sources: string[];
}
export interface Entity {
  id: string;
  type: string;
  caption: string;
  degree?: number | null;
  fields: Field[];
  provenance: Provenance;
}
export interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  fields: Field[];
  provenance: Provenance;
}

const PROVENANCE = 'provenance { source sourceId ingestedAt reliability credibility sources }';
const ENTITY = `id type caption degree fields { key value } ${PROVENANCE}`;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf ?? '' },
    body: JSON.stringify({ query, variables }),
  });
  if (res.status === 403) session.clear();
  const body = (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const first = body.errors?.[0];
  if (first?.extensions?.code === 'UNAUTHENTICATED') session.clear();
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'ERROR');
  if (!body.data) throw new ApiError(`HTTP ${res.status}`, 'HTTP');
  return body.data;
}

export async function search(
  query: string,
  limit = 12,
): Promise<{ entity: Entity; score: number }[]> {
  const data = await gql<{ search: { entity: Entity; score: number }[] }>(
    `query Search($q: String!, $limit: Int) { search(query: $q, limit: $limit) { score entity { ${ENTITY} } } }`,
    { q: query, limit },
  );
  return data.search;
}

export interface Neighborhood {
  centre: Entity;
  total: number;
  nodes: Entity[];
  edges: Edge[];
}

export async function neighbors(id: string, limit = 50): Promise<Neighborhood | null> {
  const data = await gql<{ neighbors: Neighborhood | null }>(
    `query Neighbors($id: ID!, $limit: Int) { neighbors(id: $id, limit: $limit) {
       total centre { ${ENTITY} } nodes { ${ENTITY} }
       edges { id type source target fields { key value } ${PROVENANCE} } } }`,
    { id, limit },
  );
  return data.neighbors;
}
