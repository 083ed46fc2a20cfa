// The one place that talks to Neo4j. Reads run in READ sessions (routable to followers in a
// cluster), writes through executeWrite; sessions are closed in `finally`; every transaction
// carries metadata naming the operation and user, visible in Neo4j's query log. All sessions
// share the driver's bookmark manager, so a read after a write sees it on any cluster member.
// A single-statement read (readQuery) runs as an auto-commit transaction: one Bolt round trip
// instead of BEGIN, RUN and COMMIT, about a millisecond less per request (ADR 0009); it is
// retried like a managed transaction when the error says a retry may succeed.
import neo4j, {
  isRetryableError,
  Neo4jError,
  type Driver,
  type ManagedTransaction,
} from 'neo4j-driver';
import { loadQuery, renderQuery } from './queries.js';

export interface TxMeta {
  operation: string;
  user?: string;
}

/** A domain error with a stable code, safe to show to API clients. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** What the message names, for a client to show in its own language (`extensions.details`). */
    readonly details?: string[],
  ) {
    super(message);
  }

  /**
   * What GraphQL errors made from this one carry, where no formatter makes them (a live
   * subscription refused: graphql-js copies an original error's `extensions`).
   */
  get extensions(): { code: string; details?: string[] } {
    return this.details ? { code: this.code, details: this.details } : { code: this.code };
  }
}

function mapError(err: unknown): never {
  if (err instanceof Neo4jError) {
    if (err.code === 'ServiceUnavailable' || err.code === 'SessionExpired') {
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        'The database is not reachable right now; try again shortly.',
      );
    }
    if (
      err.code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
      err.code.endsWith('TransactionTimedOutClientConfiguration')
    ) {
      throw new AppError(
        'QUERY_TIMEOUT',
        'The query took too long and was stopped; narrow it down.',
      );
    }
  }
  throw err;
}

/**
 * Starts a query without the driver recording its caller's stack trace: it does so for every
 * query, in case the query fails, and formatting the trace through source maps cost ~0.15 ms a
 * query on these machines (ADR 0009). `run` only builds the result before returning, so no other
 * code sees the lowered limit; a failed query's stack is captured where it is caught.
 */
function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Attempts of an auto-commit read when the error is retryable (leader change, restart…). */
const READ_ATTEMPTS = 3;
const RETRY_DELAY_MS = 200;
/** Reads are stopped after this long (QUERY_TIMEOUT); writes get a minute. */
const READ_TIMEOUT_MS = 15_000;

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  async read<T>(
    meta: TxMeta,
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = READ_TIMEOUT_MS,
  ): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work, {
        metadata: { app: 'trama', ...meta },
        timeout: timeoutMs,
      });
    } catch (err) {
      return mapError(err);
    } finally {
      await session.close();
    }
  }

  async write<T>(
    meta: TxMeta,
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = 60_000,
  ): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work, {
        metadata: { app: 'trama', ...meta },
        timeout: timeoutMs,
      });
    } catch (err) {
      return mapError(err);
    } finally {
      await session.close();
    }
  }

  /** Runs a named query file from cypher/queries in a read transaction and returns plain records. */
  /** `parts` fills the file's {{PLACEHOLDERS}} (allow-listed names only, see renderQuery). */
  async readQuery(
    meta: TxMeta,
    name: string,
    params: Record<string, unknown>,
    parts?: Record<string, string>,
  ): Promise<Record<string, unknown>[]> {
    const cypher = parts ? renderQuery(name, parts) : loadQuery(name);
    for (let attempt = 1; ; attempt++) {
      const session = this.session('READ');
      try {
        const result = await withoutCallerStack(() =>
          session.run(cypher, params, {
            metadata: { app: 'trama', ...meta },
            timeout: READ_TIMEOUT_MS,
          }),
        );
        return result.records.map((r) => r.toObject());
      } catch (err) {
        // The stack the driver skipped, taken here: where the query was asked for.
        if (err instanceof Error) Error.captureStackTrace(err);
        if (attempt >= READ_ATTEMPTS || !isRetryableError(err)) return mapError(err);
        await new Promise((ok) => setTimeout(ok, RETRY_DELAY_MS * attempt));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs a named query file from cypher/queries in a write transaction and returns plain records. */
  async writeQuery(
    meta: TxMeta,
    name: string,
    params: Record<string, unknown>,
  ): Promise<Record<string, unknown>[]> {
    const cypher = loadQuery(name);
    return this.write(meta, async (tx) => {
      const result = await tx.run(cypher, params);
      return result.records.map((r) => r.toObject());
    });
  }
}
