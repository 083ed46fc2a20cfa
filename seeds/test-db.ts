// Test helpers for the loader's integration tests: the shared test database (provided by the
// vitest global setup, or named by TRAMA_TEST_NEO4J_URI/_USER/_PASSWORD when run alone), a way
// to clear agency data and to restore the demo data afterwards, and a fingerprint of the graph
// (counts and a checksum of every node and relationship) to compare two loads.

import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { seedDemoIfEmpty } from './load/seed-demo.js';

export function testDriver(): Driver {
  const provided = (k: string): string | undefined => {
    try {
      return (inject as unknown as (key: string) => string | undefined)(k);
    } catch {
      return undefined;
    }
  };
  const uri = provided('neo4jUri') ?? process.env['TRAMA_TEST_NEO4J_URI'];
  if (!uri)
    throw new Error(
      'No test database: run through vitest (global setup) or set TRAMA_TEST_NEO4J_URI',
    );
  const user = provided('neo4jUser') ?? process.env['TRAMA_TEST_NEO4J_USER'] ?? 'neo4j';
  const password = provided('neo4jPassword') ?? process.env['TRAMA_TEST_NEO4J_PASSWORD'] ?? '';
  return neo4j.driver(uri, neo4j.auth.basic(user, password));
}

/** Deletes agency data and load checkpoints; users, audit and schema bookkeeping stay. */
export async function clearAgencyData(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run(
      'MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
    await session.run('MATCH (n:LoadProgress) DELETE n');
  } finally {
    await session.close();
  }
}

/** Puts the demo data back for the test files that run after ours. */
export async function restoreDemo(driver: Driver): Promise<void> {
  await clearAgencyData(driver);
  await seedDemoIfEmpty(driver, {});
}

function plain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plain);
  if (neo4j.isInt(v)) return `int:${v.toString()}`;
  if (!Object.getPrototypeOf(v) || Object.getPrototypeOf(v) === Object.prototype) {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, plain(o[k])]),
    );
  }
  return String(v); // temporal and spatial values have a stable string form
}

export interface Fingerprint {
  nodes: number;
  rels: number;
  checksum: string;
}

/**
 * Counts and a checksum of all agency nodes and their relationships, ingestedAt excluded.
 * `emptyListsAsAbsent` leaves out empty list properties (Neo4j's bulk importer stores none);
 * `withIngestedAt` keeps ingestedAt (to compare a copy of one load with its source).
 */
export async function fingerprint(
  driver: Driver,
  opts: { emptyListsAsAbsent?: boolean; withIngestedAt?: boolean } = {},
): Promise<Fingerprint> {
  const nodes = await driver.executeQuery(
    'MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id',
  );
  const rels = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p`,
  );
  const lines: string[] = [];
  // ingestedAt is the time of the run that created the item: it differs between two loads.
  const props = (v: unknown): unknown => {
    const p = { ...(v as Record<string, unknown>) };
    if (!opts.withIngestedAt) delete p['ingestedAt'];
    if (opts.emptyListsAsAbsent)
      for (const [k, x] of Object.entries(p)) if (Array.isArray(x) && x.length === 0) delete p[k];
    return plain(p);
  };
  for (const r of nodes.records) {
    lines.push(
      JSON.stringify([r.get('id'), [...(r.get('labels') as string[])].sort(), props(r.get('p'))]),
    );
  }
  const relLines = rels.records.map((r) =>
    JSON.stringify([r.get('a'), r.get('t'), r.get('b'), props(r.get('p'))]),
  );
  relLines.sort();
  const hash = createHash('sha256');
  for (const l of lines.concat(relLines)) hash.update(l + '\n');
  return { nodes: nodes.records.length, rels: relLines.length, checksum: hash.digest('hex') };
}
