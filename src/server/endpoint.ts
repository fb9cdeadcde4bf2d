/**
 * The partner endpoint: one Web-standard fetch handler (Hono) in front of SmartCV, The Job Space and the Tabiya
 * taxonomy, holding every secret. Runs unchanged on Node, edge runtimes and in a browser (the sandbox); nothing
 * here imports Node modules.
 *
 * Edge runtimes (Cloudflare Workers, Deno, Bun, Vercel Edge) use the handler directly:
 * ```ts
 * import { createPartnerEndpoint } from 'careerkit/server';
 * const endpoint = createPartnerEndpoint({ allowedOrigins: ['https://careers.example.com'], sealingKey: SEALING_KEY, … });
 * export default { fetch: endpoint.fetch };
 * ```
 */
import { Hono, type Context } from 'hono';
import type {
  CandidateProfile,
  HandleTokenResponse,
  Job,
  JobInput,
  JobLookups,
  JobPage,
  Occupation,
  OccupationPage,
  OccupationSkills,
  PublicConfig,
  ReadinessReport,
  SkillGroupNode,
  SkillGroupPage,
  SkillMatchResult,
  SkillSearchPage,
  TaxonomyModel,
  TaxonomyModelList,
  TaxonomySkill,
  TokenErrorBody,
} from '../types.js';
import { ResponseCache, rateLimitWait } from './cache.js';
import { checkConfig } from './config-check.js';
import type { PartnerEndpointConfig } from './config.js';
import { EndpointError, errorResponse, forbidden, invalidRequest, notFound, rateLimited, unauthorized } from './errors.js';
import { HandleSealer } from './handle.js';
import { MemoryStore } from './store.js';
import { SkillIndexService } from './taxonomy/index-service.js';
import type { Trace } from './upstream/http.js';
import { JobspaceClient } from './upstream/jobspace.js';
import { normalizeProfile, SmartcvClient } from './upstream/smartcv.js';
import { TabiyaClient, type UpstreamPage } from './upstream/tabiya.js';
import {
  jobIdSchema,
  jobInputSchema,
  jobsQuerySchema,
  matchSchema,
  occupationSearchSchema,
  parse,
  skillGroupsSchema,
  skillIdSchema,
  skillSearchSchema,
  taxonomyIdSchema,
  tokenFormSchema,
} from './validation.js';

/** Per-request facts for the log line. */
interface RequestState {
  route: string;
  trace: Trace;
  cache?: 'hit' | 'miss';
  tokenRoute: boolean;
}

export type EndpointEnv = { Variables: { state: RequestState } };

export interface PartnerEndpoint {
  /** The handler. `info.clientIp` lets an adapter pass the socket address (used when no proxy header names one). */
  fetch(request: Request, info?: { clientIp?: string }): Promise<Response>;
  readonly app: Hono<EndpointEnv>;
  /** Forget caches, cached tokens and the skill index (tests, sandbox reset). */
  reset(): Promise<void> | void;
  /** Resolves once the skill index is built (no-op when there is no taxonomy or the index is off). */
  ready(): Promise<void>;
}

/** The custom header every state-changing or personal-data request must carry (forces a CORS preflight). */
export const CSRF_HEADER = 'x-careerkit';
const MAX_BODY_BYTES = 64 * 1024;
const HEX24 = /^[0-9a-f]{24}$/;

