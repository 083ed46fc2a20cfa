// Failed logins per username and address, and per username from any address, counted in the
// database so that every API instance sees the same counts (the per-address rate limit in
// plugins/auth.ts is per instance). Each attempt is counted before its password is checked; a
// success clears its address's count and takes itself back out of the name's, so after MAX_FAILURES failures in a row from one address,
// or MAX_NAME_FAILURES from all, logins to that name are refused for LOCK_MINUTES from the last
// one, whether or not the name exists (the refusal does not reveal which names do; ADR 0005).
// Per address: anyone could otherwise lock any account, an administrator's included, with five
// wrong passwords.
import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor.js';

export const MAX_FAILURES = 5;
export const MAX_NAME_FAILURES = 50;
export const LOCK_MINUTES = 15;

export class LoginThrottle {
  constructor(private readonly db: Executor) {}

  /** Counts an attempt; true when the name is locked (the attempt is then refused). */
  async attempt(username: string, address: string): Promise<boolean> {
    const rows = await this.db.writeQuery(
      { operation: 'loginAttempt', user: username },
      'auth/login-attempt',
      {
        username,
        address,
        maxFailures: neo4j.int(MAX_FAILURES),
        maxNameFailures: neo4j.int(MAX_NAME_FAILURES),
        minutes: neo4j.int(LOCK_MINUTES),
      },
    );
    return rows[0]?.locked === true;
  }

  async succeeded(username: string, address: string): Promise<void> {
    await this.db.writeQuery(
      { operation: 'loginSucceeded', user: username },
      'auth/login-succeeded',
      { username, address },
    );
  }

  /** Drops stale counts; its own transaction, so it never holds up a login. */
  async prune(): Promise<void> {
    await this.db.writeQuery({ operation: 'loginThrottlePrune' }, 'auth/login-throttle-prune', {
      minutes: neo4j.int(LOCK_MINUTES),
    });
  }
}
