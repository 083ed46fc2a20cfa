// A colleague has a shared investigation open (and saves it) while its owner saves a new version and then
// deletes it: the colleague is told each at once, and keeps the canvas as unsaved work; changes
// made while the colleague's connection was down are told when it is back.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { Browser, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeE2e, loginInBrowser, screenshot, startE2e } from '../browser.js';
import { AS, gql, testDriver } from '../helpers.js';

let app: FastifyInstance;
let url: string;
let driver: Driver;
let browser: Browser;

const NAME = 'TEST en vivo';

async function cleanup(): Promise<void> {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'ui:live:' DETACH DELETE n");
  await driver.executeQuery('MATCH (i:Investigation {name: $name}) DETACH DELETE i', {
    name: NAME,
  });
}

beforeAll(async () => {
  driver = testDriver();
  await cleanup();
  await driver.executeQuery(
    `CREATE (:Entity:Person {id: 'ui:live:p1', caption: 'Rosendo Vivo Ortega', source: 'FGJ',
             sourceId: 'live-1', classification: 0, compartments: []})`,
  );
  ({ app, url, browser } = await startE2e());
});

afterAll(() => closeE2e({ browser, app, driver }, cleanup));

const content = (layout: string) => ({
  canvas: JSON.stringify({
    format: 'trama-canvas/1',
    positions: { 'ui:live:p1': [0, 0] },
    hidden: [],
    pinned: [],
    groups: [],
    view: { layout },
  }),
  entityIds: ['ui:live:p1'],
  links: [],
});

/** A new investigation of the analyst's, shared with the investigator for editing. */
async function sharedWithColleague(): Promise<{ id: string; version: number }> {
  const created = await gql<{ createInvestigation: { id: string; version: number } }>(
    app,
    'mutation($c: CanvasInput!) { createInvestigation(name: "TEST en vivo", content: $c) { id version } }',
    { c: content('fcose') },
  );
  const { id, version } = created.data!.createInvestigation;
  await gql(
    app,
    'mutation($id: ID!) { shareInvestigation(id: $id, username: "investigador", access: EDIT) { id } }',
    { id },
  );
  return { id, version };
}

