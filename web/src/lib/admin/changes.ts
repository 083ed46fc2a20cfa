// What an edit of an account changes: only the fields that differ are sent to the server.
import type * as G from '../generated';

type User = Omit<G.User, '__typename'>;

/** Only what differs from the account as it is, so an edit never rewrites unchanged fields. */
export function changesFrom(
  before: User,
  after: Omit<User, 'username' | 'mustChangePassword'>,
  password: string,
): G.UserChangesInput {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  return {
    ...(after.displayName !== before.displayName ? { displayName: after.displayName } : {}),
    ...(!same(after.roles, before.roles) ? { roles: after.roles } : {}),
    ...(after.clearance !== before.clearance ? { clearance: after.clearance } : {}),
    ...(!same(after.compartments, before.compartments) ? { compartments: after.compartments } : {}),
    ...(after.active !== before.active ? { active: after.active } : {}),
    ...(password ? { password } : {}),
  };
}
