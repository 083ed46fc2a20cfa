// Applies cypher/schema/NNN-*.cypher in order. Every statement is idempotent (IF NOT EXISTS),
// so all of them run at each start: a restart is a no-op, a crash halfway is harmless, and the
// indexes a bulk load deferred come back even if that load was killed (ADR 0007). The highest
// applied number is recorded on a single (:TramaSchema {key: 'schema'}) node.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../config.js';

export const schemaDir = path.join(repoRoot, 'cypher', 'schema');

export interface SchemaFile {
  version: number;
  name: string;
  statements: string[];
}

/** Splits a schema file into statements: `;` ends a statement, `//` starts a comment line. */
export function parseSchemaFile(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readSchemaFiles(dir = schemaDir): SchemaFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort()
    .map((name) => ({
      version: Number(name.slice(0, 3)),
      name,
      statements: parseSchemaFile(readFileSync(path.join(dir, name), 'utf8')),
    }));
}

/** The version a fully migrated database reports: the highest file number. */
export function latestSchemaVersion(dir = schemaDir): number {
  return Math.max(0, ...readSchemaFiles(dir).map((f) => f.version));
}

export async function appliedSchemaVersion(driver: Driver, database: string): Promise<number> {
  const res = await driver.executeQuery(
    "MATCH (s:TramaSchema {key: 'schema'}) RETURN s.version AS version",
    {},
    { database, routing: 'READ' },
  );
  const v = res.records[0]?.get('version') as { toNumber(): number } | number | undefined;
  return v === undefined ? 0 : typeof v === 'number' ? v : v.toNumber();
}

/** Applies the schema files; returns the names of those new to this database. */
export async function applySchema(
  driver: Driver,
  database: string,
  dir = schemaDir,
): Promise<string[]> {
  const current = await appliedSchemaVersion(driver, database);
  const applied: string[] = [];
  for (const file of readSchemaFiles(dir)) {
    for (const statement of file.statements) {
      try {
        await driver.executeQuery(statement, {}, { database });
      } catch (err) {
        throw new Error(
          `Schema file ${file.name} failed at statement:\n${statement}\n${(err as Error).message}`,
        );
      }
    }
    if (file.version <= current) continue;
    await driver.executeQuery(
      "MERGE (s:TramaSchema {key: 'schema'}) SET s.version = $version, s.file = $name, s.appliedAt = datetime()",
      { version: file.version, name: file.name },
      { database },
    );
    applied.push(file.name);
  }
  await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database });
  return applied;
}