describe('a shared investigation changed by its owner', () => {
  // Each test makes its own, and one that failed leaves it behind.
  beforeEach(() =>
    driver.executeQuery('MATCH (i:Investigation {name: $name}) DETACH DELETE i', { name: NAME }),
  );

  it('tells the colleague who has it open of a newer version, then of its deletion', async () => {
    const { id, version } = await sharedWithColleague();

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}/#inv=${id}`);
    await loginInBrowser(page, AS.investigator);
    await page.locator('header .inv').getByText(NAME).waitFor();
    await page.locator('.canvas').waitFor();

    // The colleague's own save is not news to them (the feed announces it to them too).
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+s');
    await page
      .locator('header .inv')
      .getByText(/Modificada por Iván Investigador/)
      .waitFor();
    await page.waitForTimeout(2500);
    expect(await page.getByText(/versión más reciente/).count()).toBe(0);

    // The owner saves a new version elsewhere: said, the canvas left as it was.
    const saved = await gql(
      app,
      'mutation($id: ID!, $v: Int!, $c: CanvasInput!) { saveInvestigation(id: $id, version: $v, content: $c) { version } }',
      { id, v: version + 1, c: content('dagre') },
    );
    expect(saved.errors).toBeUndefined();
    await page
      .getByText(/^Ana Analista guardó una versión más reciente de esta investigación/)
      .waitFor({ timeout: 10_000 });
    expect(await page.locator('header .inv').getByText(NAME).count()).toBe(1);
    await screenshot(page, 'live-1-saved-elsewhere');

    // Saving now is refused, naming who saved it and when, as the live notice did.
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+s');
    await page
      .getByText(/^Ana Analista guardó esta investigación \(.+\) después de que usted la abrió/)
      .waitFor();

    // Then deletes it: the colleague keeps the canvas, unsaved, and the address forgets it.
    await gql(app, 'mutation($id: ID!) { deleteInvestigation(id: $id) }', { id });
    await page
      .getByText(
        'Ana Analista eliminó la investigación «TEST en vivo». El lienzo sigue aquí sin guardar: guárdelo como una nueva para conservarlo.',
      )
      .waitFor({ timeout: 10_000 });
    await page.locator('header .inv').getByText('Sin guardar', { exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(
      await page.evaluate(
        () =>
          (
            globalThis as unknown as { __trama_cy: { nodes(): { length: number } } }
          ).__trama_cy.nodes().length,
      ),
    ).toBe(1);
    await screenshot(page, 'live-2-deleted-elsewhere');
    await page.close();
  });

  it('tells the colleague, once back online, what changed while the connection was down', async () => {
    const { id, version } = await sharedWithColleague();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The live connection goes through here: cut (`down`), it is refused until it is up again.
    let down = false;
    let socket: WebSocketRoute | null = null;
    // Cut only once the server has taken the connection: cut before, the next one would be the
    // tab's first, with nothing to catch up on.
    let acked = false;
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) return void ws.close();
      socket = ws;
      acked = false;
      const server = ws.connectToServer();
      server.onMessage((m) => {
        if (typeof m === 'string' && m.includes('"connection_ack"')) acked = true;
        ws.send(m);
      });
    });
    const offline = async (change: () => Promise<unknown>) => {
      await expect.poll(() => socket !== null && acked, { timeout: 15_000 }).toBe(true);
      down = true;
      await socket!.close();
      socket = null;
      await change();
      down = false;
    };
    await page.goto(`${url}/#inv=${id}`);
    await loginInBrowser(page, AS.investigator);
    await page.locator('header .inv').getByText(NAME).waitFor();

    // A newer version saved meanwhile: said once the connection is back.
    await offline(() =>
      gql(
        app,
        'mutation($id: ID!, $v: Int!, $c: CanvasInput!) { saveInvestigation(id: $id, version: $v, content: $c) { version } }',
        { id, v: version, c: content('dagre') },
      ),
    );
    await page
      .getByText(/^Ana Analista guardó una versión más reciente de esta investigación/)
      .waitFor({ timeout: 20_000 });
    expect(await page.locator('header .inv').getByText(NAME).count()).toBe(1);

    // Deleted meanwhile: the list no longer has it, so the canvas is left unsaved.
    await offline(() => gql(app, 'mutation($id: ID!) { deleteInvestigation(id: $id) }', { id }));
    await page
      .getByText(
        '«TEST en vivo» ya no está entre sus investigaciones: se eliminó o se dejó de compartir con usted mientras no había conexión. El lienzo sigue aquí sin guardar: guárdelo como una nueva para conservarlo.',
      )
      .waitFor({ timeout: 20_000 });
    await page.locator('header .inv').getByText('Sin guardar', { exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await screenshot(page, 'live-3-caught-up');
    await page.close();
  });

  // The feed announces the deletion to its owner too, often before the request's answer: it
  // must not be said as someone else's ("Ana Analista eliminó…"). Kept out, the tab must know
  // by itself.
  it.each([
    ['with the live feed', false],
    ['with the live feed kept out', true],
  ])("says the owner's own deletion as theirs and detaches the canvas, %s", async (_, cut) => {
    const created = await gql<{ createInvestigation: { id: string } }>(
      app,
      'mutation($c: CanvasInput!) { createInvestigation(name: "TEST en vivo", content: $c) { id } }',
      { c: content('fcose') },
    );
    const { id } = created.data!.createInvestigation;
    // Shared to read: the owner is asked with who loses it too.
    await gql(
      app,
      'mutation($id: ID!) { shareInvestigation(id: $id, username: "investigador", access: READ) { id } }',
      { id },
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // With the feed, its event is made to come first: the answer waits until the page has it.
    let [acked, announced] = [false, false];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (cut) return;
      const server = ws.connectToServer();
      server.onMessage((m) => {
        if (typeof m === 'string' && m.includes('"connection_ack"')) acked = true;
        ws.send(m);
        if (typeof m === 'string' && m.includes('"DELETED"')) announced = true;
      });
    });
    await page.route('**/graphql', async (route) => {
      if (cut || !route.request().postData()?.includes('deleteInvestigation'))
        return route.continue();
      const response = await route.fetch();
      await expect.poll(() => announced, { timeout: 10_000 }).toBe(true);
      await page.waitForTimeout(200); // handed on
      await route.fulfill({ response });
    });
    await page.goto(`${url}/#inv=${id}`);
    await loginInBrowser(page, AS.analyst);
    await page.locator('header .inv').getByText(NAME).waitFor();
    if (!cut) await expect.poll(() => acked, { timeout: 15_000 }).toBe(true);
    let asked = '';
    page.on('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: 'Investigaciones' }).click();
    await page.getByRole('button', { name: `Eliminar: ${NAME}` }).click();
    await page
      .getByText('Investigación «TEST en vivo» eliminada. El lienzo sigue aquí sin guardar.')
      .waitFor({ timeout: 10_000 });
    expect(asked).toBe(
      '¿Eliminar la investigación «TEST en vivo»? También la perderá Iván Investigador, con quien la compartió.',
    );
    await page.keyboard.press('Escape');
    await page.locator('header .inv').getByText('Sin guardar', { exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.waitForTimeout(1000); // the feed's event, if it comes after the answer
    expect(await page.getByText(/eliminó la investigación/).count()).toBe(0);
    await page.close();
  });
  it('looks the open investigation up again when the answer to its deletion is lost', async () => {
    const { id } = await sharedWithColleague();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.routeWebSocket(/\/graphql$/, () => {}); // only the lookup can tell
    // Deleted on the server, the answer never reaches the page.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('deleteInvestigation')) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.goto(`${url}/#inv=${id}`);
    await loginInBrowser(page, AS.analyst);
    await page.locator('header .inv').getByText(NAME).waitFor();
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Investigaciones' }).click();
    await page.getByRole('button', { name: `Eliminar: ${NAME}` }).click();
    await page
      .getByText(/^«TEST en vivo» ya no está entre sus investigaciones/)
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.locator('header .inv').getByText('Sin guardar', { exact: true }).waitFor();
    await page.close();
  });
});
