// Builds the real app against the test run's Neo4j, for `app.inject` tests.
import type { FastifyInstance } from 'fastify';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { buildApp } from '../api/src/app.js';
import { loadConfig } from '../api/src/config.js';

export function testConnection(): { uri: string; user: string; password: string } {
  return { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env });
  const app = await buildApp(config, testConnection());
  await app.ready();
  return app;
}

export function testDriver(): Driver {
  const c = testConnection();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
}

export async function gql<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  const body = res.json() as {
    data: T | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: res.statusCode, ...body };
}
