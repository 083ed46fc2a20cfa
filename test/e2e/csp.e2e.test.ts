// The web app under its Content-Security-Policy (api/src/plugins/security.ts), in Debian
// Chromium: log in, search, expand (the force layout's Web Worker), live updates (a WebSocket to
// /graphql) and PNG and SVG exports (canvas, blob: URLs), with no violation of the policy.
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasNodeCount,
  dblclickNode,
  closeE2e,
  loginInBrowser,
  screenshot,
  startE2e,
  type TestCy,
} from '../browser.js';
import { testDriver } from '../helpers.js';

let app: FastifyInstance;
let url: string;
let browser: Browser;

type Probe = { violations: string[]; workers: number; sockets: number };

/**
 * Counts violations, Web Workers started and WebSockets opened, from before the app loads (as
 * page script: this project's tests are typed without the DOM library).
 */
const PROBE = `
  const p = (globalThis.__csp = { violations: [], workers: 0, sockets: 0 });
  document.addEventListener('securitypolicyviolation', (e) =>
    p.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  const NativeWorker = Worker;
  globalThis.Worker = class extends NativeWorker {
    constructor(...args) { super(...args); p.workers += 1; }
  };
  const NativeSocket = WebSocket;
  globalThis.WebSocket = class extends NativeSocket {
    constructor(...args) { super(...args); this.addEventListener('open', () => (p.sockets += 1)); }
  };
`;

async function demoPerson(): Promise<{ caption: string }> {
  const driver = testDriver();
  try {
    const r = (
      await driver.executeQuery(`
        MATCH (p:Person) WHERE p.source <> 'TEST' AND coalesce(p.classification, 0) <= 1
          AND p.compartments = []
        WITH p, COUNT { (p)--() } AS degree WHERE degree >= 3 AND degree <= 30
        RETURN p.caption AS caption ORDER BY p.id LIMIT 1`)
    ).records[0];
    if (!r) throw new Error('The demo data has no person with a few links: was it loaded?');
    return { caption: r.get('caption') };
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  ({ app, url, browser } = await startE2e());
});

afterAll(() => closeE2e({ browser, app }));

describe('the web app under its Content-Security-Policy', () => {
  it('logs in, searches, expands, goes live and exports with no violation', async () => {
    const person = await demoPerson();
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    // What Chromium reports of the policy (cytoscape-svg's own warnings are not this test's).
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await page.addInitScript({ content: PROBE });
    const res = await page.goto(url);
    expect(res?.headers()['content-security-policy']).toMatch(/^default-src 'self';/);

    await loginInBrowser(page, 'analista');
    await page.getByRole('combobox', { name: 'Buscar' }).fill(person.caption);
    await page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: person.caption })
      .first()
      .click();
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { __trama_cy?: { nodes(): { length: number } } }
        ).__trama_cy?.nodes().length === 1,
    );
    // The hit drawn (another person may share the caption).
    const drawn = await page.evaluate(() =>
      (globalThis as unknown as { __trama_cy: TestCy }).__trama_cy.nodes().map((n) => n.id()),
    );
    await dblclickNode(page, drawn[0]!);
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { __trama_cy: { nodes(): { length: number } } }
        ).__trama_cy.nodes().length > 1,
      undefined,
      { timeout: 10_000 },
    );
    expect(await canvasNodeCount(page)).toBeGreaterThan(1);

    for (const [button, magic] of [
      ['Imagen PNG', 'PNG'],
      ['Imagen SVG', '<svg'],
    ] as const) {
      await page.locator('.export summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).subarray(0, 200).toString('latin1')).toContain(magic);
    }
    await page.waitForFunction(
      () => (globalThis as unknown as { __csp: Probe }).__csp.sockets > 0,
      undefined,
      { timeout: 10_000 },
    );
    await screenshot(page, 'csp-1-exported');

    const seen = await page.evaluate(() => (globalThis as unknown as { __csp: Probe }).__csp);
    expect(seen.violations).toEqual([]);
    expect(seen.workers).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    await page.close();
  });
});
