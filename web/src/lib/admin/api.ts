// User accounts for admins (api/src/graphql/users/): list, create, change.
import { gql } from '../api';
import type * as G from '../generated';

export type User = Omit<G.User, '__typename'>;
export type Role = G.Role;
export type Compartment = G.Compartment;

export const ROLES: readonly Role[] = ['ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN'];
export const COMPARTMENTS: readonly Compartment[] = ['FIN', 'GV', 'MIN', 'INF'];
export const CLEARANCES = [0, 1, 2, 3] as const;

const USER = 'username displayName roles clearance compartments active mustChangePassword';

export async function listUsers(): Promise<User[]> {
  return (await gql<{ users: User[] }>(`{ users { ${USER} } }`, {})).users;
}

export async function createUser(input: G.NewUserInput): Promise<User> {
  const data = await gql<{ createUser: User }>(
    `mutation CreateUser($input: NewUserInput!) { createUser(input: $input) { ${USER} } }`,
    { input },
  );
  return data.createUser;
}

export async function updateUser(username: string, changes: G.UserChangesInput): Promise<User> {
  const data = await gql<{ updateUser: User }>(
    `mutation UpdateUser($username: String!, $changes: UserChangesInput!) {
       updateUser(username: $username, changes: $changes) { ${USER} } }`,
    { username, changes },
  );
  return data.updateUser;
}
