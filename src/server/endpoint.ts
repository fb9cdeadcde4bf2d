/**
 * The partner endpoint: one Web-standard fetch handler (Hono) in front of SmartCV, The Job Space and the Tabiya
 * taxonomy, holding every secret. Runs unchanged on Node, edge runtimes and in a browser (the sandbox); nothing
 * here imports Node modules. This file is the composition root: it resolves the config, builds the dependencies
 * and mounts the route modules (routes/*.ts); the data path is drawn in docs/architecture.md.
 *
 * Edge runtimes (Cloudflare Workers, Deno, Bun, Vercel Edge) use the handler directly:
 * ```ts
 * import { createPartnerEndpoint } from 'careerkit/server';
 * const endpoint = createPartnerEndpoint({ allowedOrigins: ['https://careers.example.com'], sealingKey: SEALING_KEY, … });
 * export default { fetch: endpoint.fetch };
 * ```
 */
import { Hono } from 'hono';
import { ConfigError } from './config-check.js';
import type { TaxonomyModel } from '../types.js';
import { ResponseCache } from './cache.js';
import type { PartnerEndpointConfig } from './config.js';
import { errorName, type EndpointDeps, type EndpointEnv } from './context.js';
import { CursorCodec } from './cursor.js';
import { EndpointError, notFound } from './errors.js';
import { HandleSealer } from './handle.js';
import { JobScanService } from './jobs/scan.js';
import { JobsVersion } from './jobs/version.js';
import { clientAddress, errorHandler, originGuard, requestLog } from './middleware.js';
import { DEFAULTS, resolveConfig } from './resolve-config.js';
import { jobsRoutes } from './routes/jobs.js';
import { metaRoutes } from './routes/meta.js';
import { smartcvRoutes } from './routes/smartcv.js';
import { taxonomyRoutes } from './routes/taxonomy.js';
import { SmartcvBudget } from './smartcv/budget.js';
import { MemoryStore } from './store.js';
import { SkillIndexService } from './taxonomy/index-service.js';
import type { Trace } from './upstream/http.js';
import { JobspaceClient } from './upstream/jobspace.js';
import { SmartcvClient } from './upstream/smartcv.js';
import { TabiyaClient } from './upstream/tabiya.js';

export { CSRF_HEADER } from './middleware.js';
export type { EndpointEnv } from './context.js';

/** What an adapter knows about a request beyond the request itself. */
export interface EndpointRequestInfo {
  clientIp?: string;
  waitUntil?: (work: Promise<unknown>) => void;
}

export interface PartnerEndpoint {
  /**
   * The handler. `info.clientIp` lets an adapter pass the socket or platform address of the client;
   * `info.waitUntil` the platform's hook that keeps background work alive after the answer (Workers:
   * `ctx.waitUntil`), which the skill index build needs there.
   */
  fetch(request: Request, info?: EndpointRequestInfo): Promise<Response>;
  readonly app: Hono<EndpointEnv>;
  /** Forget caches, cached tokens, budgets and the skill index (tests, sandbox reset). */
  reset(): Promise<void> | void;
  /** Resolves once the skill index is built (no-op when there is no taxonomy or the index is off). */
  ready(): Promise<void>;
}

export function createPartnerEndpoint(partnerConfig: PartnerEndpointConfig): PartnerEndpoint {
  const config = resolveConfig(partnerConfig);
  if (partnerConfig.storeUrl !== undefined && !partnerConfig.store) {
    throw new ConfigError(
      'storeUrl',
      'needs a Redis client: serve with careerkit/server/node (serveNode, the CLI) or careerkit/server/express, or pass store: new RedisStore({ url }) from careerkit/server/redis',
    );
  }
  const { given, now } = config;
  const timeoutMs = config.upstreamTimeoutMs;
  const store = given.store ?? new MemoryStore({ now, maxBytes: config.cacheMaxBytes });
  const storeError = (error: unknown) => config.log({ level: 'warn', msg: 'store error', error: errorName(error) });
  const cache = new ResponseCache(store, { onStoreError: storeError, lockMs: timeoutMs + 2000 });
  const socketIps = new WeakMap<Request, string>();

  const upstream = { fetch: given.fetch, timeoutMs, now };
  const smartcv = given.smartcv ? new SmartcvClient({ ...given.smartcv, ...upstream }) : undefined;
  const jobspace = given.jobspace ? new JobspaceClient({ ...given.jobspace, ...upstream }) : undefined;
  const tabiya = given.tabiya ? new TabiyaClient({ baseUrl: given.tabiya.baseUrl, auth: given.tabiya.auth, ...upstream }) : undefined;

  const taxonomyModels = (trace?: Trace): Promise<TaxonomyModel[]> =>
    cache.value('tx:models', config.ttl.taxonomy, () => {
      if (!tabiya) throw notFound('The taxonomy is not configured on this endpoint');
      return tabiya.models(trace);
    });
  /** The served model: configured, else the first released one (else the first at all). */
  const modelId = async (trace?: Trace): Promise<string> => {
    if (given.tabiya?.modelId) return given.tabiya.modelId;
    const models = await taxonomyModels(trace);
    const model = models.find((m) => m.released) ?? models[0];
    if (!model) throw new EndpointError(502, 'UPSTREAM_UNAVAILABLE', 'The taxonomy has no model to serve');
    return model.id;
  };

  const jobScan = new JobScanService({
    client: () => jobspace ?? (() => { throw notFound('The Job Space is not configured on this endpoint'); })(),
    ttlSeconds: config.ttl.jobs,
    now,
  });
  const deps: EndpointDeps & { cursors: CursorCodec } = {
    config,
    store,
    cache,
    sealer: new HandleSealer(config.sealingKeys, config.handleTtlSeconds, now),
    budget: new SmartcvBudget({ store, now, ...config.smartcvBudget, onStoreError: storeError, generation: () => cache.generation }),
    smartcv,
    jobspace,
    tabiya,
    index: tabiya
      ? new SkillIndexService({
          client: tabiya,
          modelId: () => modelId(),
          refreshSeconds: given.tabiya?.indexRefreshSeconds ?? DEFAULTS.indexRefreshSeconds,
          now,
          enabled: given.tabiya?.searchIndex !== false,
        })
      : undefined,
    jobScan,
    jobs: new JobsVersion({ store, onChange: () => jobScan.invalidate(), onStoreError: storeError }),
    clientIp: clientAddress(config, (request) => socketIps.get(request)),
    modelId,
    taxonomyModels,
    storeError,
    cursors: new CursorCodec(config.sealingKey),
  };

  const app = new Hono<EndpointEnv>().basePath(config.basePath);
  app.use('*', requestLog(deps), ...originGuard(config));
  app.route('/', metaRoutes(deps));
  app.route('/smartcv', smartcvRoutes(deps));
  app.route('/jobs', jobsRoutes(deps));
  app.route('/taxonomy', taxonomyRoutes(deps));
  app.notFound(() => {
    throw notFound('No such route');
  });
  app.onError(errorHandler(deps));

  return {
    app,
    async fetch(request, info) {
      if (info?.clientIp) socketIps.set(request, info.clientIp);
      const waitUntil = info?.waitUntil;
      return app.fetch(request, undefined, waitUntil ? { waitUntil, passThroughOnException() {}, props: {} } : undefined);
    },
    reset() {
      cache.clear();
      deps.jobs.reset();
      jobspace?.clearToken();
      tabiya?.clearToken();
      deps.index?.reset();
    },
    async ready() {
      if (deps.index?.enabled) await deps.index.ready();
    },
  };
}
