// The GraphQL endpoint (/graphql). Errors leave the API with a stable `extensions.code` and a
// message meant for the user; unexpected errors are logged and reported only as INTERNAL.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import {
  GraphQLError,
  Kind,
  specifiedRules,
  validate,
  type DirectiveNode,
  type DocumentNode,
} from 'graphql';
import mercurius, { type MercuriusOptions } from 'mercurius';
// mercurius-auth is CommonJS with an ES-style `default` in its types: take it from the namespace.
import * as mercuriusAuthModule from 'mercurius-auth';
import type { MercuriusAuthOptions } from 'mercurius-auth';
import type { FastifyPluginAsync } from 'fastify';

const mercuriusAuth =
  mercuriusAuthModule.default as unknown as FastifyPluginAsync<MercuriusAuthOptions>;
import type { User } from '../auth/roles.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { AppError } from '../db/executor.js';
import { summarise, type OperationSummary } from '../audit/operations.js';
import { requestContext } from './audit.js';
import { costLimit } from '../graphql/cost.js';
import { introspects } from '../graphql/introspection.js';
import { requireRole, rolesOf } from '../graphql/auth-directive.js';
import { loadSchema, resolvers } from '../graphql/index.js';

function merge(all: typeof resolvers): NonNullable<MercuriusOptions['resolvers']> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const r of all) {
    for (const [type, fields] of Object.entries(r))
      out[type] = { ...out[type], ...(fields as object) };
  }
  return out as NonNullable<MercuriusOptions['resolvers']>;
}

function badRequest(err: GraphQLError): GraphQLError {
  return new GraphQLError(err.message, {
    path: err.path,
    extensions: { code: 'BAD_REQUEST', ...(err.locations ? { locations: err.locations } : {}) },
  });
}

/** The largest request body the API reads (app.ts), 1 MiB: a saved canvas (MAX_CANVAS) fits. */
export const BODY_LIMIT = 1_048_576;

/**
 * The 4xx status of a request Fastify refused before GraphQL saw it (FST_ERR_CTP_*: 413 for a
 * body over the limit, 415 for a wrong content type), else null; other errors' messages are not
 * passed on.
 */
function clientStatus(err: unknown): number | null {
  const { statusCode, code } = (err ?? {}) as { statusCode?: unknown; code?: unknown };
  return typeof code === 'string' &&
    code.startsWith('FST_ERR_CTP_') &&
    typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500
    ? statusCode
    : null;
}

function formatErrors(err: GraphQLError, log: FastifyInstance['log']): GraphQLError[] {
  const original = err.originalError as
    (Error & { code?: string; errors?: GraphQLError[] }) | undefined;
  // Parse and validation errors come wrapped by Mercurius; their messages say what and where.
  if (original?.code === 'MER_ERR_GQL_VALIDATION' && Array.isArray(original.errors)) {
    return original.errors.map(badRequest);
  }
  return [formatError(err, log)];
}

function formatError(err: GraphQLError, log: FastifyInstance['log']): GraphQLError {
  const original = err.originalError;
  if (original instanceof AppError) {
    return new GraphQLError(original.message, {
      path: err.path,
      extensions: {
        code: original.code,
        ...(original.details ? { details: original.details } : {}),
      },
    });
  }
  if (original === undefined || original === null) {
    return badRequest(err);
  }
  // Refused by Fastify before GraphQL saw it (a body over the limit, a wrong content type).
  const status = clientStatus(original);
  if (status !== null) {
    const limit = (original as { code?: unknown }).code === 'FST_ERR_CTP_BODY_TOO_LARGE';
    return new GraphQLError(
      limit
        ? `The request is larger than ${BODY_LIMIT / 1_048_576} MiB (${BODY_LIMIT.toLocaleString('en')} bytes): send less at once.`
        : original.message,
      { extensions: { code: 'BAD_REQUEST' } },
    );
  }
  log.error({ err: original }, 'unexpected error in resolver');
  return new GraphQLError('Internal error', { path: err.path, extensions: { code: 'INTERNAL' } });
}

