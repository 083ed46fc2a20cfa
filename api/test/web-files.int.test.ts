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

const built = existsSync(path.join(webDist, 'index.html'));
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app?.close());

describe.runIf(built)('the web app', () => {
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
    const traversal = await app.inject({ method: 'GET', url: '/assets/../../package.json' });
    expect(traversal.body).not.toMatch(/"workspaces"/);
  });
});