export function createPartnerEndpoint(config: PartnerEndpointConfig): PartnerEndpoint {
  const sealingKey = checkConfig(config);
  const basePath = config.basePath ?? '/careerkit';
  const now = config.now ?? Date.now;
  const timeoutMs = config.upstreamTimeoutMs ?? 8000;
  const store = config.store ?? new MemoryStore({ now });
  const allowedOrigins = new Set(config.allowedOrigins);
  const rateLimit = config.rateLimitPerMinute ?? 300;
  const ttl = {
    jobs: config.cacheTtlSeconds?.jobs ?? 30,
    lookups: config.cacheTtlSeconds?.lookups ?? 600,
    taxonomy: config.cacheTtlSeconds?.taxonomy ?? 300,
  };
  const log = config.log === false ? () => undefined : (config.log ?? ((line) => console.log(JSON.stringify(line))));
  const sealer = new HandleSealer(sealingKey, config.handleTtlSeconds ?? 300, now);
  const cache = new ResponseCache(store, (error) => log({ level: 'warn', msg: 'store error', error: errorName(error) }));
  /** Bumped by job writes so list answers cached here stop being served at once. */
  let jobsGeneration = 0;

  const smartcv = config.smartcv
    ? new SmartcvClient({ ...config.smartcv, fetch: config.fetch, timeoutMs, now })
    : undefined;
  const jobspace = config.jobspace
    ? new JobspaceClient({ ...config.jobspace, fetch: config.fetch, timeoutMs, now })
    : undefined;
  const tabiya = config.tabiya
    ? new TabiyaClient({ baseUrl: config.tabiya.baseUrl, auth: config.tabiya.auth, fetch: config.fetch, timeoutMs, now })
    : undefined;

  /** The served model: configured, else the first released one (else the first at all). */
  const modelId = async (trace?: Trace): Promise<string> => {
    if (config.tabiya?.modelId) return config.tabiya.modelId;
    const models = await taxonomyModels(trace);
    const model = models.find((m) => m.released) ?? models[0];
    if (!model) throw new EndpointError(502, 'UPSTREAM_UNAVAILABLE', 'The taxonomy has no model to serve');
    return model.id;
  };
  const taxonomyModels = (trace?: Trace): Promise<TaxonomyModel[]> =>
    cache.value('tx:models', ttl.taxonomy, () => requireTabiya().models(trace));

  const index = tabiya
    ? new SkillIndexService({
        client: tabiya,
        modelId: () => modelId(),
        refreshSeconds: config.tabiya?.indexRefreshSeconds ?? 86_400,
        now,
        enabled: config.tabiya?.searchIndex !== false,
      })
    : undefined;

  const requireSmartcv = () => smartcv ?? thrower(notFound('SmartCV is not configured on this endpoint'));
  const requireJobspace = () => jobspace ?? thrower(notFound('The Job Space is not configured on this endpoint'));
  const requireTabiya = () => tabiya ?? thrower(notFound('The taxonomy is not configured on this endpoint'));

  const app = new Hono<EndpointEnv>().basePath(basePath);

  // ---- cross-cutting: log line, CORS, rate limit, custom header ---------------------------------------------

  app.use('*', async (c, next) => {
    const started = now();
    const state: RequestState = { route: 'unmatched', trace: { upstreamCalls: 0 }, tokenRoute: c.req.path.endsWith('/smartcv/token') };
    c.set('state', state);
    await next();
    applyCors(c);
    // Every answer is JSON (or empty): never let a browser sniff it into something runnable.
    c.res.headers.set('x-content-type-options', 'nosniff');
    const line: Record<string, unknown> = {
      msg: 'request',
      method: c.req.method,
      route: state.route,
      status: c.res.status,
      ms: Math.max(0, now() - started),
      upstream: state.trace.upstreamCalls,
    };
    if (state.cache) line.cache = state.cache;
    const code = c.res.headers.get('x-careerkit-error');
    if (code) line.code = code;
    log(line);
  });

  const applyCors = (c: Context<EndpointEnv>) => {
    const origin = c.req.header('origin');
    c.res.headers.append('vary', 'Origin');
    if (origin && allowedOrigins.has(origin)) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.set('access-control-expose-headers', 'ETag, Retry-After');
    }
  };

  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      c.get('state').route = 'cors';
      throw forbidden('This origin is not allowed to use the endpoint');
    }
    if (c.req.method === 'OPTIONS') {
      c.get('state').route = 'preflight';
      const headers = new Headers({ 'cache-control': 'no-store' });
      if (origin) {
        headers.set('access-control-allow-methods', 'GET, POST, OPTIONS');
        headers.set('access-control-allow-headers', 'Authorization, Content-Type, If-None-Match, X-Careerkit');
        headers.set('access-control-max-age', '600');
      }
      return new Response(null, { status: 204, headers });
    }
    return next();
  });

  const clientIp = (request: Request, socketIp?: string) =>
    config.clientIp?.(request) ??
    request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ??
    socketIp ??
    'unknown';

  app.use('*', async (c, next) => {
    const path = c.req.path.slice(basePath.length);
    if (path === '/healthz') return next();
    // A shared store that is down must not take the endpoint with it: rate limiting fails open, and says so.
    const wait = await rateLimitWait(store, clientIp(c.req.raw, socketIps.get(c.req.raw)), rateLimit, now(), cache.generation).catch(
      (error: unknown) => {
        log({ level: 'warn', msg: 'store error', error: errorName(error) });
        return 0;
      },
    );
    if (wait > 0) {
      c.get('state').route = 'rate-limit';
      throw rateLimited(wait, 'Too many requests from this address');
    }
    const needsHeader = c.req.method !== 'GET' && c.req.method !== 'HEAD' ? true : path.startsWith('/smartcv/');
    if (needsHeader && c.req.header(CSRF_HEADER) !== '1') {
      throw forbidden(`This request needs the header "X-Careerkit: 1"`);
    }
    return next();
  });

  /** Registers a route whose pattern is what the log line names. */
  const route = (method: 'GET' | 'POST', path: string, handler: (c: Context<EndpointEnv>) => Promise<Response> | Response) => {
    const wrapped = (c: Context<EndpointEnv>) => {
      c.get('state').route = path;
      return handler(c);
    };
    if (method === 'GET') app.get(path, wrapped);
    else app.post(path, wrapped);
  };

  // ---- answers ----------------------------------------------------------------------------------------------

  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    });

  /** A safe GET answered from the cache (or one collapsed load), with ETag / If-None-Match → 304. */
  const cachedJson = async (c: Context<EndpointEnv>, key: string, ttlSeconds: number, load: () => Promise<unknown>) => {
    const state = c.get('state');
    const value = await cache.get(key, ttlSeconds, load);
    state.cache = value.hit ? 'hit' : 'miss';
    const headers = { etag: value.etag, 'cache-control': 'no-cache', 'content-type': 'application/json; charset=utf-8' };
    const inm = c.req.header('if-none-match');
    if (inm && inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === value.etag)) {
      return new Response(null, { status: 304, headers: { etag: value.etag, 'cache-control': 'no-cache' } });
    }
    return new Response(value.body, { status: 200, headers });
  };

  const readBody = async (c: Context<EndpointEnv>): Promise<string> => {
    const length = Number(c.req.header('content-length') ?? '0');
    if (length > MAX_BODY_BYTES) throw new EndpointError(413, 'INVALID_REQUEST', 'The request body is too large');
    const text = await c.req.text();
    if (text.length > MAX_BODY_BYTES) throw new EndpointError(413, 'INVALID_REQUEST', 'The request body is too large');
    return text;
  };

  const readJson = async (c: Context<EndpointEnv>): Promise<unknown> => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/i.test(type)) throw new EndpointError(415, 'INVALID_REQUEST', 'Send a JSON body (Content-Type: application/json)');
    const text = await readBody(c);
    try {
      return JSON.parse(text);
    } catch {
      throw invalidRequest('The body is not valid JSON');
    }
  };

  /** The browser origin of a request: Origin, else Referer's origin, else this endpoint's own for same-origin GETs. */
  const callerOrigin = (c: Context<EndpointEnv>): string | undefined => {
    const origin = c.req.header('origin');
    if (origin) return origin;
    const referer = c.req.header('referer');
    if (referer) {
      try {
        return new URL(referer).origin;
      } catch {
        return undefined;
      }
    }
    if (c.req.header('sec-fetch-site') === 'same-origin') return new URL(c.req.url).origin;
    return undefined;
  };

  const bearer = (c: Context<EndpointEnv>): string => {
    const match = /^Bearer +([A-Za-z0-9._~+/=-]{1,8192})$/.exec(c.req.header('authorization') ?? '');
    if (!match?.[1]) throw unauthorized('Send the handle from /smartcv/token as "Authorization: Bearer <handle>"');
    return match[1];
  };

  /** Opens the request's handle and checks it was issued to the calling origin. */
  const openHandle = async (c: Context<EndpointEnv>) => {
    const claims = await sealer.open(bearer(c));
    if (callerOrigin(c) !== claims.origin) throw forbidden('This handle was issued to another origin');
    return claims;
  };

  // ---- meta -------------------------------------------------------------------------------------------------

  route('GET', '/healthz', () => json({ ok: true }));

  route('GET', '/readyz', async (c) => {
    const trace = c.get('state').trace;
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
    index?.current();
    const status = index?.status() ?? { state: 'off' as const, size: 0 };
    const indexPart: ReadinessReport['index'] = { state: status.state, size: status.size };
    if (status.builtAt) indexPart.builtAt = status.builtAt;
    const ready = Object.values(upstreams).every((r) => r === 'ok');
    const report: ReadinessReport = { ready, upstreams, index: indexPart };
    return json(report, ready ? 200 : 503);
  });

  route('GET', '/config', async (c) => {
    let taxonomy: PublicConfig['taxonomy'] = { modelId: config.tabiya?.modelId ?? '', name: '', locale: '' };
    if (tabiya) {
      try {
        const models = await taxonomyModels(c.get('state').trace);
        const id = await modelId();
        const model = models.find((m) => m.id === id);
        taxonomy = { modelId: id, name: model?.name ?? '', locale: model?.locale ?? '' };
      } catch {
        // The widgets can still start; skill features report their own errors when used.
      }
    }
    const body: PublicConfig = {
      smartcv: {
        authorizeUrl: config.smartcv ? `${config.smartcv.baseUrl.replace(/\/+$/, '')}/oauth/authorize` : '',
        clientId: config.smartcv?.clientId ?? '',
        redirectUris: config.smartcv?.redirectUris ?? [],
        scope: 'profile:read',
      },
      taxonomy,
      features: { apply: !!smartcv, jobs: !!jobspace, skills: !!tabiya, jobAdmin: !!config.authorizeAdmin },
    };
    return json(body, 200, { 'cache-control': 'public, max-age=60' });
  });

  // ---- SmartCV ----------------------------------------------------------------------------------------------

  route('POST', '/smartcv/token', async (c) => {
    const client = requireSmartcv();
    const origin = c.req.header('origin');
    if (!origin) throw forbidden('The token request must come from a browser on an allowed origin');
    const type = c.req.header('content-type') ?? '';
    const raw = await readBody(c);
    let fields: Record<string, string>;
    if (/^application\/x-www-form-urlencoded\b/i.test(type)) {
      fields = Object.fromEntries(new URLSearchParams(raw));
    } else if (/^application\/json\b/i.test(type)) {
      try {
        const parsed: unknown = JSON.parse(raw);
        fields = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
      } catch {
        throw invalidRequest('The body is not valid JSON');
      }
    } else {
      throw new EndpointError(415, 'INVALID_REQUEST', 'Send the token request form-encoded');
    }
    const form = parse(tokenFormSchema, fields, 'token request');
    const smartcvConfig = config.smartcv!;
    if (form.client_id !== smartcvConfig.clientId) throw new EndpointError(401, 'INVALID_CLIENT', 'Unknown client_id');
    if (!smartcvConfig.redirectUris.includes(form.redirect_uri)) {
      throw new EndpointError(400, 'INVALID_REDIRECT_URI', 'redirect_uri is not one registered for this partner');
    }
    const token = await client.exchangeCode(
      { code: form.code, codeVerifier: form.code_verifier, redirectUri: form.redirect_uri },
      c.get('state').trace,
    );
    const sealed = await sealer.seal({ token: token.accessToken, origin }, token.expiresIn);
    const body: HandleTokenResponse = {
      access_token: sealed.handle,
      token_type: 'Bearer',
      expires_in: sealed.expiresIn,
      scope: 'profile:read',
    };
    return json(body, 200, { pragma: 'no-cache' });
  });

  route('GET', '/smartcv/profile', async (c) => {
    const client = requireSmartcv();
    const claims = await openHandle(c);
    const trace = c.get('state').trace;
    const raw = await client.profile(claims.token, trace);
    if (!config.smartcv?.keepSmartcvToken) {
      // Best effort: the profile is already read; a failed revoke must not lose it.
      await client.revoke(claims.token, trace).catch((error: unknown) => {
        log({ level: 'warn', msg: 'smartcv revoke failed', code: error instanceof EndpointError ? error.code : errorName(error) });
      });
    }
    const profile: CandidateProfile = normalizeProfile(raw);
    return json(profile);
  });

  route('POST', '/smartcv/revoke', async (c) => {
    const client = requireSmartcv();
    const claims = await openHandle(c);
    try {
      await client.revoke(claims.token, c.get('state').trace);
    } catch (error) {
      // Already revoked or expired upstream: the goal is reached (RFC 7009 §2.2).
      if (!(error instanceof EndpointError && (error.code === 'UNAUTHORIZED' || error.code === 'TOKEN_EXPIRED'))) throw error;
    }
    return json({ revoked: true });
  });

  // ---- The Job Space ----------------------------------------------------------------------------------------

  /** Every job, paged through upstream once per TTL: what filtered lists are cut from (the upstream cannot filter). */
  const allJobs = (trace: Trace): Promise<ScannedJob[]> =>
    cache.value(`jobs:${jobsGeneration}:all`, ttl.jobs, async () => {
      const client = requireJobspace();
      const first = await client.listJobs(1, 100, trace);
      const rest = await Promise.all(
        Array.from({ length: Math.min(first.totalPages, 200) - 1 }, (_, i) => client.listJobs(i + 2, 100, trace)),
      );
      const seen = new Set<string>();
      const scanned: ScannedJob[] = [];
      for (const page of [first, ...rest]) {
        page.items.forEach((job, i) => {
          if (seen.has(job.id)) return;
          seen.add(job.id);
          const parent = page.categoryParents[i];
          scanned.push(parent ? { job, categoryParent: parent } : { job });
        });
      }
      return scanned;
    });

  route('GET', '/jobs', async (c) => {
    const client = requireJobspace();
    const query = parse(jobsQuerySchema, c.req.query(), 'job query');
    const trace = c.get('state').trace;
    const filters = { country: query.country, type: query.type, category: query.category, q: query.q };
    const filtered = Object.values(filters).some((f) => f !== undefined);
    const key = `jobs:${jobsGeneration}:${query.page}:${query.pageSize}:${JSON.stringify(filters)}`;
    return cachedJson(c, key, ttl.jobs, async (): Promise<JobPage> => {
      if (!filtered || config.jobspace?.upstreamFilters) {
        const page = await client.listJobs(query.page, query.pageSize, trace, filters);
        return { items: page.items, page: query.page, pageSize: query.pageSize, total: page.total };
      }
      const matching = (await allJobs(trace)).filter(jobFilter(filters)).map((s) => s.job);
      const start = (query.page - 1) * query.pageSize;
      return { items: matching.slice(start, start + query.pageSize), page: query.page, pageSize: query.pageSize, total: matching.length };
    });
  });

  route('GET', '/jobs/lookups', (c) =>
    cachedJson(c, 'jobs:lookups', ttl.lookups, (): Promise<JobLookups> => requireJobspace().lookups(c.get('state').trace)),
  );

  route('GET', '/jobs/:id', (c) => {
    requireJobspace();
    const id = parse(jobIdSchema, c.req.param('id'), 'job id');
    return cachedJson(c, `job:${jobsGeneration}:${id}`, ttl.jobs, () => requireJobspace().getJob(id, c.get('state').trace));
  });

  const requireAdmin = async (c: Context<EndpointEnv>) => {
    const allowed = config.authorizeAdmin ? await config.authorizeAdmin(c.req.raw) : false;
    if (allowed !== true) throw forbidden('Creating or updating jobs is not allowed for this request');
  };

  route('POST', '/jobs', async (c) => {
    const client = requireJobspace();
    await requireAdmin(c);
    const input: JobInput = parse(jobInputSchema, await readJson(c), 'job');
    const job = await client.createJob(input, c.get('state').trace);
    jobsGeneration += 1;
    return json(job, 201);
  });

  route('POST', '/jobs/:id', async (c) => {
    const client = requireJobspace();
    await requireAdmin(c);
    const id = parse(jobIdSchema, c.req.param('id'), 'job id');
    const input: JobInput = parse(jobInputSchema, await readJson(c), 'job');
    const job = await client.updateJob(id, input, c.get('state').trace);
    jobsGeneration += 1;
    return json(job);
  });

  // ---- Taxonomy ---------------------------------------------------------------------------------------------

  route('GET', '/taxonomy/models', async (c) => {
    requireTabiya();
    return cachedJson(c, 'tx:models:list', ttl.taxonomy, async (): Promise<TaxonomyModelList> => ({
      items: await taxonomyModels(c.get('state').trace),
    }));
  });

  /** A widget may name the model it expects (`model-id`); this endpoint serves exactly one. */
  const assertServedModel = async (requested: string | undefined, trace: Trace) => {
    if (requested === undefined) return;
    const served = await modelId(trace);
    if (requested !== served) {
      throw invalidRequest(`This endpoint serves taxonomy model ${served}, not ${requested}`, { modelId: 'is not the model this endpoint serves' });
    }
  };

  route('GET', '/taxonomy/skills', async (c) => {
    const client = requireTabiya();
    const query = parse(skillSearchSchema, c.req.query(), 'skill search');
    const cursor = decodeCursor(query.cursor);
    const trace = c.get('state').trace;
    await assertServedModel(query.modelId, trace);
    const ready = index?.enabled ? index.current() : undefined;
    if (query.q && ready && cursor?.s !== 'u') {
      const offset = cursor?.s === 'i' ? cursor.o : 0;
      const found = ready.search(query.q, { limit: query.limit, offset });
      const next = offset + found.items.length;
      const body: SkillSearchPage = {
        items: found.items,
        nextCursor: found.items.length > 0 && next < found.total ? encodeCursor({ s: 'i', o: next }) : null,
        source: 'index',
      };
      return json(body, 200, { 'cache-control': 'no-cache' });
    }
    if (cursor?.s === 'i') throw invalidRequest('This cursor has expired; search again');
    const model = await modelId(trace);
    const key = `tx:skills:${model}:${query.limit}:${query.q ?? ''}:${cursor?.s === 'u' ? cursor.c : ''}`;
    const load = async (): Promise<SkillSearchPage> => {
      const page = await client.skills(model, { limit: query.limit, cursor: cursor?.s === 'u' ? cursor.c : undefined, query: query.q }, trace);
      return {
        items: query.q ? keepMatching(page.items, query.q) : page.items,
        nextCursor: page.nextCursor ? encodeCursor({ s: 'u', c: page.nextCursor }) : null,
        source: 'upstream',
      };
    };
    // A text search the index will answer once built: the fallback answer is served but never stored, so the
    // same query is not answered from it (rather than from the index) for the cache's lifetime.
    if (query.q && index?.enabled) return json(await load(), 200, { 'cache-control': 'no-store' });
    return cachedJson(c, key, ttl.taxonomy, load);
  });

  route('POST', '/taxonomy/skills/match', async (c) => {
    const client = requireTabiya();
    const body = parse(matchSchema, await readJson(c), 'match request');
    await assertServedModel(body.modelId, c.get('state').trace);
    const perLabel = body.perLabel ?? 3;
    if (index?.enabled) {
      const ready = await withTimeout(index.ready(), Math.max(timeoutMs, 30_000));
      const prefer = await index.preferredFor({ occupation: body.occupation, jobTitle: body.jobTitle }, c.get('state').trace);
      const result: SkillMatchResult = ready.match(body.labels, { perLabel, prefer });
      return json(result);
    }
    // Without the index: the upstream search per label, scored by label word overlap.
    const trace = c.get('state').trace;
    const model = await modelId(trace);
    const results: SkillMatchResult['results'] = [];
    for (const label of body.labels) {
      const page = await client.skills(model, { limit: 20, query: label }, trace);
      const matches = page.items
        .map((skill) => ({ skill, score: overlapScore(label, skill) }))
        .filter((m) => m.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, perLabel);
      results.push({ label, matches });
    }
    return json({ results } satisfies SkillMatchResult);
  });

  route('GET', '/taxonomy/skills/:id', async (c) => {
    const client = requireTabiya();
    const id = parse(skillIdSchema, c.req.param('id'), 'skill id');
    const trace = c.get('state').trace;
    const fromIndex = index?.enabled ? index.current()?.get(id) : undefined;
    if (fromIndex) return json(fromIndex, 200, { 'cache-control': 'no-cache' });
    if (!HEX24.test(id)) {
      // The upstream takes no UUIDs in paths: only the index can resolve one.
      if (!index?.enabled) throw invalidRequest('Look skills up by their 24-character id');
      const ready = await withTimeout(index.ready(), Math.max(timeoutMs, 30_000));
      const skill = ready.get(id);
      if (!skill) throw notFound('No such skill');
      return json(skill, 200, { 'cache-control': 'no-cache' });
    }
    const model = await modelId(trace);
    return cachedJson(c, `tx:skill:${model}:${id}`, ttl.taxonomy, () => client.skill(model, id, trace));
  });

  route('GET', '/taxonomy/skill-groups', async (c) => {
    const client = requireTabiya();
    const query = parse(skillGroupsSchema, c.req.query(), 'skill group query');
    await assertServedModel(query.modelId, c.get('state').trace);
    const cursor = decodeCursor(query.cursor);
    if (cursor && cursor.s !== 'u') throw invalidRequest('This cursor does not belong to this list');
    const trace = c.get('state').trace;
    const model = await modelId(trace);
    index?.current();
    const key = `tx:groups:${model}:${query.parent ?? 'root'}:${cursor?.c ?? ''}`;
    const cached = await cache.get(key, ttl.taxonomy, () =>
      query.parent ? client.skillGroupChildren(model, query.parent, cursor?.c, trace) : client.rootSkillGroups(model, cursor?.c, trace),
    );
    c.get('state').cache = cached.hit ? 'hit' : 'miss';
    const answer = JSON.parse(cached.body) as UpstreamPage<SkillGroupNode | TaxonomySkill>;
    // Skills in the children shape lack type and reuse level: fill them in from the index when it has them.
    const ready = index?.enabled ? index.current() : undefined;
    const body: SkillGroupPage = {
      items: answer.items.map((item) =>
        'kind' in item && item.kind === 'group'
          ? item
          : { kind: 'skill' as const, skill: ready?.get((item as TaxonomySkill).id) ?? (item as TaxonomySkill) },
      ),
      nextCursor: answer.nextCursor ? encodeCursor({ s: 'u', c: answer.nextCursor }) : null,
    };
    return json(body, 200, { 'cache-control': 'no-cache' });
  });

  route('GET', '/taxonomy/occupations', async (c) => {
    const client = requireTabiya();
    const query = parse(occupationSearchSchema, c.req.query(), 'occupation search');
    const cursor = decodeCursor(query.cursor);
    if (cursor && cursor.s !== 'u') throw invalidRequest('This cursor does not belong to this list');
    const trace = c.get('state').trace;
    const model = await modelId(trace);
    const key = `tx:occupations:${model}:${query.limit}:${query.q ?? ''}:${cursor?.c ?? ''}`;
    return cachedJson(c, key, ttl.taxonomy, async (): Promise<OccupationPage> => {
      const page = await client.occupations(model, { limit: query.limit, cursor: cursor?.c, query: query.q }, trace);
      return {
        items: query.q ? keepMatching(page.items, query.q) : page.items,
        nextCursor: page.nextCursor ? encodeCursor({ s: 'u', c: page.nextCursor }) : null,
      };
    });
  });

  route('GET', '/taxonomy/occupations/:id/skills', async (c) => {
    const client = requireTabiya();
    const id = parse(taxonomyIdSchema, c.req.param('id'), 'occupation id');
    const trace = c.get('state').trace;
    const model = await modelId(trace);
    return cachedJson(c, `tx:occupation-skills:${model}:${id}`, ttl.taxonomy, async (): Promise<OccupationSkills> => {
      const occupation: Occupation = await client.occupation(model, id, trace);
      const essential: TaxonomySkill[] = [];
      const optional: TaxonomySkill[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 20; pages += 1) {
        const page = await client.occupationSkills(model, id, cursor, trace);
        for (const link of page.items) {
          const essentialLink = link.relationType === 'essential' || (!link.relationType && link.signallingValueLabel === 'high');
          (essentialLink ? essential : optional).push(link.skill);
        }
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return { occupation, essential, optional };
    });
  });

  // ---- errors -----------------------------------------------------------------------------------------------

  app.notFound((c) => {
    const state = c.get('state');
    if (state && state.route === 'unmatched') state.route = 'not-found';
    return renderError(c, notFound('No such route'));
  });

  app.onError((error, c) => {
    if (error instanceof EndpointError) return renderError(c, error);
    // A genuine bug: log its name and message (never request data) and answer a plain 500.
    log({ level: 'error', msg: 'unhandled error', route: c.get('state')?.route, error: errorName(error), detail: String(error.message).slice(0, 200) });
    return renderError(c, new EndpointError(500, 'INTERNAL', 'Something went wrong on the partner endpoint'));
  });

  const renderError = (c: Context<EndpointEnv>, error: EndpointError): Response => {
    const headers: Record<string, string> = { 'x-careerkit-error': error.code };
    if (c.get('state')?.tokenRoute) {
      const body: TokenErrorBody = { error: oauthError(error), error_description: error.message, code: error.code };
      if (error.retryAfter !== undefined) body.retryAfter = error.retryAfter;
      const response = json(body, error.status, { ...headers, pragma: 'no-cache' });
      if (error.retryAfter !== undefined) response.headers.set('retry-after', String(error.retryAfter));
      return response;
    }
    return errorResponse(error, headers);
  };

  const socketIps = new WeakMap<Request, string>();

  return {
    app,
    async fetch(request, info) {
      if (info?.clientIp) socketIps.set(request, info.clientIp);
      return app.fetch(request);
    },
    reset() {
      cache.clear();
      jobsGeneration += 1;
      jobspace?.clearToken();
      tabiya?.clearToken();
      index?.reset();
    },
    async ready() {
      if (index?.enabled) await index.ready();
    },
  };
}

