// Applies every statement of cypher/schema/*.cypher in file order, without the API's version
// bookkeeping (the seed CLI and the loader run standalone).
//
// Bulk loads into an empty graph defer the model's secondary indexes (ADR 0007): every index
// and constraint that 001/002 create, except the entity_id constraint the loader merges on, is
// dropped before the load and rebuilt from the schema files afterwards. Neo4j populates an
// index over existing data in one parallel pass, far cheaper than updating it row by row.

import type { Driver, Session } from 'neo4j-driver';
import { readSchemaFiles } from '../../api/src/db/schema.js';

export function schemaStatements(): string[] {
  return readSchemaFiles().flatMap((f) => f.statements);
}

export async function applySchemaFiles(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const statements = schemaStatements();
    for (const s of statements) await session.run(s);
    await session.run('CALL db.awaitIndexes(600)');
    return statements.length;
  } finally {
    await session.close();
  }
}

/** Indexes and constraints the loader itself needs while it writes. */
const KEPT = new Set(['entity_id', 'load_progress_file']);

/** Names of the model's deferrable indexes and constraints (declared in 001 and 002). */
export function deferrableSchema(): { indexes: string[]; constraints: string[] } {
  const indexes: string[] = [];
  const constraints: string[] = [];
  for (const file of readSchemaFiles().filter((f) => f.version <= 2))
    for (const s of file.statements) {
      const m = /^CREATE\s+(?:\w+\s+)*?(INDEX|CONSTRAINT)\s+(\w+)/i.exec(s);
      if (!m?.[2] || KEPT.has(m[2])) continue;
      (m[1]?.toUpperCase() === 'INDEX' ? indexes : constraints).push(m[2]);
    }
  return { indexes, constraints };
}

/** Drops the deferrable indexes and constraints; returns how many existed. */
export async function deferIndexes(session: Session): Promise<number> {
  const { indexes, constraints } = deferrableSchema();
  const existing = new Set(
    (await session.run('SHOW INDEXES YIELD name RETURN collect(name) AS names')).records[0]?.get(
      'names',
    ) as string[],
  );
  const existingConstraints = new Set(
    (
      await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names')
    ).records[0]?.get('names') as string[],
  );
  let dropped = 0;
  // Names come from our own schema files, never from input; Cypher cannot parameterise them.
  for (const name of constraints)
    if (existingConstraints.has(name)) {
      await session.run(`DROP CONSTRAINT ${name} IF EXISTS`);
      dropped++;
    }
  for (const name of indexes)
    if (existing.has(name)) {
      await session.run(`DROP INDEX ${name} IF EXISTS`);
      dropped++;
    }
  return dropped;
}
