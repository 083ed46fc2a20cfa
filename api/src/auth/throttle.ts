// Failed logins per username, counted in the database so that every API instance sees the same
// count (the per-address rate limit in plugins/auth.ts is per instance). After MAX_FAILURES in a
// row, logins to that name are refused for LOCK_MINUTES from the last failure, whether or not
// the name exists, so the refusal does not reveal which names do (ADR 0005).
import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor.js';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export class LoginThrottle {
  constructor(private readonly db: Executor) {}

  private params(username: string) {
    return {
      username,
      maxFailures: neo4j.int(MAX_FAILURES),
      minutes: neo4j.int(LOCK_MINUTES),
    };
  }

  async locked(username: string): Promise<boolean> {
    const rows = await this.db.readQuery(
      { operation: 'loginLocked', user: username },
      'auth/login-locked',
      this.params(username),
    );
    return rows[0]?.locked === true;
  }

  async failed(username: string): Promise<void> {
    await this.db.writeQuery(
      { operation: 'loginFailed', user: username },
      'auth/login-failed',
      this.params(username),
    );
  }

  async succeeded(username: string): Promise<void> {
    await this.db.writeQuery(
      { operation: 'loginSucceeded', user: username },
      'auth/login-succeeded',
      { username },
    );
  }
}
