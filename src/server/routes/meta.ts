/** `/healthz`, `/readyz` and `/config`: what operators and the widgets ask before anything else. */
import { Hono } from 'hono';
import type { PublicConfig, ReadinessReport } from '../../types.js';
import { json, keepAlive, type EndpointDeps, type EndpointEnv } from '../context.js';
import { EndpointError } from '../errors.js';
import { errorHandler, guard } from '../middleware.js';
import type { Trace } from '../upstream/http.js';

/** `/readyz` answers from a report at most this old, so a probe storm cannot become an upstream storm. */
const READY_CACHE_MS = 5000;

export function metaRoutes(deps: EndpointDeps): Hono<EndpointEnv> {
  const { config, smartcv, jobspace, tabiya, index, store, budget } = deps;
  const app = new Hono<EndpointEnv>();
  app.onError(errorHandler(deps));
  const limited = guard(deps, { header: 'non-get' });

  app.get('/healthz', () => json({ ok: true }));

  /** Upstream checks, shared for READY_CACHE_MS (reset() forgets them); the rest of the report is local and fresh. */
  let lastCheck: { at: number; generation: number; upstreams: Promise<ReadinessReport['upstreams']> } | undefined;
  const checkUpstreams = async (trace: Trace): Promise<ReadinessReport['upstreams']> => {
    const check = async (run: () => Promise<unknown>) => {
      try {
        await run();
        return 'ok';
      } catch (error) {
        return error instanceof EndpointError ? error.code : 'UPSTREAM_UNAVAILABLE';
      }
    };
    const upstreams: ReadinessReport['upstreams'] = {};
    await Promise.all([
      smartcv && check(() => smartcv.ping(trace)).then((r) => (upstreams.smartcv = r)),
      jobspace && check(() => jobspace.ping()).then((r) => (upstreams.jobspace = r)),
      tabiya && check(() => tabiya.info(trace)).then((r) => (upstreams.tabiya = r)),
    ]);
    return upstreams;
  };

  app.get('/readyz', limited, async (c) => {
    const now = config.now();
    if (!lastCheck || now - lastCheck.at >= READY_CACHE_MS || lastCheck.generation !== deps.cache.generation) {
      lastCheck = { at: now, generation: deps.cache.generation, upstreams: checkUpstreams(c.get('state').trace) };
    }
    const upstreams = await lastCheck.upstreams;
    index?.current(keepAlive(c));
    const status = index?.status() ?? { state: 'off' as const, size: 0 };
    const indexPart: ReadinessReport['index'] = { state: status.state, size: status.size };
    if (status.builtAt) indexPart.builtAt = status.builtAt;
    const ready = Object.values(upstreams).every((r) => r === 'ok');
    const report: ReadinessReport = { ready, upstreams, index: indexPart };
    report.store = { kind: store.kind, ok: await store.ping().then(() => true, () => false) };
    if (smartcv) report.smartcvBudget = await budget.report().catch(() => ({ remaining: 0, failedExchangesLeft: 0 }));
    return json(report, ready ? 200 : 503);
  });

  app.get('/config', limited, async (c) => {
    const given = config.given;
    let taxonomy: PublicConfig['taxonomy'] = { modelId: given.tabiya?.modelId ?? '', name: '', locale: '' };
    if (tabiya) {
      try {
        const models = await deps.taxonomyModels(c.get('state').trace);
        const id = await deps.modelId();
        const model = models.find((m) => m.id === id);
        taxonomy = { modelId: id, name: model?.name ?? '', locale: model?.locale ?? '' };
      } catch {
        // The widgets can still start; skill features report their own errors when used.
      }
    }
    const body: PublicConfig = {
      smartcv: {
        authorizeUrl: given.smartcv ? `${given.smartcv.baseUrl.replace(/\/+$/, '')}/oauth/authorize` : '',
        clientId: given.smartcv?.clientId ?? '',
        redirectUris: given.smartcv?.redirectUris ?? [],
        scope: 'profile:read',
      },
      taxonomy,
      features: { apply: !!smartcv, jobs: !!jobspace, skills: !!tabiya, jobAdmin: !!given.authorizeAdmin },
    };
    return json(body, 200, { 'cache-control': 'public, max-age=60' });
  });

  return app;
}
