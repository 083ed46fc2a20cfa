import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import security, { CYTOSCAPE_STYLE } from './security.js';

describe('security plugin', () => {
  it("allows by hash the exact <style> the web app's Cytoscape inserts", () => {
    // The ES module Vite bundles into web/dist, resolved as the web app resolves it.
    const require = createRequire(path.join(repoRoot, 'web', 'package.json'));
    const dir = path.resolve(path.dirname(require.resolve('cytoscape')), '..');
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      module: string;
    };
    const source = readFileSync(path.join(dir, pkg.module), 'utf8');
    expect(source).toContain("'__________cytoscape_container'");
    expect(source).toContain("' { position: relative; }'");
    expect(CYTOSCAPE_STYLE).toBe('.__________cytoscape_container { position: relative; }');
  });

  it('leaves GraphiQL (development only, loaded from unpkg) without a CSP, and nothing else', async () => {
    for (const graphiql of [true, false]) {
      const app = Fastify();
      await app.register(security, { https: false, graphiql });
      app.get('/graphiql', async () => 'ide');
      app.get('/', async () => 'app');
      await app.ready();
      const ide = await app.inject('/graphiql');
      const web = await app.inject('/');
      expect(ide.headers['content-security-policy'] === undefined).toBe(graphiql);
      expect(ide.headers['x-frame-options']).toBe('DENY');
      expect(web.headers['content-security-policy']).toMatch(/^default-src 'self';/);
      await app.close();
    }
  });
});
