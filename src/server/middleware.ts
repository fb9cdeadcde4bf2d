/**
 * Cross-cutting middleware of the endpoint: the request log line, the origin guard in front of Hono's CORS, the
 * per-client rate limit with the custom-header check, and the error renderer every sub-app uses.
 */
import type { ErrorHandler, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { matchedRoutes } from 'hono/route';
import { rateLimitWait } from './cache.js';
import { errorName, type EndpointContext, type EndpointDeps, type EndpointEnv } from './context.js';
import { EndpointError, errorResponse, forbidden, rateLimited } from './errors.js';
import type { ResolvedConfig } from './resolve-config.js';

/** The custom header every state-changing or personal-data request must carry (forces a CORS preflight). */
export const CSRF_HEADER = 'x-careerkit';

/** The pattern of the route that answered, without the base path (e.g. `/jobs/:id`), for the log line. */
function routeName(c: EndpointContext, basePath: string): string {
  const routes = matchedRoutes(c).filter((r) => r.method !== 'ALL');
  const path = routes.at(-1)?.path;
  if (!path) return 'not-found';
  return path.startsWith(basePath) ? path.slice(basePath.length) || '/' : path;
}

/** One JSON line per request (after the answer): never URLs, queries, bodies, headers, tokens or personal data. */
export function requestLog(deps: Pick<EndpointDeps, 'config'>): MiddlewareHandler<EndpointEnv> {
  const { now, log, basePath } = deps.config;
  return async (c, next) => {
    const started = now();
    c.set('state', { trace: { upstreamCalls: 0 }, requestId: crypto.randomUUID() });
    await next();
    const state = c.get('state');
    // Every answer is JSON (or empty): never let a browser sniff it into something runnable.
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('x-request-id', state.requestId);
    const line: Record<string, unknown> = {
      msg: 'request',
      method: c.req.method,
      route: state.route ?? routeName(c, basePath),
      status: c.res.status,
      ms: Math.max(0, now() - started),
      upstream: state.trace.upstreamCalls,
    };
    if (state.cache) line.cache = state.cache;
    const code = c.res.headers.get('x-careerkit-error');
    if (code) line.code = code;
    log(line);
  };
}

/**
 * The origin guard (a foreign `Origin` gets 403 before anything runs) in front of Hono's CORS middleware, which
 * answers preflights and adds the allow/expose headers for allowed origins. No credentials, bounded max-age.
 */
export function originGuard(config: ResolvedConfig): MiddlewareHandler<EndpointEnv>[] {
  const allowed = config.allowedOrigins;
  const guard: MiddlewareHandler<EndpointEnv> = async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowed.has(origin)) {
      c.get('state').route = 'cors';
      throw forbidden('This origin is not allowed to use the endpoint');
    }
    if (c.req.method === 'OPTIONS') {
      c.get('state').route = 'preflight';
      c.header('cache-control', 'no-store');
    }
    await next();
  };
  const corsHeaders = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match', 'X-Careerkit'],
    exposeHeaders: ['ETag', 'Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
  return [guard, corsHeaders as MiddlewareHandler<EndpointEnv>];
}

/**
 * The per-client rate limit (a shared store that is down fails open, and says so) and, for state-changing or
 * personal-data routes, the custom header. Mounted inside each sub-app so its errors take that sub-app's shape.
 */
export function guard(deps: EndpointDeps, options: { header: 'always' | 'non-get' }): MiddlewareHandler<EndpointEnv> {
  const { config, store, cache } = deps;
  return async (c, next) => {
    const wait = await rateLimitWait(store, deps.clientIp(c.req.raw), config.rateLimitPerMinute, config.now(), cache.generation).catch(
      (error: unknown) => {
        deps.storeError(error);
        return 0;
      },
    );
    if (wait > 0) {
      c.get('state').route = 'rate-limit';
      throw rateLimited(wait, 'Too many requests from this address');
    }
    const needsHeader = options.header === 'always' || (c.req.method !== 'GET' && c.req.method !== 'HEAD');
    if (needsHeader && c.req.header(CSRF_HEADER) !== '1') throw forbidden(`This request needs the header "X-Careerkit: 1"`);
    await next();
  };
}

/**
 * The client address: the hook, else (behind N trusted proxies) the N-th X-Forwarded-For hop from the right, which
 * those proxies wrote, else the socket/platform address. Never the leftmost hop: the client writes that.
 */
export function clientAddress(config: ResolvedConfig, socketIp: (request: Request) => string | undefined) {
  const hook = config.given.clientIp;
  const proxies = config.trustedProxies;
  return (request: Request): string => {
    const hooked = hook?.(request);
    if (hooked) return hooked;
    if (proxies > 0) {
      const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
      const hop = hops[hops.length - proxies];
      if (hop) return hop.slice(0, 64);
    }
    return socketIp(request) ?? 'unknown';
  };
}

/** Renders EndpointErrors as `{error:{code,…}}`; anything else is a bug: logged by name, answered 500. */
export function errorHandler(deps: Pick<EndpointDeps, 'config'>, render = (error: EndpointError) => errorResponse(error, { 'x-careerkit-error': error.code })): ErrorHandler<EndpointEnv> {
  return (error, c) => {
    if (error instanceof EndpointError) return render(error);
    // A genuine bug: log its name and message (never request data) and answer a plain 500.
    deps.config.log({
      level: 'error',
      msg: 'unhandled error',
      route: c.get('state')?.route ?? routeName(c, deps.config.basePath),
      error: errorName(error),
      detail: String(error.message).slice(0, 200),
    });
    return render(new EndpointError(500, 'INTERNAL', 'Something went wrong on the partner endpoint'));
  };
}
