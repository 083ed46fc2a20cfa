// The start-up warm-up (api/src/warmup.ts) runs every step of a user's first minute on the demo
// graph without an error, for both of its viewers, and stops when told the server is closing.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../src/db/executor.js';
import { warmUp } from '../src/warmup.js';
import { testDriver } from '../../test/helpers.js';

let driver: Driver;
let db: Executor;
beforeAll(() => {
  driver = testDriver();
  db = new Executor(driver, 'neo4j');
});
afterAll(async () => driver?.close());

describe('warmUp', () => {
  it('asks every query of a first minute, twice, without an error', async () => {
    const steps = await warmUp(db);
    expect(steps.filter((s) => s.error !== undefined)).toEqual([]);
    const names = steps.map((s) => s.name);
    expect(names).toHaveLength(2 * 11);
    for (const name of [
      'session',
      'search (names)',
      'search (identifiers)',
      'node',
      'expandPreview',
      'expand',
      'degrees',
      'source records',
      'linkBundles',
      'timeline',
      'shortestPaths',
    ])
      expect(
        names.filter((n) => n === name),
        name,
      ).toHaveLength(2);
  });

  it('stops before the next step once the signal aborts', async () => {
    const closing = new AbortController();
    closing.abort();
    expect(await warmUp(db, closing.signal)).toEqual([]);
  });
});
