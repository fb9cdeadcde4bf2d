/**
 * The one browser client every element renders through: one instance per partner endpoint, with timeouts,
 * retries (idempotent calls only, honouring Retry-After), abort signals and the `X-Careerkit: 1` header that
 * the endpoint requires on personal-data and state-changing routes.
 *
 * Written on `fetch` directly rather than ky: the few ky features used here (prefix URL, timeout, GET retries with
 * backoff and Retry-After) take ~1 kB, while ky cost every element ~6 kB gzip before its first answer.
 */
import type {
  CandidateProfile,
  Job,
  JobInput,
  JobLookups,
  JobPage,
  JobQuery,
  Occupation,
  OccupationSkills,
  PublicConfig,
  SkillGroupPage,
  SkillMatchResult,
  SkillSearchPage,
  TaxonomyModel,
  TaxonomySkill,
} from '../types.js';
import { parseRetryAfter } from './errors.js';
import { answerError, endpointBase, thrownError } from './http.js';
import { pageDefault, setPageDefaults, type PageDefaults } from './defaults.js';

export interface ClientOptions {
  /** Per-request timeout in ms (default 10000). */
  timeout?: number;
  /** Longest time one call may take in all, retries and their waits included (default 15000 ms). */
  totalTimeout?: number;
  /** Retries for idempotent calls (default 2). */
  retries?: number;
  /** Longest Retry-After (seconds) worth waiting for inside one call; longer → the caller gets RATE_LIMITED. */
  maxRetryAfterSeconds?: number;
  /** Custom fetch (Storybook wires the in-browser sandbox stack here). */
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface CareerkitClient {
  readonly endpoint: string;
  config(options?: CallOptions): Promise<PublicConfig>;
  jobs(query?: JobQuery, options?: CallOptions): Promise<JobPage>;
  job(id: string, options?: CallOptions): Promise<Job>;
  lookups(options?: CallOptions): Promise<JobLookups>;
  /** Posts a job (admin: the endpoint's `authorizeAdmin` decides). Sends same-origin cookies, never retried. */
  createJob(input: JobInput, options?: CallOptions): Promise<Job>;
  /** Replaces a job's fields (admin, full replacement like the upstream's update). */
  updateJob(id: string, input: JobInput, options?: CallOptions): Promise<Job>;
  models(options?: CallOptions): Promise<TaxonomyModel[]>;
  searchSkills(query: { q: string; limit?: number; cursor?: string | null; modelId?: string }, options?: CallOptions): Promise<SkillSearchPage>;
  skill(id: string, options?: CallOptions): Promise<TaxonomySkill>;
  skillGroups(query?: { parent?: string; cursor?: string | null; modelId?: string }, options?: CallOptions): Promise<SkillGroupPage>;
  /**
   * Best skills for free-text labels. `occupation` (a 24-hex occupation id) or `jobTitle` (an occupation's exact
   * label) names the job: among equal matches, that occupation's essential skills come first.
   */
  matchSkills(labels: string[], options?: CallOptions & { modelId?: string; occupation?: string; jobTitle?: string }): Promise<SkillMatchResult>;
  occupations(q: string, options?: CallOptions): Promise<{ items: Occupation[]; nextCursor: string | null }>;
  occupationSkills(id: string, options?: CallOptions): Promise<OccupationSkills>;
  /** Reads the candidate's profile with a sealed handle from `/smartcv/token`. */
  profile(handle: string, options?: CallOptions): Promise<CandidateProfile>;
  revoke(handle: string, options?: CallOptions): Promise<void>;
}

const RETRY_STATUS = [408, 429, 500, 502, 503, 504];

/** Drops undefined, null and empty values so URLs stay canonical (which keeps caches and ETags useful). */
function params(values: Record<string, string | number | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
}

interface SendInit {
  method?: 'GET' | 'POST';
  searchParams?: Record<string, string>;
  json?: unknown;
  headers?: Record<string, string>;
  credentials?: RequestCredentials;
  cache?: RequestCache;
  signal?: AbortSignal;
  /** Retries for this call; only GETs are retried (default: the client's). */
  retry?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });

