/**
 * What every route module shares: the dependencies built once by the composition root (`endpoint.ts`), the
 * per-request state behind the log line, and the small answer helpers (JSON, cached JSON with ETags, bodies).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { TaxonomyModel } from '../types.js';
import type { ResponseCache } from './cache.js';
import { EndpointError, invalidRequest, notFound } from './errors.js';
import type { HandleSealer } from './handle.js';
import type { JobScanService } from './jobs/scan.js';
import type { JobsVersion } from './jobs/version.js';
import type { ResolvedConfig } from './resolve-config.js';
import type { SmartcvBudget } from './smartcv/budget.js';
import type { Store } from './store.js';
import type { SkillIndexService } from './taxonomy/index-service.js';
import type { Trace } from './upstream/http.js';
import type { JobspaceClient } from './upstream/jobspace.js';
import type { SmartcvClient } from './upstream/smartcv.js';
import type { TabiyaClient } from './upstream/tabiya.js';

/** Per-request facts for the log line. */
export interface RequestState {
  /** Set by guards that answer before any route (rate-limit, cors, preflight); else the matched route's pattern. */
  route?: string;
  trace: Trace;
  cache?: 'hit' | 'miss';
  requestId: string;
}

export type EndpointEnv = { Variables: { state: RequestState } };
export type EndpointContext = Context<EndpointEnv>;

/** Keeps a request's context alive until `work` settles (a platform's `waitUntil`). */
export type KeepAlive = (work: Promise<unknown>) => void;

/**
 * The request's `waitUntil` when the platform gave one (Workers' `ctx`, or `info.waitUntil` from an adapter), so
 * background work a request starts (the skill index build) is not cancelled when it answers. Undefined on Node,
 * Bun and Deno, which keep such work running anyway (Hono's `executionCtx` throws there).
 */
export function keepAlive(c: Context): KeepAlive | undefined {
  let ctx: { waitUntil(work: Promise<unknown>): void };
  try {
    ctx = c.executionCtx;
  } catch {
    return undefined;
  }
  return (work) => ctx.waitUntil(work);
}

export interface EndpointDeps {
  readonly config: ResolvedConfig;
  readonly store: Store;
  readonly cache: ResponseCache;
  readonly sealer: HandleSealer;
  readonly budget: SmartcvBudget;
  readonly smartcv?: SmartcvClient;
  readonly jobspace?: JobspaceClient;
  readonly tabiya?: TabiyaClient;
  readonly index?: SkillIndexService;
  readonly jobScan: JobScanService;
  /** Version of the job data (shared through the store): bumped by writes so cached lists stop being served at once. */
  readonly jobs: JobsVersion;
  /** The client address for rate limits and budgets (see `clientAddress` in middleware.ts). */
  clientIp(request: Request): string;
  /** The served taxonomy model id. */
  modelId(trace?: Trace): Promise<string>;
  taxonomyModels(trace?: Trace): Promise<TaxonomyModel[]>;
  /** Logs a store failure (the store fails open). */
  storeError(error: unknown): void;
}

export const errorName = (error: unknown): string => (error instanceof Error ? error.name : typeof error);

export function required<T>(client: T | undefined, what: string): T {
  if (client === undefined) throw notFound(`${what} is not configured on this endpoint`);
  return client;
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/** A safe GET answered from the cache (or one collapsed load), with ETag / If-None-Match → 304. */
export async function cachedJson(c: EndpointContext, cache: ResponseCache, key: string, ttlSeconds: number, load: () => Promise<unknown>) {
  const state = c.get('state');
  const value = await cache.get(key, ttlSeconds, load);
  state.cache = value.hit ? 'hit' : 'miss';
  const inm = c.req.header('if-none-match');
  if (inm && inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === value.etag)) {
    return new Response(null, { status: 304, headers: { etag: value.etag, 'cache-control': 'no-cache' } });
  }
  return new Response(value.body, {
    status: 200,
    headers: { etag: value.etag, 'cache-control': 'no-cache', 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * Hono's bodyLimit: a declared Content-Length above the limit is refused at once, and a streamed body is cut as
 * soon as its bytes pass the limit (never read whole first).
 */
export const limitBody = (maxBytes: number): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new EndpointError(413, 'INVALID_REQUEST', 'The request body is too large');
    },
  });

export async function readJson(c: EndpointContext): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new EndpointError(415, 'INVALID_REQUEST', 'Send a JSON body (Content-Type: application/json)');
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw invalidRequest('The body is not valid JSON');
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new EndpointError(504, 'UPSTREAM_TIMEOUT', message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
