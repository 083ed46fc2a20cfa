// Applies cypher/schema/*.cypher in file order (statements separated by ";", "//" comments).
// The API has its own applier; the seed CLI and the tests use this one so they run standalone.

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../geo/cdmx.js';

export function schemaStatements(dir = resolve(REPO_ROOT, 'cypher', 'schema')): string[] {
  const out: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()) {
    const text = readFileSync(resolve(dir, file), 'utf8')
      .split('\n')
      .filter((l) => !l.trim().startsWith('//'))
      .join('\n');
    for (const stmt of text.split(/;\s*(?:\n|$)/)) if (stmt.trim()) out.push(stmt.trim());
  }
  return out;
}

export async function applySchemaFiles(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const statements = schemaStatements();
    for (const s of statements) await session.run(s);
    await session.run('CALL db.awaitIndexes(300)');
    return statements.length;
  } finally {
    await session.close();
  }
}
