// Roles and what users carry for need-to-know checks.
export const ROLES = ['ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Classification levels, lowest first. A user sees records at or below their clearance. */
export const LEVELS = ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const;

export const COMPARTMENTS = ['FIN', 'GV', 'MIN', 'INF'] as const;
export type Compartment = (typeof COMPARTMENTS)[number];

export interface User {
  username: string;
  displayName: string;
  roles: Role[];
  clearance: number;
  compartments: Compartment[];
  active: boolean;
  /** The password was set by someone else: nothing but changing it until it is changed. */
  mustChangePassword: boolean;
}

export function isRole(r: string): r is Role {
  return (ROLES as readonly string[]).includes(r);
}

export function isCompartment(c: string): c is Compartment {
  return (COMPARTMENTS as readonly string[]).includes(c);
}
