// Security headers on the web app and the API (plugins/security.ts). That the built app still
// works under this policy, with no violation, is checked in Chromium by test/e2e/csp.e2e.test.ts.
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '../src/plugins/web.js';
import { buildTestApp } from '../../test/helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app?.close());

const EXPECTED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join(';');

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  expect(headers).toMatchObject({
    'content-security-policy': EXPECTED_CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  });
  // Served over plain HTTP here (TRAMA_COOKIE_SECURE unset): no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined();
}

describe('security headers', () => {
  it('are sent with the web app, its assets, the API and errors', async () => {
    const hasWeb = existsSync(path.join(webDist, 'index.html'));
    const urls = [
      { url: '/healthz' },
      { url: '/auth/me' },
      { url: '/no-such-thing' },
      ...(hasWeb
        ? [{ url: '/' }, { url: '/investigations/x', headers: { accept: 'text/html' } }]
        : []),
    ];
    for (const req of urls) {
      const res = await app.inject({ method: 'GET', ...req });
      expectSecurityHeaders(res.headers);
    }
    const gql = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ me { username } }' },
    });
    expectSecurityHeaders(gql.headers);
  });

  it('the built index.html needs no inline script or style, which the policy would refuse', async () => {
    if (!existsSync(path.join(webDist, 'index.html'))) return;
    const html = (await app.inject('/')).body;
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\//);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('over HTTPS adds HSTS, and the same policy (a page opened in clear still loads and says why)', async () => {
    const secure = await buildTestApp({ TRAMA_COOKIE_SECURE: 'true' });
    try {
      const res = await secure.inject('/healthz');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(res.headers['content-security-policy']).toBe(EXPECTED_CSP);
    } finally {
      await secure.close();
    }
  });
});
