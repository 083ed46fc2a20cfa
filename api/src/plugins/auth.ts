// Who is calling: loads the session named by the cookie on GraphQL and /auth requests, and
// refuses any such request whose CSRF header does not match the session. Authorisation of each
// GraphQL field is declared with @auth in the schema (plugins/graphql.ts).
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import fp from 'fastify-plugin';
import type { User } from '../auth/roles.js';
import {
  CSRF_HEADER,
  SESSION_COOKIE,
  SESSION_TTL_SECONDS,
  SessionService,
  sameToken,
  sha256,
} from '../auth/sessions.js';
import { accountChanged, TOPIC } from '../graphql/live.js';
import { LOCK_MINUTES, LoginThrottle } from '../auth/throttle.js';
import { checkNewPassword, MAX_PASSWORD, UserService } from '../auth/users.js';
import { AppError } from '../db/executor.js';
import { requestContext } from './audit.js';
import { isLoopback } from '../config.js';

declare module 'fastify' {
  interface FastifyInstance {
    sessions: SessionService;
  }
  interface FastifyRequest {
    user: User | null;
    csrfToken: string | null;
    /** The account of this request's session, if an administrator disabled it (for the audit). */
    disabledUser: string | null;
  }
}

export interface AuthOptions {
  /** 'auto': Secure when the request came over HTTPS. */
  secureCookies: boolean | 'auto';
  /** Login attempts a minute per address (and API instance) before 429s. */
  loginsPerMinute: number;
}

/**
 * A WebSocket upgrade as Node's server takes one (it emits 'upgrade', and @fastify/websocket
 * routes it): `Upgrade: websocket` with `Connection: upgrade`, not the first header alone.
 */
export function isWebSocketUpgrade(req: IncomingMessage): boolean {
  return (
    req.headers.upgrade?.toLowerCase() === 'websocket' &&
    (req.headers.connection ?? '').split(',').some((t) => t.trim().toLowerCase() === 'upgrade')
  );
}

