import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, parseSchemaFile, readSchemaFiles } from './schema.js';

describe('schema files', () => {
  it('splits statements and drops comment lines', () => {
    const text =
      '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// two\nCREATE INDEX b IF NOT EXISTS\n FOR (n:B) ON (n.y);\n';
    expect(parseSchemaFile(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\n FOR (n:B) ON (n.y)',
    ]);
  });

  it('reads the repository schema in order, every statement idempotent (IF NOT EXISTS or MERGE)', () => {
    const files = readSchemaFiles();
    expect(files.map((f) => f.version)).toEqual(
      [...files.map((f) => f.version)].sort((a, b) => a - b),
    );
    expect(latestSchemaVersion()).toBe(files.at(-1)?.version);
    for (const f of files)
      for (const s of f.statements)
        expect(s, `${f.name}: ${s}`).toMatch(/IF (NOT )?EXISTS|^MERGE /);
  });
});
