// What each role may open in the web app; the API enforces the same rules on every field.
import type { SessionUser } from './session.svelte';
import type { View } from './ui.svelte';

/** A role's rights; none while a temporary password waits to be changed. */
const has = (u: SessionUser | null, ...roles: string[]) =>
  !!u && !u.mustChangePassword && u.roles.some((r) => roles.includes(r));

/** Search, the canvas and hypotheses: analysts, investigators and supervisors. */
export const canExplore = (u: SessionUser | null) =>
  has(u, 'ANALYST', 'INVESTIGATOR', 'SUPERVISOR');

export function mayOpen(u: SessionUser | null, view: View): boolean {
  if (view === 'mine') return canExplore(u);
  if (view === 'queue') return has(u, 'SUPERVISOR');
  if (view === 'audit') return has(u, 'SUPERVISOR', 'ADMIN');
  return has(u, 'ADMIN');
}

/** The screens this user may open, in the order of the header. */
export function viewsFor(u: SessionUser | null): View[] {
  return (['mine', 'queue', 'audit', 'admin'] as const).filter((v) => mayOpen(u, v));
}
