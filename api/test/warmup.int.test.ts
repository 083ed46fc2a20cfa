// The start-up warm-up (api/src/warmup.ts) runs every step of a user's first minute on the demo
// graph without an error, for both of its viewers (and the node menu's expansion and link count
// of every link type), and stops when told the server is closing.
import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '../src/graph/model.js';
import { warmUp } from '../src/warmup.js';
import { testExecutor } from '../../test/helpers.js';

const t = testExecutor();

describe('warmUp', () => {
  // ~47 s on a fresh test database with this machine busy (every query is planned): the
  // default minute was too close.
  it(
    'asks every query of a first minute, twice, without an error',
    { timeout: 120_000 },
    async () => {
      const steps = await warmUp(t.db);
      expect(steps.filter((s) => s.error !== undefined)).toEqual([]);
      const names = steps.map((s) => s.name);
      expect(names).toHaveLength(2 * (14 + 2 * REL_TYPES.length));
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
        'samePersonCandidates',
        'sourceRecords',
        'evidence check',
        'shortestPaths',
        'expand CALLED',
        'linkBundles MEMBER_OF',
      ])
        expect(
          names.filter((n) => n === name),
          name,
        ).toHaveLength(2);
    },
  );

  it('stops before the next step once the signal aborts', async () => {
    const closing = new AbortController();
    closing.abort();
    expect(await warmUp(t.db, closing.signal)).toEqual([]);
  });
});