export function createClient(endpoint: string, options: ClientOptions = {}): CareerkitClient {
  const base = endpointBase(endpoint).href;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 5;
  const timeoutMs = options.timeout ?? 10_000;
  const retries = options.retries ?? 2;
  const totalMs = options.totalTimeout ?? 15_000;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  /** One call: per-attempt timeout, GET retries (backoff with jitter, or Retry-After up to `maxRetryAfter`). */
  async function send(path: string, init: SendInit = {}): Promise<Response> {
    const url = new URL(path, base);
    for (const [key, value] of Object.entries(init.searchParams ?? {})) url.searchParams.set(key, value);
    const method = init.method ?? 'GET';
    const limit = method === 'GET' ? (init.retry ?? retries) : 0;
    const headers: Record<string, string> = { Accept: 'application/json', 'X-Careerkit': '1', ...init.headers };
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    const deadline = Date.now() + totalMs;
    for (let attempt = 0; ; attempt += 1) {
      init.signal?.throwIfAborted();
      const controller = new AbortController();
      const attemptMs = Math.max(0, Math.min(timeoutMs, deadline - Date.now()));
      const timer = setTimeout(() => controller.abort(new DOMException('The request took too long', 'TimeoutError')), attemptMs);
      const cancel = () => controller.abort(init.signal!.reason);
      init.signal?.addEventListener('abort', cancel, { once: true });
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await doFetch(url, {
          method,
          headers,
          body: init.json === undefined ? undefined : JSON.stringify(init.json),
          credentials: init.credentials ?? 'omit',
          cache: init.cache,
          signal: controller.signal,
        });
      } catch (error) {
        // WebKit rejects with a plain AbortError, not the abort reason: the reason says timeout or cancel.
        failure = controller.signal.aborted ? controller.signal.reason : error;
      } finally {
        clearTimeout(timer);
        init.signal?.removeEventListener('abort', cancel);
      }
      if (response?.ok) return response;
      // Retry only unanswered GETs (the network failed, not our timeout or the caller's abort) and passing statuses.
      const retryable =
        attempt < limit && (response ? RETRY_STATUS.includes(response.status) : failure instanceof TypeError);
      if (!retryable) throw response ? await answerError(response) : thrownError(failure);
      let wait = Math.min(4000, 300 * 2 ** attempt) * Math.random();
      if (response && (response.status === 429 || response.status === 503)) {
        const seconds = parseRetryAfter(response.headers.get('retry-after'));
        // A long Retry-After means "come back later": hand it to the element's countdown instead of hanging.
        if (seconds !== undefined && seconds > maxRetryAfter) throw await answerError(response);
        if (seconds !== undefined) wait = seconds * 1000;
      }
      // No retry that would end past the call's total budget: the element says so now rather than later.
      if (Date.now() + wait >= deadline) throw response ? await answerError(response) : thrownError(failure);
      await response?.body?.cancel().catch(() => undefined);
      await sleep(wait, init.signal).catch((reason) => {
        throw thrownError(reason);
      });
    }
  }

  async function call<T>(run: () => Promise<Response>): Promise<T> {
    let response: Response;
    try {
      response = await run();
    } catch (error) {
      throw thrownError(error);
    }
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw thrownError(error);
    }
  }

  const get = <T>(path: string, searchParams: Record<string, string> = {}, init: CallOptions = {}) =>
    call<T>(() => send(path, { searchParams, signal: init.signal }));

  return {
    endpoint: base,
    config: (o = {}) => get<PublicConfig>('config', {}, o),
    jobs: (query = {}, o = {}) =>
      get<JobPage>('jobs', params({ page: query.page, pageSize: query.pageSize, country: query.country, type: query.type, category: query.category, q: query.q }), o),
    job: (id, o = {}) => get<Job>(`jobs/${encodeURIComponent(id)}`, {}, o),
    lookups: (o = {}) => get<JobLookups>('jobs/lookups', {}, o),
    // A recruiter's own session (a same-origin cookie) is what `authorizeAdmin` reads: send it on these two only.
    createJob: (input, o = {}) =>
      call<Job>(() => send('jobs', { method: 'POST', json: input, credentials: 'same-origin', signal: o.signal })),
    updateJob: (id, input, o = {}) =>
      call<Job>(() => send(`jobs/${encodeURIComponent(id)}`, { method: 'POST', json: input, credentials: 'same-origin', signal: o.signal })),
    models: async (o = {}) => {
      const body = await get<{ items: TaxonomyModel[] } | TaxonomyModel[]>('taxonomy/models', {}, o);
      return Array.isArray(body) ? body : body.items;
    },
    searchSkills: (query, o = {}) =>
      get<SkillSearchPage>('taxonomy/skills', params({ q: query.q, limit: query.limit, cursor: query.cursor, modelId: query.modelId }), o),
    skill: (id, o = {}) => get<TaxonomySkill>(`taxonomy/skills/${encodeURIComponent(id)}`, {}, o),
    skillGroups: (query = {}, o = {}) =>
      get<SkillGroupPage>('taxonomy/skill-groups', params({ parent: query.parent, cursor: query.cursor, modelId: query.modelId }), o),
    matchSkills: (labels, o = {}) =>
      call<SkillMatchResult>(() =>
        send('taxonomy/skills/match', {
          method: 'POST',
          json: { labels, modelId: o.modelId || undefined, occupation: o.occupation || undefined, jobTitle: o.jobTitle || undefined },
          signal: o.signal,
        }),
      ),
    occupations: (q, o = {}) => get<{ items: Occupation[]; nextCursor: string | null }>('taxonomy/occupations', params({ q }), o),
    occupationSkills: (id, o = {}) => get<OccupationSkills>(`taxonomy/occupations/${encodeURIComponent(id)}/skills`, {}, o),
    profile: (handle, o = {}) =>
      // Personal data: never retried (each read may consume the upstream token), never cached.
      call<CandidateProfile>(() => send('smartcv/profile', { method: 'POST', headers: { Authorization: `Bearer ${handle}` }, cache: 'no-store', signal: o.signal })),
    revoke: (handle, o = {}) =>
      send('smartcv/revoke', { method: 'POST', headers: { Authorization: `Bearer ${handle}` }, signal: o.signal }).then(
        (response) => void response.body?.cancel().catch(() => undefined),
        (error) => Promise.reject(thrownError(error)),
      ),
  };
}

const clients = new Map<string, CareerkitClient>();

/** Sets the page-wide endpoint (and locale) once, for elements without their own `endpoint` attribute. */
export function configure(defaults: PageDefaults): void {
  setPageDefaults(defaults);
  if (defaults.fetch) clients.clear();
}

export { pageDefault };

/** The shared client for an endpoint: one instance per endpoint URL on the page. */
export function getClient(endpoint: string): CareerkitClient {
  let client = clients.get(endpoint);
  if (!client) {
    const { fetch: customFetch } = pageDefault();
    client = createClient(endpoint, customFetch ? { fetch: customFetch } : {});
    clients.set(endpoint, client);
  }
  return client;
}

export { asCareerkitError, CareerkitError } from './errors.js';
