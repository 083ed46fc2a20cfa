// Serves the built web app (web/dist) with a fallback to index.html for client-side routes.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';

export const webDist = path.join(repoRoot, 'web', 'dist');

export default fp(
  async (fastify: FastifyInstance) => {
    if (!existsSync(path.join(webDist, 'index.html'))) {
      fastify.log.warn('web/dist is missing: run `npm run build` to serve the web app');
      return;
    }
    // wildcard: files are looked up when asked for, not listed once at start, so a rebuild of
    // web/dist beside a running server (new hashed file names) does not leave a blank page.
    // No dotfiles (a wildcard serves whatever the folder holds; the built app has none).
    await fastify.register(fastifyStatic, { root: webDist, wildcard: true, dotfiles: 'ignore' });
    fastify.setNotFoundHandler((req, reply) => {
      if (
        req.method === 'GET' &&
        !req.url.startsWith('/graphql') &&
        req.headers.accept?.includes('text/html')
      ) {
        return reply.sendFile('index.html');
      }
      return reply
        .code(404)
        .send({ error: 'Not Found', message: `No route ${req.method} ${req.url}` });
    });
  },
  { name: 'web' },
);
