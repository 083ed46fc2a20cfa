// The loader against a real Neo4j: rejection with reasons, idempotent reload (counts and a
// property checksum unchanged) and crash-resume without partial batches or duplicates.
// Runs on the shared test database: it clears agency data first and restores the demo after.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type Manifest } from '../generate.js';
import {
  clearAgencyData,
  fingerprint,
  restoreDemo,
  testDriver,
  type Fingerprint,
} from '../test-db.js';
import { loadFeeds } from './loader.js';
import { LOAD_ORDER } from './registry.js';
import { applySchemaFiles } from './schema.js';

const LONG = 600_000;
const CALLS = 'fgj/sabanas_llamadas.csv';

describe.sequential('loadFeeds on Neo4j', () => {
  let driver: Driver;
  let dir: string;
  let manifest: Manifest;
  let clean: Fingerprint;
  const count = async (q: string): Promise<number> =>
    neo4j.integer.toNumber((await driver.executeQuery(q)).records[0]?.get('n') as number);

  beforeAll(async () => {
    driver = testDriver();
    await applySchemaFiles(driver);
    await clearAgencyData(driver);
    dir = mkdtempSync(join(tmpdir(), 'trama-int-'));
    manifest = await generate({ seed: 'int-test', scale: 2000, outDir: dir });
  }, LONG);

  afterAll(async () => {
    await restoreDemo(driver);
    await driver.close();
  }, LONG);

  it(
    'loads good rows and rejects exactly the bad ones, with file, line and reason',
    async () => {
      const s = await loadFeeds(driver, dir, { dataset: 'int' });
      expect(s.rejected).toBe(manifest.badRows.length);
      expect(s.unresolved).toBe(0);
      const rejects = readFileSync(join(dir, 'rejects.csv'), 'utf8').trim().split('\n').slice(1);
      expect(rejects.map((l) => l.split(',').slice(0, 2).join(':')).sort()).toEqual(
        manifest.badRows.map((b) => `${b.file}:${b.line}`).sort(),
      );
      const badPersons = manifest.badRows.filter((b) => b.file === 'fgj/personas.csv').length;
      expect(
        await count("MATCH (p:Person {source: 'FGJ', recordKind: 'persona'}) RETURN count(p) AS n"),
      ).toBe((manifest.rows['fgj/personas.csv'] ?? 0) - badPersons);
      // The day each FGJ and SSC intelligence record was registered, as a date.
      expect(
        await count(`MATCH (p:Person {recordKind: 'persona'}) WHERE p.source IN ['FGJ', 'SSC']
          AND NOT valueType(p.registeredOn) STARTS WITH 'DATE' RETURN count(p) AS n`),
      ).toBe(0);
      // A colonia is named with its borough as INEGI writes it, accents and all ("…,
      // Cuauhtémoc"), not in the capitals of the colonias file.
      expect(
        await count(`MATCH (c:Colonia)-[:IN_ALCALDIA]->(a:Alcaldia)
          WHERE c.caption <> c.name + ', ' + a.name OR a.name = toUpper(a.name) RETURN count(c) AS n`),
      ).toBe(0);
      expect(await count('MATCH (c:Colonia) RETURN count(c) AS n')).toBeGreaterThan(100);
      // Provenance on every node and relationship, with integer grades.
      expect(
        await count(`MATCH (n:Entity) WHERE n.source IS NULL OR n.sourceId IS NULL OR n.ingestedAt IS NULL
      OR n.reliability IS NULL OR NOT valueType(n.credibility) STARTS WITH 'INTEGER'
      OR NOT valueType(n.classification) STARTS WITH 'INTEGER' OR n.compartments IS NULL RETURN count(n) AS n`),
      ).toBe(0);
      expect(
        await count(`MATCH (:Entity)-[r]->(:Entity) WHERE r.source IS NULL OR r.sourceId IS NULL OR r.ingestedAt IS NULL
      OR r.reliability IS NULL OR NOT valueType(r.classification) STARTS WITH 'INTEGER' OR r.compartments IS NULL
      RETURN count(r) AS n`),
      ).toBe(0);
      // Financial intelligence is FIN-compartmented; gender-violence victims are GV-confidential.
      expect(
        await count(
          "MATCH (n:Entity {source: 'UIF'}) WHERE NOT 'FIN' IN n.compartments RETURN count(n) AS n",
        ),
      ).toBe(0);
      expect(
        await count(
          "MATCH (p:Person)-[r:INVOLVED_IN {role: 'VICTIM'}]->(:Case {genderViolence: true}) WHERE NOT 'GV' IN r.compartments OR r.classification < 2 RETURN count(r) AS n",
        ),
      ).toBe(0);
      // Case, C5, IPH and UIF report folios are searchable by their letters and digits alone.
      expect(
        await count(
          'MATCH (n:Case|Incident|Arrest|FinancialReport) WHERE n.folioBare IS NULL OR n.folioBare =~ ".*[^A-Z0-9].*" RETURN count(n) AS n',
        ),
      ).toBe(0);
      // Gender-violence victims and minors are protected (above), and so are their addresses and
      // phones that no other record names (fgj-protect).
      expect(
        await count(`MATCH (x:Address|Phone) WHERE x.classification < 2 AND size(x.compartments) = 0
      AND NOT EXISTS { MATCH (x)-[l]-() WHERE NOT type(l) IN ['IN_COLONIA', 'IN_CUADRANTE', 'IN_ALCALDIA']
                       AND l.classification <= x.classification AND size(l.compartments) = 0 }
      RETURN count(x) AS n`),
      ).toBe(0);
      // Where an address lies carries the address's own grade and record, not the first record
      // that named it (QA: a minor's record hid an address's colonia from an analyst who may
      // see the address).
      expect(
        await count(`MATCH (a:Address)-[l:IN_COLONIA|IN_CUADRANTE|IN_ALCALDIA]->()
      WHERE l.classification <> a.classification OR l.compartments <> a.compartments
         OR l.source <> a.source OR l.sourceId <> a.sourceId RETURN count(l) AS n`),
      ).toBe(0);
      expect(
        await count(`MATCH (a:Address)-[l:IN_COLONIA]->() WHERE size(a.compartments) = 0
      RETURN count(l) AS n`),
      ).toBeGreaterThan(0);
      // In one place: records that give the same address other coordinates do not place it a
      // second time (QA: addresses in two quadrants).
      expect(
        await count(`MATCH (a:Address) WHERE COUNT { (a)-[:IN_COLONIA]->() } > 1
      OR COUNT { (a)-[:IN_CUADRANTE]->() } > 1 OR COUNT { (a)-[:IN_ALCALDIA]->() } > 1
      RETURN count(a) AS n`),
      ).toBe(0);
      expect(await count('MATCH ()-[r:CALLED]->() RETURN count(r) AS n')).toBe(
        manifest.rows[CALLS],
      );
      clean = await fingerprint(driver);
      expect(clean.nodes).toBeGreaterThan(2000);
    },
    LONG,
  );

  it(
    'changes nothing when the same files are loaded again',
    async () => {
      const again = await loadFeeds(driver, dir, { dataset: 'int' });
      expect(again.files.every((f) => f.skipped)).toBe(true);
      expect(await fingerprint(driver)).toEqual(clean);
      // Forced: every row goes through MERGE again.
      const forced = await loadFeeds(driver, dir, { dataset: 'int', resume: false });
      expect(forced.rowsThisRun).toBe(Object.values(manifest.rows).reduce((a, b) => a + b, 0));
      expect(await fingerprint(driver)).toEqual(clean);
    },
    LONG,
  );

  it(
    'resumes after a crash with no partial batch and no duplicates',
    async () => {
      await clearAgencyData(driver);
      const size = 300;
      const batches = LOAD_ORDER.reduce((t, f) => t + Math.ceil((manifest.rows[f] ?? 0) / size), 0);
      const crashAfter = batches - 4; // inside the call records, the last and largest feed
      await expect(
        loadFeeds(driver, dir, { dataset: 'int', batchSize: size, crashAfterBatches: crashAfter }),
      ).rejects.toThrow(/simulated crash/);
      const cp = (
        await driver.executeQuery(
          'MATCH (lp:LoadProgress {file: $f}) RETURN lp.rows AS rows, lp.lastLine AS line',
          { f: `int/${CALLS}` },
        )
      ).records[0];
      const committed = neo4j.integer.toNumber(cp?.get('rows') as number);
      expect(committed).toBeGreaterThan(0);
      expect(committed).toBeLessThan(manifest.rows[CALLS] ?? 0);
      // Exactly the committed batches are in the graph: the failed batch left nothing behind.
      expect(await count('MATCH ()-[r:CALLED]->() RETURN count(r) AS n')).toBe(committed);
      const resumed = await loadFeeds(driver, dir, { dataset: 'int', batchSize: size });
      expect(resumed.files.find((f) => f.file === CALLS)?.resumedFrom).toBe(
        neo4j.integer.toNumber(cp?.get('line') as number),
      );
      expect(resumed.files.filter((f) => f.file !== CALLS).every((f) => f.skipped)).toBe(true);
      expect(await fingerprint(driver)).toEqual(clean);
    },
    LONG,
  );

  it(
    'keeps victims and minors protected while their person records are loaded again',
    async () => {
      // Persons alone, as in the window before intervinientes.csv follows them: a protected
      // record, its links, address and phone keep their grades (protectedBy), nothing changes.
      const again = await loadFeeds(driver, dir, {
        dataset: 'int',
        feeds: ['fgj/personas.csv'],
        resume: false,
      });
      expect(again.files.map((f) => f.file)).toEqual(['fgj/personas.csv']);
      expect(
        await count('MATCH (p:Person) WHERE p.protectedBy <> [] RETURN count(p) AS n'),
      ).toBeGreaterThan(0);
      expect(await fingerprint(driver)).toEqual(clean);
    },
    LONG,
  );

  it(
    'protects victims and minors again when a changed person file is loaded again',
    async () => {
      // A changed personas.csv puts every person record back to its row's grade; the unchanged
      // intervinientes.csv must follow it, or victims and minors lose their protection.
      const personas = join(dir, 'fgj/personas.csv');
      const text = readFileSync(personas, 'utf8').trimEnd().split('\n');
      writeFileSync(personas, [...text, text.at(-1)].join('\n') + '\n');
      const again = await loadFeeds(driver, dir, { dataset: 'int' });
      const ran = again.files.filter((f) => !f.skipped).map((f) => f.file);
      expect(ran).toEqual(expect.arrayContaining(['fgj/personas.csv', 'fgj/intervinientes.csv']));
      expect(
        await count(`MATCH (p:Person)-[r:INVOLVED_IN]->() WHERE any(c IN r.compartments WHERE c IN ['GV', 'MIN'])
          AND (p.classification < 2 OR any(c IN r.compartments WHERE c IN ['GV', 'MIN'] AND NOT c IN p.compartments))
          RETURN count(DISTINCT p) AS n`),
      ).toBe(0);
      expect(await fingerprint(driver)).toEqual(clean);
    },
    LONG,
  );
});
