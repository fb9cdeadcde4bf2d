/**
 * The one browser client every element renders through: a ky instance per partner endpoint, with timeouts,
 * retries (idempotent calls only, honouring Retry-After), abort signals and the `X-Careerkit: 1` header that
 * the endpoint requires on personal-data and state-changing routes.
 */
import ky, { HTTPError, type KyInstance, type Options } from 'ky';
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
import { type CareerkitError, parseRetryAfter } from './errors.js';
import { answerError, endpointBase, thrownError } from './http.js';
import { pageDefault, setPageDefaults, type PageDefaults } from './defaults.js';

export interface ClientOptions {
  /** Per-request timeout in ms (default 10000). */
  timeout?: number;
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
  matchSkills(labels: string[], options?: CallOptions & { modelId?: string }): Promise<SkillMatchResult>;
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

/** ky's HTTPError carries the answer (its body unread in ky 1); anything else is a failure without one. */
async function toCareerkitError(error: unknown): Promise<CareerkitError> {
  return error instanceof HTTPError ? answerError(error.response) : thrownError(error);
}

export function createClient(endpoint: string, options: ClientOptions = {}): CareerkitClient {
  const base = endpointBase(endpoint).href;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 5;
  const api: KyInstance = ky.create({
    prefixUrl: base,
    timeout: options.timeout ?? 10_000,
    headers: { 'X-Careerkit': '1' },
    credentials: 'omit',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: options.retries ?? 2,
      methods: ['get', 'head', 'options'],
      statusCodes: RETRY_STATUS,
      afterStatusCodes: [429, 503],
      backoffLimit: 4000,
      jitter: true,
      // A long Retry-After means "come back later": hand it to the element's countdown instead of hanging.
      shouldRetry: ({ error }) => {
        if (error instanceof HTTPError && (error.response.status === 429 || error.response.status === 503)) {
          const wait = parseRetryAfter(error.response.headers.get('retry-after'));
          if (wait !== undefined && wait > maxRetryAfter) return false;
        }
        return undefined;
      },
    },
  });

  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw await toCareerkitError(error);
    }
  }

  const get = <T>(path: string, searchParams: Record<string, string> = {}, init: Options = {}) =>
    call(() => api.get(path, { searchParams, ...init }).json<T>());

  return {
    endpoint: base,
    config: (o = {}) => get<PublicConfig>('config', {}, o),
    jobs: (query = {}, o = {}) =>
      get<JobPage>('jobs', params({ page: query.page, pageSize: query.pageSize, country: query.country, type: query.type, category: query.category, q: query.q }), o),
    job: (id, o = {}) => get<Job>(`jobs/${encodeURIComponent(id)}`, {}, o),
    lookups: (o = {}) => get<JobLookups>('jobs/lookups', {}, o),
    // A recruiter's own session (a same-origin cookie) is what `authorizeAdmin` reads: send it on these two only.
    createJob: (input, o = {}) =>
      call(() => api.post('jobs', { json: input, credentials: 'same-origin', retry: 0, signal: o.signal }).json<Job>()),
    updateJob: (id, input, o = {}) =>
      call(() => api.post(`jobs/${encodeURIComponent(id)}`, { json: input, credentials: 'same-origin', retry: 0, signal: o.signal }).json<Job>()),
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
      call(() => api.post('taxonomy/skills/match', { json: { labels, ...(o.modelId ? { modelId: o.modelId } : {}) }, signal: o.signal }).json<SkillMatchResult>()),
    occupations: (q, o = {}) => get<{ items: Occupation[]; nextCursor: string | null }>('taxonomy/occupations', params({ q }), o),
    occupationSkills: (id, o = {}) => get<OccupationSkills>(`taxonomy/occupations/${encodeURIComponent(id)}/skills`, {}, o),
    profile: (handle, o = {}) =>
      // Personal data: never retried (each read may consume the upstream token), never cached.
      call(() => api.post('smartcv/profile', { headers: { Authorization: `Bearer ${handle}` }, retry: 0, cache: 'no-store', signal: o.signal }).json<CandidateProfile>()),
    revoke: (handle, o = {}) =>
      call(async () => {
        await api.post('smartcv/revoke', { headers: { Authorization: `Bearer ${handle}` }, signal: o.signal });
      }),
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