function oneOperation(document: DocumentNode): void {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length > 1)
    throw new AppError('BAD_REQUEST', 'Send one operation per request; this one has several');
}

/** Who a request is audited as: its user, a disabled account's session by name, or nobody. */
function auditedUser(req: FastifyRequest): string {
  return req.user?.username ?? req.disabledUser ?? '(anonymous)';
}

/** An audit record's who, what and from where, for an operation of `req` (a feed's: its upgrade). */
function aboutOperation(req: FastifyRequest, summary: OperationSummary) {
  return {
    user: auditedUser(req),
    target: summary.entities[0] ?? null,
    entities: summary.entities,
    ...requestContext(req),
  };
}

/**
 * A cap on requests a minute per user on /graphql (its WebSocket upgrade included): a script
 * pulling the graph with a stolen or misused session is slowed, and the first refusal in a
 * minute goes to the audit trail. Kept per API instance (in memory), so behind several
 * instances the cap is per instance. Runs after the session is known (preHandler).
 */
function limitPerUser(fastify: FastifyInstance, perMinute: number): void {
  const recorded = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });
  const limiter = fastify.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => (req.user ? `user:${req.user.username}` : `ip:${req.ip}`),
    onExceeded: (req, key) => {
      if (recorded.has(key)) return;
      recorded.set(key, true);
      req.log.warn({ user: req.user?.username, perMinute }, 'GraphQL requests over the limit');
      fastify.audit.record({
        user: auditedUser(req),
        action: 'rate-limited',
        target: null,
        entities: [],
        details: JSON.stringify({ perMinute }),
        outcome: 'RATE_LIMITED',
        ...requestContext(req),
      });
    },
    // Thrown inside Mercurius's route, so it leaves as a GraphQL error (errorFormatter: 429).
    errorResponseBuilder: (_req, context) =>
      new AppError(
        'RATE_LIMITED',
        `Too many requests: at most ${perMinute} a minute; try again in ${context.after}`,
      ),
  });
  fastify.addHook('onRoute', (route) => {
    if (route.url !== '/graphql') return;
    const own = route.preHandler ? [route.preHandler].flat() : [];
    route.preHandler = [limiter, ...own];
  });
}

/** The most a single request may ask for; see graphql/cost.ts for how it is counted. */
export const MAX_COST = 200;

export interface GraphqlOptions {
  graphiql: boolean;
  /** Requests a minute one user (or, before login, one address) may send; 0: no limit. */
  perMinute: number;
  /** Restricted-link notices a user may be given in 24 hours; 0: no limit. */
  restrictedNoticesPerDay: number;
}

