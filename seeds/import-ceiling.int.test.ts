// The offline ceiling of `bench:load` measures the right thing only if Neo4j's bulk importer
// writes the same graph the loader did: export the demo graph, import it into a second
// embedded Neo4j, and compare every node and relationship.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importCeiling } from './import-ceiling.js';
import { fingerprint, testDriver, type Fingerprint } from './test-db.js';

let driver: Driver;
let dir: string;

beforeAll(() => {
  driver = testDriver();
  dir = mkdtempSync(join(tmpdir(), 'trama-ceiling-'));
});

afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

it('writes the demo graph again, offline, node for node and link for link', async () => {
  const source = await fingerprint(driver, { emptyListsAsAbsent: true, withIngestedAt: true });
  expect(source.nodes).toBeGreaterThan(10_000);
  let imported: Fingerprint | undefined;
  const c = await importCeiling(driver, join(dir, 'offline'), {
    heap: '1g',
    pageCacheMb: 256,
    log: () => {},
    inspect: async (d) => {
      imported = await fingerprint(d, { emptyListsAsAbsent: true, withIngestedAt: true });
    },
  });
  expect(c.nodes).toBe(source.nodes);
  expect(c.rels).toBe(source.rels);
  expect(c.importSeconds).toBeGreaterThan(0);
  expect(imported).toEqual(source);
}, 300_000);
