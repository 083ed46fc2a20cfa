// What the web asks the API for an entity or a link (GraphQL selections), in a module of its
// own: plain text, so that a test can check a request's cost against the API's rule.
const PROVENANCE =
  'provenance { source sourceId ingestedAt reliability credibility sources classification compartments }';
export const ENTITY = `id type caption degree fields { key value type } ${PROVENANCE}`;
export const EDGE = `id type source target fields { key value type } ${PROVENANCE}`;
/** What naming an entity takes: its caption, type and agency's record (`captionsFor`). */
export const NAMED =
  'id type caption provenance { source sourceId reliability credibility sources }';

/**
 * How many entities one request asks for, within the API's cost limit of 200 (MAX_COST): a full
 * entity costs ~26, a name 10 (the field, id, type, caption, provenance and its five). Thirty
 * names cost 300 and were refused (QA: a hypothesis citing many records read as bare references);
 * `api/test/web-requests.test.ts` checks these against the API's own rule.
 */
export const NODES_PER_REQUEST = { full: 7, named: 20 } as const;

/** One request for `chunk`'s entities: `full`, what the canvas needs; else what names them. */
export function nodesQuery(
  chunk: readonly string[],
  full: boolean,
): { query: string; variables: Record<string, string> } {
  const fields = full ? ENTITY : NAMED;
  const params = chunk.map((_id, j) => `$i${j}: ID!`).join(', ');
  const body = chunk.map((_id, j) => `n${j}: node(id: $i${j}) { ${fields} }`).join(' ');
  return {
    query: `query Nodes(${params}) { ${body} }`,
    variables: Object.fromEntries(chunk.map((id, j) => [`i${j}`, id])),
  };
}
