// Probes for process managers and load balancers.
// /healthz: the process is alive. /readyz: Neo4j answers and the schema is applied (503 if not).
import type { FastifyInstance } from 'fastify';

export default async function healthRoutes(fastify: FastifyInstance): Promise<void> {
  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async (_req, reply) => {
    const { ready, reason } = await fastify.dbReady();
    if (!ready) return reply.code(503).send({ status: 'unavailable', reason });
    return { status: 'ready' };
  });
}
