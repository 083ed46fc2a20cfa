// The application as a plugin tree, loaded in tiers: infrastructure, then GraphQL, then routes.
// Only server.ts listens; tests build the app and use `app.inject`.
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import auditPlugin from './plugins/audit.js';
import authPlugin, { isWebSocketUpgrade } from './plugins/auth.js';
import changesPlugin from './plugins/changes.js';
import graphqlPlugin, { BODY_LIMIT } from './plugins/graphql.js';
import neo4jPlugin from './plugins/neo4j.js';
import securityPlugin from './plugins/security.js';
import webPlugin from './plugins/web.js';
import healthRoutes from './routes/health.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export async function buildApp(
  config: Config,
  neo4j: Neo4jConnection,
  opts: { logStream?: DestinationStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: config.TRAMA_TRUST_PROXY,
    logger: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      ...(opts.logStream
        ? { stream: opts.logStream }
        : config.NODE_ENV === 'development'
          ? { transport: { target: 'pino-pretty' } }
          : {}),
    },
    // One line per request when it ends (below), not Fastify's two (arrival and end).
    logController: new LogController({ disableRequestLogging: true }),
    requestTimeout: 30_000,
    bodyLimit: BODY_LIMIT,
    // No overall limit on a plugin's start (Fastify's is 10 s): the database plugin waits for
    // Neo4j (up to 120 s) and for its indexes (up to 600 s) with limits and messages of its own.
    // On a busy machine a fresh database's schema took longer than 10 s, and the server exited
    // saying only "Plugin did not start in time: 'neo4j'".
    pluginTimeout: 0,
  });
  app.addHook('onResponse', async (req, reply) => {
    // Probes hit /healthz every few seconds: only at debug level.
    const level = req.url === '/healthz' ? 'debug' : 'info';
    req.log[level](
      {
        method: req.method,
        url: req.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        user: req.user?.username,
      },
      'request',
    );
    // An upgrade refused before its route (a cross-site Origin, a temporary password, the
    // per-user cap) is answered on the raw socket, which nothing closes after: each refusal
    // left a socket open for good. A keep-alive request that merely names an upgrade in a
    // header is not cut. An accepted upgrade never gets here (its route hijacks it).
    if (isWebSocketUpgrade(req.raw)) req.raw.socket?.destroy();
  });
  await app.register(securityPlugin, {
    https: config.TRAMA_COOKIE_SECURE === true,
    graphiql: config.NODE_ENV === 'development',
  });
  await app.register(neo4jPlugin, { ...neo4j, database: config.NEO4J_DATABASE });
  await app.register(auditPlugin);
  await app.register(authPlugin, {
    secureCookies: config.TRAMA_COOKIE_SECURE,
    loginsPerMinute: config.TRAMA_LOGINS_PER_MINUTE,
  });
  await app.register(graphqlPlugin, {
    graphiql: config.NODE_ENV === 'development',
    perMinute: config.TRAMA_GRAPHQL_PER_MINUTE,
    restrictedNoticesPerDay: config.TRAMA_RESTRICTED_NOTICES_PER_DAY,
  });
  await app.register(changesPlugin);
  await app.register(healthRoutes);
  await app.register(webPlugin);
  return app;
}