function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** A page at http:// on another machine (browsers treat http://localhost as secure). */
function clearOverNetwork(origin: string | undefined): boolean {
  if (!origin?.startsWith('http://')) return false;
  try {
    return !isLoopback(new URL(origin).hostname.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
}

function publicUser(u: User): User {
  return {
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    clearance: u.clearance,
    compartments: u.compartments,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
  };
}

export default fp<AuthOptions>(
  async (fastify: FastifyInstance, opts) => {
    await fastify.register(cookie);
    // Limits are set per route (login here, /graphql in plugins/graphql.ts); a response says
    // how many requests remain only once none do (Retry-After and the x-ratelimit-* headers).
    await fastify.register(rateLimit, {
      global: false,
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
    });
    const sessions = new SessionService(fastify.db);
    fastify.decorate('sessions', sessions);
    const users = new UserService(fastify.db);
    const throttle = new LoginThrottle(fastify.db);
    fastify.decorateRequest('user', null);
    fastify.decorateRequest('csrfToken', null);
    fastify.decorateRequest('disabledUser', null);

    fastify.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      if (!req.url.startsWith('/graphql') && !req.url.startsWith('/auth/')) return;
      // A login replaces whatever session the browser holds (another tab may have opened one
      // whose CSRF token this page never saw): it is checked by its Origin instead, below.
      if (req.url === '/auth/login') return;
      const token = req.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await sessions.lookup(token);
      if (!session) return;
      const sent = req.headers[CSRF_HEADER];
      // A plain request that names an upgrade in a header still needs its CSRF token.
      if (isWebSocketUpgrade(req.raw)) {
        // Browsers cannot add headers to a WebSocket; refuse cross-site upgrades by their Origin.
        if (!sameOrigin(req))
          return reply.code(403).send({ error: 'CSRF', message: 'Cross-site WebSocket refused' });
      } else if (
        (req.url.startsWith('/graphql') || req.method !== 'GET') &&
        (typeof sent !== 'string' || !sameToken(sent, session.csrfToken))
      ) {
        return reply.code(403).send({
          error: 'CSRF',
          message: `Missing or wrong ${CSRF_HEADER} header for this session`,
        });
      }
      if ('disabled' in session) {
        // Refused as if logged out, and audited under the account's name.
        req.disabledUser = session.disabled;
        return;
      }
      // A temporary password (set by an administrator) opens nothing but its own change, the
      // logout and who is logged in. Asked of the database: another instance may have just
      // taken the change, and this one's cache not yet.
      let user = session.user;
      if (user.mustChangePassword) {
        const fresh = await sessions.lookup(token, true);
        // Gone meanwhile (the change ended this session) or disabled: as above, no user.
        if (!fresh) return;
        if ('disabled' in fresh) {
          req.disabledUser = fresh.disabled;
          return;
        }
        user = fresh.user;
        if (user.mustChangePassword && req.url.startsWith('/graphql'))
          return reply.code(403).send({
            error: 'PASSWORD_CHANGE_REQUIRED',
            message: 'This account must change its password first (POST /auth/password)',
          });
      }
      req.user = user;
      req.csrfToken = session.csrfToken;
    });

    const cookieOptions = {
      httpOnly: true,
      sameSite: 'strict' as const,
      secure: opts.secureCookies,
      path: '/',
    };

    fastify.post<{ Body: { username: string; password: string } }>(
      '/auth/login',
      {
        config: { rateLimit: { max: opts.loginsPerMinute, timeWindow: '1 minute' } },
        schema: {
          body: {
            type: 'object',
            required: ['username', 'password'],
            additionalProperties: false,
            properties: {
              username: { type: 'string', maxLength: 64 },
              password: { type: 'string', maxLength: MAX_PASSWORD },
            },
          },
        },
      },
      async (req, reply) => {
        // No login from another site's page (login CSRF): browsers always send Origin on a POST.
        if (req.headers.origin !== undefined && !sameOrigin(req))
          return reply.code(403).send({ error: 'CSRF', message: 'Cross-site login refused' });
        // A Secure cookie from a page served in clear to another machine is dropped by the
        // browser: the login would seem to work and then ask again. Say so instead.
        if (opts.secureCookies === true && clearOverNetwork(req.headers.origin))
          return reply.code(400).send({
            error: 'INSECURE_TRANSPORT',
            message:
              'This server sends its session cookie over HTTPS only: open it at its https:// address (or set TRAMA_COOKIE_SECURE=false)',
          });
        const { username } = req.body;
        // Every attempt is audited, whatever happens below (a database error included).
        let outcome = 'ERROR';
        try {
          // Counted before the password is checked: too many failures for this name from this
          // address (or from all), on any API instance, and not even the password is checked
          // until the lock ends.
          if (await throttle.attempt(username, req.ip)) {
            outcome = 'ACCOUNT_LOCKED';
            req.log.warn({ username }, 'login refused: too many failures');
            return await reply.code(429).send({
              error: 'ACCOUNT_LOCKED',
              message: `Too many failed logins for this username: try again in ${LOCK_MINUTES} minutes`,
            });
          }
          const found = await users.authenticate(username, req.body.password);
          if (found === 'DISABLED') {
            // The right password for an account an administrator disabled: said, to the user
            // and in the audit trail (a disabled account that keeps trying is worth seeing).
            outcome = 'ACCOUNT_DISABLED';
            req.log.warn({ username }, 'login refused: account disabled');
            return await reply.code(403).send({
              error: 'ACCOUNT_DISABLED',
              message: 'This account is disabled: ask an administrator',
            });
          }
          const user = found;
          if (user) await throttle.succeeded(username, req.ip);
          else
            await throttle.prune().catch((err: unknown) => req.log.error({ err }, 'prune failed'));
          const session = user ? await sessions.open(user.username) : null;
          if (!user || !session) {
            outcome = 'BAD_CREDENTIALS';
            req.log.warn({ username }, 'login failed');
            return await reply
              .code(401)
              .send({ error: 'BAD_CREDENTIALS', message: 'Wrong username or password' });
          }
          outcome = 'OK';
          reply.setCookie(SESSION_COOKIE, session.token, {
            ...cookieOptions,
            maxAge: SESSION_TTL_SECONDS,
          });
          return { user: publicUser(user), csrfToken: session.csrfToken };
        } finally {
          fastify.audit.record({
            user: username,
            action: outcome === 'OK' ? 'login' : 'login-failed',
            target: null,
            entities: [],
            details: '{}',
            outcome,
            ...requestContext(req),
          });
        }
      },
    );

    // A user changes their own password, giving the current one. A wrong current password
    // counts towards the login lock (a stolen session must not be a way to guess it); every
    // session of the account ends, and this one goes on as a new one.
    fastify.post<{ Body: { current: string; next: string } }>(
      '/auth/password',
      {
        config: { rateLimit: { max: opts.loginsPerMinute, timeWindow: '1 minute' } },
        schema: {
          body: {
            type: 'object',
            required: ['current', 'next'],
            additionalProperties: false,
            properties: {
              current: { type: 'string', maxLength: MAX_PASSWORD },
              // Its length is checked with the rest of the rules, which say what was wrong
              // (QA: 300 characters were refused as a request not understood).
              next: { type: 'string' },
            },
          },
        },
      },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        const username = req.user?.username;
        if (!username || !token)
          return reply
            .code(401)
            .send({ error: 'UNAUTHENTICATED', message: 'Log in to change your password' });
        let outcome = 'ERROR';
        try {
          // A weak or unchanged new password is refused before the count: only a wrong current
          // password is a failed attempt.
          checkNewPassword(username, req.body.current, req.body.next);
          if (await throttle.attempt(username, req.ip)) {
            outcome = 'ACCOUNT_LOCKED';
            return await reply.code(429).send({
              error: 'ACCOUNT_LOCKED',
              message: `Too many failed attempts for this username: try again in ${LOCK_MINUTES} minutes`,
            });
          }
          const user = await users.changeOwnPassword(
            username,
            req.body.current,
            req.body.next,
            sha256(token),
          );
          await throttle.succeeded(username, req.ip);
          outcome = 'OK';
          sessions.forgetUser(username);
          // Every session ended, this one too: it goes on as a new one (new cookie, new CSRF
          // token), so a copy of the old cookie elsewhere is worth nothing.
          const session = await sessions.open(username);
          if (!session) throw new AppError('UNAUTHENTICATED', 'log in again');
          reply.setCookie(SESSION_COOKIE, session.token, {
            ...cookieOptions,
            maxAge: SESSION_TTL_SECONDS,
          });
          // The account's pages elsewhere ask again whether their session holds (it does not).
          // (The change feed is registered after this plugin, and there by the first request.)
          fastify.changes.publish(TOPIC, accountChanged(username));
          return { user: publicUser(user), csrfToken: session.csrfToken };
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          outcome = err.code;
          const status = ['BAD_CREDENTIALS', 'UNAUTHENTICATED'].includes(err.code) ? 401 : 400;
          return await reply.code(status).send({ error: err.code, message: err.message });
        } finally {
          fastify.audit.record({
            user: username,
            action: 'password-change',
            target: username,
            entities: [],
            details: '{}',
            outcome,
            ...requestContext(req),
          });
        }
      },
    );

    fastify.post('/auth/logout', async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      // A disabled account's session too: its page's logout ends it for good.
      const who = req.user?.username ?? req.disabledUser;
      if (token && who) {
        await sessions.close(token);
        fastify.audit.record({
          user: who,
          action: 'logout',
          target: null,
          entities: [],
          details: '{}',
          outcome: 'OK',
          ...requestContext(req),
        });
      }
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true };
    });

    // Who is logged in here: nobody (null) is an answer, not an error, so a browser opening the
    // app before logging in logs no failed request.
    fastify.get('/auth/me', async (req) =>
      req.user
        ? { user: publicUser(req.user), csrfToken: req.csrfToken }
        : { user: null, csrfToken: null, ...(req.disabledUser ? { disabled: true } : {}) },
    );
  },
  { name: 'auth', dependencies: ['neo4j', 'audit'] },
);
