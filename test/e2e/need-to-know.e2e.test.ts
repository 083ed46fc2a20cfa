// Need-to-know end to end, in Debian Chromium: a victim of gender violence (confidential, GV)
// linked to a public person never reaches an uncleared analyst — not in the search box, not in
// the expand preview's counts, not on the canvas, not in the CSV or JSON export — while a
// cleared supervisor sees and exports her. Fixture ids start with 'ui:ntk:'.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactsDir,
  canvasNodeCount,
  clickNode,
  closeE2e,
  loginInBrowser,
  screenshot,
  startE2e,
} from '../browser.js';
import { testDriver } from '../helpers.js';

let app: FastifyInstance;
let url: string;
let browser: Browser;
let driver: Driver;

const FIXTURE = `
CREATE (a:Entity:Person {id: 'ui:ntk:anchor', caption: 'Leocadio Tlahuizcalpan Ancla',
        searchText: 'Leocadio Tlahuizcalpan Ancla', source: 'SSC', sourceId: 'ntk-a',
        classification: 0, compartments: []})
CREATE (p:Entity:Person {id: 'ui:ntk:public', caption: 'Severiano Tlahuizcalpan Público',
        searchText: 'Severiano Tlahuizcalpan Publico', source: 'SSC', sourceId: 'ntk-p',
        classification: 0, compartments: []})
CREATE (v:Entity:Person {id: 'ui:ntk:victim', caption: 'Filomena Tlahuizcalpan Víctima',
        searchText: 'Filomena Tlahuizcalpan Victima', source: 'FGJ', sourceId: 'ntk-v',
        classification: 2, compartments: ['GV']})
CREATE (a)-[:ASSOCIATE_OF {source: 'SSC', sourceId: 'ntk-r1', classification: 0, compartments: []}]->(p)
CREATE (a)-[:ASSOCIATE_OF {source: 'FGJ', sourceId: 'ntk-r2', classification: 2, compartments: ['GV']}]->(v)
`;

async function cleanup(): Promise<void> {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'ui:ntk:' DETACH DELETE n");
}

async function saved(download: Download, name: string): Promise<string> {
  const file = path.join(artifactsDir, name);
  await download.saveAs(file);
  return readFileSync(file, 'utf8');
}

async function exportFile(page: Page, button: string, name: string): Promise<string> {
  await page.locator('.export summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return saved(file, name);
}

/** Searches the surname, expands the anchor's associates through the preview; returns its count. */
async function expandAssociates(page: Page, prefix: string): Promise<string> {
  const search = page.getByRole('combobox', { name: 'Buscar' });
  await search.fill('tlahuizcalpan');
  await page
    .getByRole('listbox')
    .getByRole('option')
    .filter({ hasText: 'Leocadio Tlahuizcalpan Ancla' })
    .waitFor();
  await screenshot(page, `${prefix}-1-search`);
  const options = await page.getByRole('listbox').getByRole('option').allInnerTexts();
  await page
    .getByRole('listbox')
    .getByRole('option')
    .filter({ hasText: 'Leocadio Tlahuizcalpan Ancla' })
    .click();
  await page.waitForFunction(
    () =>
      (
        globalThis as unknown as { __trama_cy?: { nodes(): { length: number } } }
      ).__trama_cy!.nodes().length === 1,
  );
  await clickNode(page, 'ui:ntk:anchor', { button: 'right' });
  const menu = page.getByRole('dialog', { name: /Acciones/ });
  const associates = menu.getByLabel(/Asociado de · Personas/);
  await associates.waitFor({ timeout: 15_000 });
  const line = await menu.locator('li', { hasText: 'Asociado de · Personas' }).innerText();
  await screenshot(page, `${prefix}-2-preview`);
  await associates.check();
  await menu.getByRole('button', { name: 'Expandir lo elegido' }).click();
  await page.waitForFunction(
    () =>
      (
        globalThis as unknown as { __trama_cy?: { nodes(): { length: number } } }
      ).__trama_cy!.nodes().length >= 2,
  );
  await page.waitForTimeout(500);
  await screenshot(page, `${prefix}-3-expanded`);
  return `${options.join('\n')}\n--\n${line}`;
}

beforeAll(async () => {
  driver = testDriver();
  await cleanup();
  await driver.executeQuery(FIXTURE);
  ({ app, url, browser } = await startE2e());
});

afterAll(() => closeE2e({ browser, app, driver }, cleanup));

describe('need-to-know in the browser', () => {
  it('an uncleared analyst never sees the victim: search, preview counts, canvas, exports', async () => {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(url);
    await loginInBrowser(page, 'analista');
    const seen = await expandAssociates(page, 'ntk-analyst');
    expect(seen).not.toMatch(/Filomena|Víctima/);
    expect(seen).toMatch(/Asociado de · Personas\s*\(1\)/);
    expect(await canvasNodeCount(page)).toBe(2);
    const csv = await exportFile(page, 'CSV de entidades', 'ntk-analyst.csv');
    const json = await exportFile(page, 'JSON', 'ntk-analyst.json');
    for (const text of [csv, json]) {
      expect(text).toContain('ui:ntk:public');
      expect(text).not.toMatch(/ui:ntk:victim|Filomena|ntk-r2/);
    }
    await page.close();
  });

  it('a cleared supervisor sees and exports her', async () => {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(url);
    await loginInBrowser(page, 'supervisora');
    const seen = await expandAssociates(page, 'ntk-supervisor');
    expect(seen).toMatch(/Asociado de · Personas\s*\(2\)/);
    expect(await canvasNodeCount(page)).toBe(3);
    const json = await exportFile(page, 'JSON', 'ntk-supervisor.json');
    expect(json).toContain('ui:ntk:victim');
    await page.close();
  });
});
