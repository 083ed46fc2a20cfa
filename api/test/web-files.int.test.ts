// The built web app as plugins/web.ts serves it: files are looked up when asked for, so a
// rebuild beside a running server is served at once; an unknown file is a 404, an unknown page
// is the app (client-side routes).
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '../src/plugins/web.js';
import { buildTestApp } from '../../test/helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app?.close());

describe('the web app', () => {
  it('is built (npm test builds it first)', () => {
    expect(existsSync(path.join(webDist, 'index.html'))).toBe(true);
  });

  it('serves a file written after the server started', async () => {
    const name = `late-${randomUUID()}.js`;
    const file = path.join(webDist, 'assets', name);
    writeFileSync(file, 'export const late = true;\n');
    try {
      const res = await app.inject({ method: 'GET', url: `/assets/${name}` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('export const late = true;\n');
    } finally {
      rmSync(file);
    }
  });

  it('answers 404 for a missing file and the app for a page', async () => {
    const missing = await app.inject({ method: 'GET', url: '/assets/no-such-file.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'Not Found' });
    const page = await app.inject({
      method: 'GET',
      url: '/some/page',
      headers: { accept: 'text/html' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<div id="app">|<script type="module"/);
  });

  it('serves nothing outside web/dist, nor dotfiles in it', async () => {
    // Encoded, so no client tidies the dots away before the server sees them; the repository's
    // package.json is two folders up from web/dist.
    for (const url of [
      '/%2e%2e/%2e%2e/package.json',
      '/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).not.toBe(200);
      expect(res.body, url).not.toMatch(/"workspaces"/);
    }
    const name = `.secret-${randomUUID()}`;
    writeFileSync(path.join(webDist, name), 'not for the web\n');
    try {
      const res = await app.inject({ method: 'GET', url: `/${name}` });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toMatch(/not for the web/);
    } finally {
      rmSync(path.join(webDist, name));
    }
  });
});
