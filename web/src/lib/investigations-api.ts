// Saved investigations on the server (see api/src/graphql/investigations/).
import { EDGE, ENTITY, gql, type Asker, type Edge, type Entity } from './api';
import type { CanvasContent } from './canvas-file';
import type * as G from './generated';

export type Investigation = Omit<G.Investigation, '__typename' | 'shares'> & {
  shares: Omit<G.InvestigationShare, '__typename'>[];
};
export type Colleague = Omit<G.Colleague, '__typename'>;

const META = `id name owner ownerName createdAt updatedAt updatedBy updatedByName version access
  shares { username displayName access }`;

export async function listInvestigations(asker?: Asker): Promise<Investigation[]> {
  return (
    await gql<{ investigations: Investigation[] }>(
      `{ investigations { ${META} } }`,
      {},
      undefined,
      asker,
    )
  ).investigations;
}

export interface Opened {
  investigation: Investigation;
  canvas: string;
  entities: Entity[];
  links: Edge[];
  omitted: number;
}

export async function openInvestigation(id: string): Promise<Opened> {
  // Read for the investigation opened (its name is not known before it comes).
  const data = await gql<{ openInvestigation: Opened }>(
    `query Open($id: ID!) { openInvestigation(id: $id) {
       investigation { ${META} } canvas omitted entities { ${ENTITY} } links { ${EDGE} } } }`,
    { id },
    `(${id})`,
  );
  return data.openInvestigation;
}

export async function createInvestigation(
  name: string,
  content: CanvasContent,
): Promise<Investigation> {
  const data = await gql<{ createInvestigation: Investigation }>(
    `mutation Create($name: String!, $content: CanvasInput!) {
       createInvestigation(name: $name, content: $content) { ${META} } }`,
    { name, content },
  );
  return data.createInvestigation;
}

export async function saveInvestigation(
  id: string,
  version: number,
  content: CanvasContent,
): Promise<Investigation> {
  const data = await gql<{ saveInvestigation: Investigation }>(
    `mutation Save($id: ID!, $version: Int!, $content: CanvasInput!) {
       saveInvestigation(id: $id, version: $version, content: $content) { ${META} } }`,
    { id, version, content },
  );
  return data.saveInvestigation;
}

export async function shareInvestigation(
  id: string,
  username: string,
  access: 'READ' | 'EDIT',
): Promise<Investigation> {
  const data = await gql<{ shareInvestigation: Investigation }>(
    `mutation Share($id: ID!, $u: String!, $a: ShareAccess!) {
       shareInvestigation(id: $id, username: $u, access: $a) { ${META} } }`,
    { id, u: username, a: access },
  );
  return data.shareInvestigation;
}

export async function unshareInvestigation(id: string, username: string): Promise<Investigation> {
  const data = await gql<{ unshareInvestigation: Investigation }>(
    `mutation Unshare($id: ID!, $u: String!) {
       unshareInvestigation(id: $id, username: $u) { ${META} } }`,
    { id, u: username },
  );
  return data.unshareInvestigation;
}

export async function deleteInvestigation(id: string): Promise<boolean> {
  return (
    await gql<{ deleteInvestigation: boolean }>(
      `mutation Delete($id: ID!) { deleteInvestigation(id: $id) }`,
      { id },
    )
  ).deleteInvestigation;
}

export async function colleagues(): Promise<Colleague[]> {
  return (await gql<{ colleagues: Colleague[] }>(`{ colleagues { username displayName } }`, {}))
    .colleagues;
}
