import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appliedSchemaVersion, applySchema, latestSchemaVersion } from '../src/db/schema.js';
import { buildTestApp, testDriver } from '../../test/helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app?.close());

describe('probes and schema', () => {
  it('is alive and ready once the schema is applied', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('records the schema version, and applying it again does nothing', async () => {
    const driver = testDriver();
    try {
      expect(await appliedSchemaVersion(driver, 'neo4j')).toBe(latestSchemaVersion());
      expect(await applySchema(driver, 'neo4j')).toEqual([]);
      const idx = await driver.executeQuery(
        "SHOW INDEXES YIELD name, type, options WHERE name = 'entity_names' RETURN type, options",
      );
      expect(idx.records[0]?.get('type')).toBe('FULLTEXT');
      expect(idx.records[0]?.get('options').indexConfig['fulltext.analyzer']).toBe(
        'standard-folding',
      );
    } finally {
      await driver.close();
    }
  });
});
