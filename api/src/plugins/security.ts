// Security headers on every response (helmet): a strict Content-Security-Policy for the
// web app, no framing, no sniffing, no referrer. The policy allows only what the built app uses:
// its own scripts, styles and Web Worker (web/dist/assets), `data:` icons and `blob:` exports,
// and fetch plus the graphql-ws WebSocket to this origin (CSP 3's 'self' matches ws: and wss:).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { createHash } from 'node:crypto';

/**
 * The one inline <style> the app needs: Cytoscape adds it to <head> when it mounts (in
 * `renderer/base`). Allowed by its hash, not by 'unsafe-inline'; a Cytoscape upgrade that
 * changes the text is caught by security.test.ts.
 */
export const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export interface SecurityOptions {
  /** Served over HTTPS (TRAMA_COOKIE_SECURE): also send HSTS. */
  https: boolean;
  /** GraphiQL (development only) loads React and GraphiQL from unpkg: no CSP on its pages. */
  graphiql: boolean;
}

// No upgrade-insecure-requests: everything the app loads is its own origin's, already https://
// when the page is; and a page opened over http:// by mistake would load blank instead of
// saying why it cannot log in (plugins/auth.ts).
const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  // Svelte's style: directives go through the CSSOM, which CSP does not restrict.
  'style-src': ["'self'", sha256(CYTOSCAPE_STYLE)],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Helmet's middleware, made once: @fastify/helmet made it again on every request (parsing the
 * policy each time, ~0.07 ms a request on these machines; session 35).
 */
export default fp<SecurityOptions>(
  async (fastify: FastifyInstance, opts) => {
    const options: HelmetOptions = {
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      // HSTS only means something over HTTPS; not for subdomains this app does not own.
      strictTransportSecurity: opts.https
        ? { maxAge: 31_536_000, includeSubDomains: false }
        : false,
    };
    const headers = helmet(options);
    const withoutPolicy = helmet({ ...options, contentSecurityPolicy: false });
    fastify.addHook('onRequest', (req, reply, done) => {
      const apply = opts.graphiql && req.url.startsWith('/graphiql') ? withoutPolicy : headers;
      apply(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
    });
  },
  { name: 'security' },
);
