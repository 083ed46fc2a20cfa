// Debian's Chromium driven by playwright-core (no browser download), and the real app served
// on a free port, for browser tests.
import type { FastifyInstance } from 'fastify';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { buildTestApp } from './helpers.js';

export const artifactsDir = path.resolve('test-results');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function serveApp(): Promise<{ app: FastifyInstance; url: string }> {
  // Every test of a file logs in through the form from one address: more than the ten a
  // minute a client may try (the limit itself is tested in api/test/auth.int.test.ts).
  const app = await buildTestApp({ NODE_ENV: 'production', TRAMA_LOGINS_PER_MINUTE: '100' });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}

/** A browser test file's start: the app served on a free port, and Chromium. */
export async function startE2e(): Promise<{ app: FastifyInstance; url: string; browser: Browser }> {
  const { app, url } = await serveApp();
  try {
    return { app, url, browser: await launchBrowser() };
  } catch (err) {
    // The caller never gets the app to close: closed here.
    await app.close();
    throw err;
  }
}

/**
 * A browser test file's end, after whatever of its start got done: Chromium, the app, then its
 * fixtures (`cleanup`) and the driver that made them.
 */
export async function closeE2e(
  opened: { browser?: Browser; app?: FastifyInstance; driver?: Driver },
  cleanup?: () => Promise<void>,
): Promise<void> {
  try {
    await opened.browser?.close();
  } finally {
    try {
      await opened.app?.close();
    } finally {
      if (opened.driver)
        try {
          await cleanup?.();
        } finally {
          await opened.driver.close();
        }
    }
  }
}

/**
 * For a describe whose tests are steps, each on what the one before left: once a step fails,
 * the rest are skipped (said so in the report) instead of each running on to its time limit.
 */
export function stepsStopAtFirstFailure(): void {
  let failed = false;
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') failed = true;
  });
  beforeEach(({ skip }) => {
    skip(failed, 'a step before this one failed');
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/** The parts of the Cytoscape instance the canvas exposes to tests (as __trama_cy). */
type Box = { x1: number; x2: number; y1: number; y2: number };

export type TestCy = {
  extent(): Box;
  zoom(level?: number | { level: number; renderedPosition: { x: number; y: number } }): number;
  width(): number;
  height(): number;
  pan(): { x: number; y: number };
  nodes(sel?: string): {
    length: number;
    boundingBox(o?: object): Box;
    map<T>(
      f: (n: {
        id(): string;
        position(): { x: number; y: number };
        boundingBox(o: object): Box;
      }) => T,
    ): T[];
  };
  edges(sel?: string): {
    length: number;
    map<T>(
      f: (e: { id(): string; data(k: string): unknown; style(name: string): string }) => T,
    ): T[];
  };
  getElementById(id: string): {
    data(k: string): unknown;
    renderedPosition(): { x: number; y: number };
    renderedMidpoint(): { x: number; y: number };
    style(name: string): string;
  };
};

/** Number of nodes on the Cytoscape canvas. */
export async function canvasNodeCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (globalThis as unknown as { __trama_cy: TestCy }).__trama_cy.nodes().length,
  );
}

/** Nodes on the canvas with their model positions, sorted by id. */
export function canvasState(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() =>
    (globalThis as unknown as { __trama_cy: TestCy }).__trama_cy
      .nodes()
      .map((n) => ({ id: n.id(), ...n.position() }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  );
}

/**
 * Waits until no layout runs (the canvas's aria-busy) and nodes have stopped moving (positions
 * equal 250 ms apart: on a loaded machine a layout's frames came further apart than that).
 */
export async function settle(page: Page): Promise<void> {
  await page.locator('.canvas[aria-busy="true"]').waitFor({ state: 'detached', timeout: 15_000 });
  let last = JSON.stringify(await canvasState(page));
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(250);
    const now = JSON.stringify(await canvasState(page));
    if (now === last) return;
    last = now;
  }
  throw new Error('the canvas layout never settled');
}

/** Clicks a canvas node where it is drawn, once the layout has settled. */
export async function clickNode(
  page: Page,
  id: string,
  opts: { button?: 'right'; shift?: boolean; double?: boolean } = {},
): Promise<void> {
  await settle(page);
  const box = (await page.locator('.canvas').boundingBox())!;
  const pos = await page.evaluate(
    (nodeId) =>
      (globalThis as unknown as { __trama_cy: TestCy }).__trama_cy
        .getElementById(nodeId)
        .renderedPosition(),
    id,
  );
  const [x, y] = [box.x + pos.x, box.y + pos.y];
  if (opts.shift) await page.keyboard.down('Shift');
  if (opts.double) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y, { button: opts.button ?? 'left' });
  if (opts.shift) await page.keyboard.up('Shift');
}

/** Clicks the middle of a drawn line, once the layout has settled. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  await settle(page);
  const box = (await page.locator('.canvas').boundingBox())!;
  const m = await page.evaluate(
    (edgeId) =>
      (globalThis as unknown as { __trama_cy: TestCy }).__trama_cy
        .getElementById(edgeId)
        .renderedMidpoint(),
    id,
  );
  await page.mouse.click(box.x + m.x, box.y + m.y);
}

/** Double-clicks a canvas node where it is drawn on screen. */
export const dblclickNode = (page: Page, id: string): Promise<void> =>
  clickNode(page, id, { double: true });

/** Types `query` in the search box and picks the first hit showing `caption`. */
export async function searchAndPick(page: Page, query: string, caption: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Buscar' }).fill(query);
  // By the hit's own name: a member's hit names its organisation too ("Miembro de: …").
  await page
    .getByRole('listbox')
    .getByRole('option')
    .filter({ has: page.locator('.caption', { hasText: caption }) })
    .first()
    .click();
}

/** Logs in through the login form, as a new user would. */
export async function loginInBrowser(
  page: Page,
  username: string,
  password = 'demo-trama',
): Promise<void> {
  await page.getByLabel(/Usuario|Username/).fill(username);
  await page.getByLabel(/Contraseña|Password/).fill(password);
  await page.getByRole('button', { name: /Entrar|Log in/ }).click();
  await page.getByRole('combobox', { name: 'Buscar' }).waitFor();
}

/** Saves the canvas as a new investigation named `name`, through the investigations dialog. */
export async function saveAs(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.getByRole('button', { name: 'Investigaciones' }).click();
  await page.getByLabel('Nombre de la investigación').fill(name);
  await page.getByRole('button', { name: 'Guardar como…' }).click();
  await page.getByRole('dialog', { name: 'Investigaciones' }).waitFor({ state: 'detached' });
  await page.locator('header .inv').getByText(name).waitFor();
}
