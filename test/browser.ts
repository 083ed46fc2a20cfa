// Debian's Chromium driven by playwright-core (no browser download), and the real app served
// on a free port, for browser tests.
import type { FastifyInstance } from 'fastify';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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
  const app = await buildTestApp({ NODE_ENV: 'production' });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/** Number of nodes on the Cytoscape canvas (the canvas exposes its instance for tests). */
export async function canvasNodeCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (globalThis as unknown as { __trama_cy: { nodes(): { length: number } } }).__trama_cy.nodes()
        .length,
  );
}

/** Double-clicks a canvas node where it is drawn on screen. */
export async function dblclickNode(page: Page, id: string): Promise<void> {
  const box = await page.locator('.canvas').boundingBox();
  const pos = await page.evaluate((nodeId) => {
    const cy = (
      globalThis as unknown as {
        __trama_cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } };
      }
    ).__trama_cy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  await page.mouse.dblclick(box!.x + pos.x, box!.y + pos.y);
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
  await page.getByRole('combobox').waitFor();
}
