// Configuration is read from the environment once, validated against a schema, and frozen.
// A bad value stops the process at boot with a message naming the variable and what was wrong.
import { Type, type Static } from '@sinclair/typebox';
import { envSchema } from 'env-schema';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union(
    [Type.Literal('development'), Type.Literal('production'), Type.Literal('test')],
    { default: 'production' },
  ),
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  PORT: Type.Integer({ default: 8080, minimum: 0, maximum: 65535 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  NEO4J_URI: Type.Optional(
    Type.String({
      pattern: '^(neo4j|bolt)(\\+s|\\+ssc)?://.+',
      description: 'bolt:// or neo4j:// URI',
    }),
  ),
  NEO4J_USER: Type.String({ default: 'neo4j' }),
  NEO4J_PASSWORD: Type.Optional(Type.String()),
  NEO4J_DATABASE: Type.String({ default: 'neo4j', minLength: 1 }),
  TRAMA_DATA_DIR: Type.String({ default: path.join(repoRoot, 'data') }),
  TRAMA_DB_PORT: Type.Integer({ default: 7687, minimum: 1, maximum: 65535 }),
  TRAMA_DB_HEAP: Type.String({ default: '1g', pattern: '^[0-9]+[mMgG]$' }),
  TRAMA_DB_PAGECACHE_MB: Type.Integer({ default: 512, minimum: 16 }),
  TRAMA_COOKIE_SECURE: Type.Optional(
    Type.Boolean({
      description:
        'true when served over HTTPS; unset: true on a network HOST, on loopback as the request came (https behind a trusted proxy)',
    }),
  ),
  TRAMA_TRUST_PROXY: Type.String({
    default: 'false',
    minLength: 1,
    description:
      "'true', or the proxies' addresses/CIDRs comma-separated: their X-Forwarded-For/-Proto name the client and the scheme",
  }),
  TRAMA_GRAPHQL_PER_MINUTE: Type.Integer({
    default: 1200,
    minimum: 0,
    description: 'GraphQL requests a minute per user and API instance; 0: no limit',
  }),
  TRAMA_LOGINS_PER_MINUTE: Type.Integer({
    default: 10,
    minimum: 1,
    description:
      'Login attempts a minute per client address and API instance (many analysts behind one NAT may need more)',
  }),
  TRAMA_RESTRICTED_NOTICES_PER_DAY: Type.Integer({
    default: 20,
    minimum: 0,
    description:
      'Restricted-link notices a user may be given in 24 hours; past it, routes no longer say whether hidden records join two entities. 0: no limit',
  }),
  TRAMA_SEED: Type.Union([Type.Literal('demo'), Type.Literal('none')], { default: 'demo' }),
});

export type Config = Readonly<
  Omit<Static<typeof ConfigSchema>, 'TRAMA_COOKIE_SECURE' | 'TRAMA_TRUST_PROXY'> & {
    /** 'auto': Secure when the request came over HTTPS (as a trusted proxy says). */
    TRAMA_COOKIE_SECURE: boolean | 'auto';
    /** Fastify's trustProxy: false, true, or the proxies' addresses. */
    TRAMA_TRUST_PROXY: boolean | string[];
  }
>;

/** 127.0.0.0/8, ::1, localhost and *.localhost: only this machine's browsers reach them. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^::ffff:/, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '::1' ||
    h === '0:0:0:0:0:0:0:1' ||
    /^127\.\d+\.\d+\.\d+$/.test(h)
  );
}

/** Validates `env` (process.env by default); throws an Error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const data = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  let config: Static<typeof ConfigSchema>;
  try {
    config = envSchema({ schema: ConfigSchema, data, dotenv: false, env: false });
  } catch (err) {
    throw new Error(`Invalid configuration: ${(err as Error).message}`);
  }
  if (config.NEO4J_URI && config.NEO4J_PASSWORD === undefined) {
    throw new Error('Invalid configuration: NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  // Served to the network, the session cookie is Secure unless told otherwise: an HTTPS proxy in
  // front is the expected setup, and a cookie sent in clear over a network is a stolen session.
  // On loopback, a proxy on the same machine may serve it over HTTPS: Secure when it says so.
  const proxy = config.TRAMA_TRUST_PROXY.trim();
  return Object.freeze({
    ...config,
    TRAMA_COOKIE_SECURE: config.TRAMA_COOKIE_SECURE ?? (isLoopback(config.HOST) ? 'auto' : true),
    TRAMA_TRUST_PROXY:
      proxy === 'true' || proxy === 'false'
        ? proxy === 'true'
        : proxy
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean),
  });
}
