// The roles a field's @auth(requires: [...]) directive names: mercurius-auth checks them for
// queries and mutations (plugins/graphql.ts); live subscriptions check them themselves
// (live.ts), since mercurius-auth does not guard a subscription's `subscribe`.
import { Kind, type DirectiveNode, type GraphQLResolveInfo } from 'graphql';
import type { User } from '../auth/roles.js';
import { AppError } from '../db/executor.js';

/** The role names listed in an @auth(requires: [...]) directive. */
export function rolesOf(policy: DirectiveNode): string[] {
  const arg = policy.arguments?.find((a) => a.name.value === 'requires')?.value;
  if (arg?.kind !== Kind.LIST) return [];
  return arg.values.flatMap((v) => (v.kind === Kind.ENUM ? [v.value] : []));
}

/** The roles the field being resolved requires (none: it has no @auth). */
export function requiredRoles(info: GraphQLResolveInfo): string[] {
  const field = info.parentType.getFields()[info.fieldName];
  const policy = field?.astNode?.directives?.find((d) => d.name.value === 'auth');
  return policy ? rolesOf(policy) : [];
}

/** Whether `user` has one of the `allowed` roles. */
export function hasRole(user: User, allowed: readonly string[]): boolean {
  return user.roles.some((r) => allowed.includes(r));
}

/** Refuses a caller without a session (UNAUTHENTICATED) or without one of `allowed` (FORBIDDEN). */
export function requireRole(user: User | null, allowed: readonly string[]): void {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Log in first');
  if (!hasRole(user, allowed))
    throw new AppError('FORBIDDEN', `This needs one of the roles ${allowed.join(', ')}`);
}
