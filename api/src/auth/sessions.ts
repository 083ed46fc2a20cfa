// Sessions: a random token in an http-only cookie; the database keeps only its SHA-256, with a
// CSRF token that the client must echo in a header on every GraphQL or logout request.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import type { User } from './roles.js';
import { toUser } from './users.js';

export const SESSION_COOKIE = 'trama_session';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TTL_SECONDS = 12 * 3600;

/** What the database keeps of a session token: its SHA-256. */
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Looked-up sessions are remembered for a few seconds, so a burst of requests costs one database
 * read. Logout clears the entry at once on this instance; other API instances (and changes to the
 * user's roles or clearance) catch up within SESSION_CACHE_MS.
 */
export const SESSION_CACHE_MS = 5000;

export class SessionService {
  private readonly cache = new LRUCache<string, { user: User; csrfToken: string }>({
    max: 10_000,
    ttl: SESSION_CACHE_MS,
  });

  constructor(private readonly db: Executor) {}

  async open(username: string): Promise<{ token: string; csrfToken: string } | null> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const rows = await this.db.writeQuery(
      { operation: 'login', user: username },
      'auth/create-session',
      {
        username,
        tokenHash: sha256(token),
        csrfToken,
        ttlSeconds: neo4j.int(SESSION_TTL_SECONDS),
      },
    );
    return rows.length > 0 ? { token, csrfToken } : null;
  }

  /** The session and its active user; `fresh`: from the database, not this instance's cache. */
  async find(token: string, fresh = false): Promise<{ user: User; csrfToken: string } | null> {
    const found = await this.lookup(token, fresh);
    return found && 'user' in found ? found : null;
  }

  /**
   * As `find`, and for a live session whose account an administrator disabled, that account's
   * name: refused like no session, but audited under its name. Only active sessions are cached.
   */
  async lookup(
    token: string,
    fresh = false,
  ): Promise<{ user: User; csrfToken: string } | { disabled: string; csrfToken: string } | null> {
    const tokenHash = sha256(token);
    const cached = fresh ? undefined : this.cache.get(tokenHash);
    if (cached) return cached;
    const rows = await this.db.readQuery({ operation: 'session' }, 'auth/find-session', {
      tokenHash,
    });
    const row = rows[0];
    if (!row) return null;
    const user = toUser(row.u as Node);
    const csrfToken = String((row.s as Node).properties.csrfToken);
    if (!user.active) return { disabled: user.username, csrfToken };
    const found = { user, csrfToken };
    this.cache.set(tokenHash, found);
    return found;
  }

  /** Drops cached sessions of a user whose account changed, so the change applies at once here. */
  forgetUser(username: string): void {
    for (const [key, value] of this.cache.entries())
      if (value.user.username === username) this.cache.delete(key);
  }

  async close(token: string): Promise<void> {
    this.cache.delete(sha256(token));
    await this.db.writeQuery({ operation: 'logout' }, 'auth/delete-session', {
      tokenHash: sha256(token),
    });
  }
}