export default fp(
  async (fastify: FastifyInstance, opts: GraphqlOptions) => {
    if (opts.perMinute > 0) limitPerUser(fastify, opts.perMinute);
    /** Our rules besides graphql's own, for requests and live feeds alike. */
    const rules = [costLimit(MAX_COST)];
    await fastify.register(mercurius, {
      schema: loadSchema(),
      resolvers: merge(resolvers),
      graphiql: opts.graphiql,
      queryDepth: 10,
      // Compile a query to a function from its second run (graphql-jit): executing and
      // serialising an expand of 50 nodes and edges took ~0.4 ms less (docs/benchmarks.md).
      jit: 1,
      validationRules: rules,
      context: (req) => ({
        user: req.user,
        restrictedNoticesPerDay: opts.restrictedNoticesPerDay,
      }),
      // Live updates over WebSocket; the upgrade request passed the session check in plugins/auth.ts.
      subscription: {
        // The session too: each event checks it is still open (logout, expiry, a new password).
        context: (_socket, req) => ({
          user: req.user,
          sessionToken: req.cookies[SESSION_COOKIE] ?? null,
        }),
        onConnect: () => true,
      },
      errorFormatter: (execution) => {
        const errors = (execution.errors ?? []).flatMap((e) => formatErrors(e, fastify.log));
        const allBadRequest = errors.every((e) => e.extensions.code === 'BAD_REQUEST');
        const limited = errors.some((e) => e.extensions.code === 'RATE_LIMITED');
        const refused = (execution.errors ?? [])
          .map((e) => clientStatus(e.originalError))
          .find((st) => st !== null);
        return {
          statusCode: limited ? 429 : execution.data || !allBadRequest ? 200 : (refused ?? 400),
          response: { data: execution.data ?? null, errors },
        };
      },
    });
    // Runs on every request, cached documents included (preValidation runs only on a cache miss).
    fastify.graphql.addHook('preExecution', async (_schema, document, context) => {
      if (!(context as unknown as { user: User | null }).user && introspects(document)) {
        throw new AppError('UNAUTHENTICATED', 'Log in first: introspection needs a session');
      }
    });
    // One operation per request: the audit records the operation a document holds, and with
    // two it could record one and run the other (the web sends one).
    fastify.graphql.addHook('preExecution', async (_schema, document) => oneOperation(document));
    // Audit: remember what the operation asks for before it runs, record it with its outcome.
    fastify.graphql.addHook('preExecution', async (schema, document, context, variables) => {
      (context as unknown as { audit?: OperationSummary | null }).audit = summarise(
        schema,
        document,
        variables as Record<string, unknown>,
      );
    });
    fastify.graphql.addHook('onResolution', async (execution, context) => {
      const summary = (context as unknown as { audit?: OperationSummary | null }).audit;
      if (!summary || summary.action === 'query:me') return;
      const user = (context as unknown as { user: User | null }).user;
      const code = execution.errors?.[0]?.extensions?.code;
      // A request that told of restricted links says so whatever else failed in it, with one
      // record per notice (the daily cap counts them on the user's node: paths.ts).
      const notices = context.restrictedNoticesGiven ?? 0;
      const req = context.reply.request;
      const outcome =
        notices > 0
          ? 'RESTRICTED_LINK'
          : !user && req.disabledUser
            ? 'ACCOUNT_DISABLED'
            : code === undefined
              ? execution.errors?.length
                ? 'ERROR'
                : 'OK'
              : String(code);
      const about = aboutOperation(req, summary);
      for (let i = 1; i < notices; i++)
        fastify.audit.record({
          ...about,
          action: 'restricted-link-notice',
          details: JSON.stringify({ notice: i + 1, of: notices }),
          outcome: 'RESTRICTED_LINK',
        });
      fastify.audit.record({
        ...about,
        action: summary.action,
        details: JSON.stringify(summary.fields),
        outcome,
      });
    });
    // A live feed's document goes to graphql-js's `subscribe`, which validates nothing, past
    // none of the hooks above (security review): the same rules, and an audit record of its
    // start, written by the feed once it knows whether it was let in (graphql/live.ts). Always
    // the page asking: the web opens its feeds on its own.
    fastify.graphql.addHook('preSubscriptionExecution', async (schema, document, context) => {
      const errors = validate(schema, document, [...specifiedRules, ...rules]);
      if (errors.length > 0) throw badRequest(errors[0]!);
      oneOperation(document);
      const summary = summarise(schema, document, {});
      // A feed's context has the upgrade request (no reply: its requests are messages).
      const req = (context as unknown as { request: FastifyRequest }).request;
      context.recordFeed = (outcome) => {
        if (!summary) return;
        fastify.audit.record({
          ...aboutOperation(req, summary),
          action: summary.action,
          details: JSON.stringify(summary.fields),
          outcome,
          automatic: true,
        });
      };
    });
    // Every Query and Mutation field declares the roles that may call it with @auth.
    await fastify.register(mercuriusAuth, {
      authDirective: 'auth',
      authContext: (ctx: unknown) => ({ user: (ctx as unknown as { user: User | null }).user }),
      applyPolicy: async (
        policy: DirectiveNode,
        _parent: unknown,
        _args: unknown,
        ctx: unknown,
      ) => {
        const { user, reply } = ctx as unknown as { user: User | null; reply?: FastifyReply };
        if (!user && reply?.request.disabledUser)
          throw new AppError('ACCOUNT_DISABLED', 'This account is disabled: ask an administrator');
        requireRole(user, rolesOf(policy));
        return true;
      },
    });
  },
  { name: 'graphql', dependencies: ['neo4j', 'auth', 'audit'] },
);
