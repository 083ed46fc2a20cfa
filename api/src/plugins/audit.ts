// The audit trail of who did what: every GraphQL operation (searches, views, expansions, paths,
// exports, hypothesis and admin actions) and every login, with who, when, from where, the
// purpose given (x-trama-purpose header) and the outcome. See api/src/audit/.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AuditLog } from '../audit/log.js';
import type { AuditEntry } from '../audit/chain.js';

declare module 'fastify' {
  interface FastifyInstance {
    audit: AuditLog;
  }
}

export const PURPOSE_HEADER = 'x-trama-purpose';
/** Sent as "automatic" by the web on a request the user did not make (a live refresh). */
export const TRIGGER_HEADER = 'x-trama-trigger';

/**
 * The request's side of an audit entry: where from, the purpose the user gave, and whether the
 * page asked on its own.
 */
export function requestContext(
  req: FastifyRequest,
): Pick<AuditEntry, 'ip' | 'purpose' | 'automatic'> {
  const raw = req.headers[PURPOSE_HEADER];
  let purpose: string | null = null;
  if (typeof raw === 'string') {
    try {
      purpose = decodeURIComponent(raw); // the web percent-encodes it (accents)
    } catch {
      purpose = raw;
    }
  }
  return {
    ip: req.ip ?? null,
    purpose: purpose?.slice(0, 200) ?? null,
    ...(req.headers[TRIGGER_HEADER] === 'automatic' ? { automatic: true } : {}),
  };
}

export default fp(
  async (fastify: FastifyInstance) => {
    const log = new AuditLog(fastify.db, (err) =>
      fastify.log.error({ err }, 'audit write failed; will retry'),
    );
    fastify.decorate('audit', log);
    fastify.addHook('onClose', async () => log.flush());
  },
  { name: 'audit', dependencies: ['neo4j'] },
);
