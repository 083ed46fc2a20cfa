// Makes sure the benchmark database holds the bench-scale city (about 1M nodes): generated once
// into data/seeds/bench and loaded with the same loader as real agency data (`npm run seed -- bench`).
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../api/src/config.js';
import { ensureGenerated } from '../seeds/generate.js';
import { loadFeeds } from '../seeds/index.js';

export async function ensureBenchData(driver: Driver, database: string): Promise<void> {
  const res = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n', {}, { database });
  const count = Number(res.records[0]!.get('n'));
  if (count >= 500_000) return;
  console.log(
    `The benchmark database has ${count} entities: generating and loading the bench scale (a few minutes)…`,
  );
  const dir = path.join(repoRoot, 'data', 'seeds', 'bench');
  await ensureGenerated(dir, 'bench', 'bench', (m) => console.log(m));
  const summary = await loadFeeds(driver, dir, { database, log: (m) => console.log(m) });
  console.log(`Loaded ${summary.rowsThisRun} rows at ${Math.round(summary.rowsPerSec)} rows/s`);
}

/** The benchmark's supernode: a phone called from 100,000 numbers that call nothing else. */
export const HUB_ID = 'bench:hub';
export const HUB_LINKS = 100_000;

/**
 * Adds the supernode once (issue 4: "a node with 100k relationships must answer as fast as one
 * with 10"). The generated city's densest node has ~6,000 links. The callers are leaves, so no
 * path between two people of the city runs through the hub.
 */
export async function ensureSupernode(driver: Driver, database: string): Promise<void> {
  const res = await driver.executeQuery(
    'OPTIONAL MATCH (h:Entity {id: $id}) RETURN COUNT { (h)--() } AS d',
    { id: HUB_ID },
    { database },
  );
  if (Number(res.records[0]?.get('d') ?? 0) >= HUB_LINKS) return;
  console.log(`Adding the ${HUB_LINKS.toLocaleString('en')}-link supernode ${HUB_ID}…`);
  const session = driver.session({ database });
  try {
    await session.run(
      `MERGE (h:Entity:Phone {id: $id})
       SET h.caption = 'Línea de atención (nodo de prueba)', h.number = '5500000000',
           h.source = 'FGJ', h.sourceId = 'bench:hub', h.classification = 0, h.compartments = []`,
      { id: HUB_ID },
    );
    // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run).
    await session.run(
      `UNWIND range(1, $n) AS i
       CALL (i) {
         MATCH (h:Entity {id: $id})
         MERGE (x:Entity {id: $id + ':caller:' + i})
         ON CREATE SET x:Phone, x.caption = 'Llamante ' + i, x.source = 'FGJ',
           x.sourceId = 'bench:caller:' + i, x.classification = 0, x.compartments = []
         MERGE (x)-[c:CALLED {sourceId: 'bench:call:' + i}]->(h)
         ON CREATE SET c.source = 'FGJ', c.classification = 0, c.compartments = [],
           c.occurredAt = datetime('2024-01-01T00:00:00Z') + duration({minutes: i})
       } IN TRANSACTIONS OF 10000 ROWS`,
      { id: HUB_ID, n: HUB_LINKS },
    );
  } finally {
    await session.close();
  }
}
