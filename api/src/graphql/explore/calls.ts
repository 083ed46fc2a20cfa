// Whom an entity calls and texts and is called and texted by: the other ends of its phones'
// calls and text messages, counted apart.
import neo4j, { type Node } from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import type { Executor } from '../../db/executor.js';
import { toPlain } from '../../db/values.js';
import { toEntity, type EntityOut } from './entity.js';
import { checkLimit, viewerParams } from './service.js';

/** Calls counted at most, the most recent first: a switchboard's 100,000 answer on these. */
export const CALLS_CAP = 20_000;
/** Users named per contact. */
const USERS = 3;

export interface CallContact {
  phone: EntityOut;
  /** Voice calls both ways, and of those made from the entity's phones. */
  calls: number;
  outgoing: number;
  /** Text messages (SMS) both ways, and of those sent from the entity's phones. */
  texts: number;
  textsSent: number;
  firstAt: string | null;
  lastAt: string | null;
  users: EntityOut[];
  /** The entity's phones on those calls (itself for a phone). */
  via: EntityOut[];
}

const time = (v: unknown): string | null => (v == null ? null : String(toPlain(v)));

export async function callContacts(
  db: Executor,
  viewer: User,
  id: string,
  first: number,
): Promise<{ read: number; capped: boolean; contacts: CallContact[] }> {
  checkLimit(first, 100);
  const [row] = await db.readQuery(
    { operation: 'callContacts', user: viewer.username },
    'explore/call-contacts',
    {
      id,
      first: neo4j.int(first),
      cap: neo4j.int(CALLS_CAP),
      users: neo4j.int(USERS),
      ...viewerParams(viewer),
    },
  );
  if (!row) return { read: 0, capped: false, contacts: [] };
  const read = Number(toPlain(row.read));
  const contacts = (row.contacts as Record<string, unknown>[]).map((c) => ({
    phone: toEntity(c.phone as Node),
    calls: Number(toPlain(c.calls)),
    outgoing: Number(toPlain(c.outgoing)),
    texts: Number(toPlain(c.texts)),
    textsSent: Number(toPlain(c.textsSent)),
    firstAt: time(c.firstAt),
    lastAt: time(c.lastAt),
    users: (c.users as Node[]).map((n) => toEntity(n)),
    via: (c.via as Node[]).map((n) => toEntity(n)),
  }));
  // Most calls and texts first (the query sorts them, but a list through its subquery keeps no
  // promise).
  const both = (c: CallContact) => c.calls + c.texts;
  contacts.sort((a, b) => both(b) - both(a) || (a.phone.id < b.phone.id ? -1 : 1));
  return { read, capped: read >= CALLS_CAP, contacts };
}