// ---- helpers ------------------------------------------------------------------------------------------------

const thrower = (error: EndpointError): never => {
  throw error;
};

const errorName = (error: unknown): string => (error instanceof Error ? error.name : typeof error);

function oauthError(error: EndpointError): TokenErrorBody['error'] {
  switch (error.code) {
    case 'INVALID_CLIENT':
      return 'invalid_client';
    case 'INVALID_CODE':
    case 'INVALID_REDIRECT_URI':
    case 'TOKEN_EXPIRED':
      return 'invalid_grant';
    case 'ACCESS_DENIED':
      return 'access_denied';
    case 'FORBIDDEN':
      return 'unauthorized_client';
    case 'INVALID_REQUEST':
    case 'NOT_FOUND':
      return 'invalid_request';
    case 'INTERNAL':
      return 'server_error';
    default:
      return 'temporarily_unavailable';
  }
}

type Cursor = { s: 'i'; o: number } | { s: 'u'; c: string };

/** Our cursors are opaque: base64url JSON saying whether the index (offset) or the upstream (its cursor) answered. */
function encodeCursor(cursor: Cursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cursor));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined) return undefined;
  try {
    const binary = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0))));
    if (typeof value === 'object' && value !== null) {
      const v = value as Record<string, unknown>;
      if (v.s === 'i' && typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 && v.o <= 10_000) return { s: 'i', o: v.o };
      if (v.s === 'u' && typeof v.c === 'string' && v.c.length > 0 && v.c.length <= 1720) return { s: 'u', c: v.c };
    }
  } catch {
    // fall through
  }
  throw invalidRequest('The cursor is not one this endpoint issued', { cursor: 'must be a cursor from a previous answer' });
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Older Tabiya deployments ignore `query` and answer the first unfiltered page (contract §7): keep only items
 * whose labels contain a query word, which also holds for real search answers.
 */
