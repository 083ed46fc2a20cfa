// Accounts that come with the demo data, one per role, so a new user can log in at once.
// They are made only when demo data is loaded into a database with no users at all.
import type { UserService } from './users.js';

export const DEMO_PASSWORD = 'demo-trama';

export const DEMO_USERS = [
  {
    username: 'analista',
    displayName: 'Ana Analista',
    roles: ['ANALYST'],
    // Confidential: the SSC's graded intelligence on gangs (seeds/load/prov.ts) is her daily
    // work; no compartment, so victims, minors, informants and UIF records stay hidden from her.
    clearance: 2,
    compartments: [],
  },
  {
    username: 'investigador',
    displayName: 'Iván Investigador',
    roles: ['INVESTIGATOR'],
    clearance: 2,
    compartments: ['MIN'],
  },
  {
    username: 'supervisora',
    displayName: 'Sofía Supervisora',
    roles: ['SUPERVISOR'],
    clearance: 3,
    compartments: ['FIN', 'GV', 'MIN', 'INF'],
  },
  {
    username: 'admin',
    displayName: 'Administración',
    roles: ['ADMIN'],
    clearance: 0,
    compartments: [],
  },
];

export async function ensureDemoUsers(
  users: UserService,
  log: (m: string) => void,
): Promise<boolean> {
  if ((await users.list()).length > 0) return false;
  for (const u of DEMO_USERS) await users.create({ ...u, password: DEMO_PASSWORD });
  log(
    `Demo accounts created (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.username).join(', ')}. Change or disable them before real use.`,
  );
  return true;
}