function keepMatching<T extends { preferredLabel: string; altLabels: string[] }>(items: T[], q: string): T[] {
  const words = fold(q).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const labels = fold([item.preferredLabel, ...item.altLabels].join('\n'));
    return words.some((w) => labels.includes(w));
  });
}

/** Share of label words found in the skill's best label, 0..1 (used only when the index is off). */
function overlapScore(label: string, skill: TaxonomySkill): number {
  const words = (s: string) => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
  const wanted = words(label);
  if (wanted.size === 0) return 0;
  let best = 0;
  for (const candidate of [skill.preferredLabel, ...skill.altLabels]) {
    const have = words(candidate);
    let shared = 0;
    for (const w of wanted) if (have.has(w)) shared += 1;
    best = Math.max(best, shared / Math.max(wanted.size, have.size));
  }
  return Math.round(best * 1000) / 1000;
}

interface ScannedJob {
  job: Job;
  categoryParent?: string;
}

/** The filters the endpoint applies itself: country id or ISO code, type id, category id (a parent matches its children), words. */
function jobFilter(query: { country?: string; type?: string; category?: string; q?: string }) {
  const eq = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();
  const words = query.q ? fold(query.q).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
  return ({ job, categoryParent }: ScannedJob): boolean => {
    if (query.country && !(eq(job.location?.country?.id, query.country) || eq(job.location?.country?.code, query.country))) return false;
    if (query.type && !eq(job.type?.id, query.type)) return false;
    if (query.category && !(eq(job.category?.id, query.category) || eq(categoryParent, query.category))) return false;
    if (words.length) {
      const haystack = fold([job.title, job.summary, job.reference, job.organisation?.name].filter(Boolean).join('\n'));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new EndpointError(504, 'UPSTREAM_TIMEOUT', 'The skill index is still being built; try again shortly')),
      ms,
    );
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
