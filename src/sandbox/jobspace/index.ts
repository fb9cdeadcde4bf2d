/**
 * In-memory simulator of The Job Space API as the seed documents it (the OLD, May 2017 generation:
 * client_credentials token, `GET/POST /api/job`, `POST /api/job/{id}/update`, three lookup routes).
 * Shapes and quirks follow docs/contracts/jobspace.md §6; see ./shapes.ts.
 *
 * Sandbox additions, which the real upstream does not document:
 * - `GET /api/job` also takes `filter[country]` (ISO-2 or country id), `filter[type]` (handle or id),
 *   `filter[category]` (id or handle; a parent matches its children) and `q` (words in title, summary or
 *   organisation name, accent- and case-insensitive). Filters take comma-separated lists. Without them the
 *   documented behaviour is unchanged. `meta.aggregations` (from the NEW docs) counts the filtered jobs.
 * - `organisation` (NEW docs' include) is served on every job so lists can name the employer.
 * - `page[size]` is capped at 100.
 * - Browser-facing pages, exempt from Accept/Bearer and not counted in `stats()`: logos at
 *   `/media/logo/{handle}.svg` (jobs' `media` paths; the upstream serves absolute CDN URLs) and a small HTML
 *   page at `/api/job/{id}/apply`, where `links.apply` points (undocumented upstream, so not a dead end here).
 */
import { Hono, type Context } from 'hono';
import { faultMiddleware, FaultSwitch, seededRandom } from '../faults.js';
import type { Simulator, SimulatorOptions } from '../simulator.js';
import {
  CATEGORY_BY_ID,
  COUNTRY_BY_ID,
  ORGANISATION_BY_ID,
  TYPE_BY_ID,
  logoPath,
  renderJob,
  type JobRecord,
} from './records.js';
import { CATEGORIES, COUNTRIES, COUNTRY_PROFILES, JOB_TYPES, ORGANISATIONS, logoSvg } from './reference-data.js';
import { seedJobs } from './seed.js';
import {
  dateObject,
  errorBody,
  escapeHtml,
  statusText,
  type Aggregations,
  type JobspaceJob,
  type JobspaceJobList,
} from './shapes.js';
import { validateJobForm, type FormInput, type JobForm } from './validation.js';

export { HOSTILE_JOB_IDS, LAYOUT_JOB_IDS, FIRST_JOB_ID } from './seed.js';
export type { JobspaceJob, JobspaceJobList, JobspaceErrorBody, DateObject } from './shapes.js';

export interface JobspaceSandboxOptions extends SimulatorOptions {
  clientId: string;
  clientSecret: string;
  /** Number of seeded jobs (default 320). */
  jobCount?: number;
}

export interface JobspaceStats {
  /** Every request received, token calls and failed ones included. */
  requests: number;
  tokenRequests: number;
  /** Requests per path, e.g. `{"/api/job": 3, "/api/job/1001": 1}`. */
  byPath: Record<string, number>;
}

export interface JobspaceSimulator extends Simulator {
  /** Counters of received requests since creation or the last reset. */
  stats(): JobspaceStats;
}

export const JOBSPACE_MEDIA_TYPE = 'application/vnd.jb.v1+json';
export const TOKEN_LIFETIME_SECONDS = 86400;
const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;

/** Lookup rows carry timestamps; the upstream created them long ago. */
const LOOKUP_CREATED = Date.UTC(2016, 9, 30, 21, 25, 27);

const APPLY_PAGE = /^\/api\/job\/\d+\/apply$/;
/** Pages a browser opens directly (logos, the apply link): no vendor Accept header, no token. */
const isBrowserPage = (path: string) => path.startsWith('/media/') || APPLY_PAGE.test(path);

export function createJobspaceSandbox(options: JobspaceSandboxOptions): JobspaceSimulator {
  const baseUrl = (options.baseUrl ?? 'http://localhost').replace(/\/$/, '');
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => Date.now());
  const jobCount = options.jobCount ?? 320;
  const faults = new FaultSwitch(seededRandom(seed ^ 0x5eed));

  let jobs = new Map<number, JobRecord>();
  const tokens = new Map<string, number>();
  let stats: JobspaceStats = { requests: 0, tokenRequests: 0, byPath: {} };

  // Records are replaced, never mutated, so each one's rendering (DateObjects are costly) can be kept.
  const rendered = new WeakMap<JobRecord, JobspaceJob>();
  const render = (job: JobRecord) => {
    let out = rendered.get(job);
    if (!out) rendered.set(job, (out = renderJob(job, baseUrl)));
    return out;
  };

  const reseed = () => {
    jobs = new Map(seedJobs({ count: jobCount, seed, now: now() }).map((j) => [j.id, j]));
  };
  reseed();

  const app = new Hono();
  const fail = (c: Context, status: 401 | 404 | 405 | 406 | 422 | 429 | 500, errors?: Record<string, string[]>, message?: string) =>
    c.json(errorBody(status, message ?? statusText(status), errors), status);

  app.onError((_err, c) => fail(c, 500));
  app.notFound((c) => fail(c, 404));

  const upstreamErrors = {
    rateLimited: () =>
      new Response(JSON.stringify(errorBody(429, 'Too Many Attempts.')), {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '60', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' },
      }),
    serverError: () =>
      new Response(JSON.stringify(errorBody(500, statusText(500))), { status: 500, headers: { 'content-type': 'application/json' } }),
  };
  app.use('/api/*', faultMiddleware(faults, upstreamErrors));
  app.use('/oauth/*', faultMiddleware(faults, upstreamErrors));

  // The seed sends the vendor media type on every call, the token call included.
  app.use('*', async (c, next) => {
    if (isBrowserPage(c.req.path)) return next();
    const accept = c.req.header('accept') ?? '';
    if (!accept.toLowerCase().split(',').some((part) => part.trim().split(';')[0] === JOBSPACE_MEDIA_TYPE)) return fail(c, 406);
    return next();
  });

  app.use('/api/*', async (c, next) => {
    if (isBrowserPage(c.req.path)) return next();
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const expiresAt = match ? tokens.get(match[1]) : undefined;
    if (expiresAt === undefined || now() >= expiresAt) return fail(c, 401, undefined, 'Unauthenticated');
    return next();
  });

  app.post('/oauth/token', async (c) => {
    const body = await readForm(c);
    const passport = (status: 400 | 401, error: string, message: string, hint?: string) =>
      c.json(hint ? { error, message, hint } : { error, message }, status);
    if (body.grant_type !== 'client_credentials') {
      return passport(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.', 'Check the `grant_type` parameter');
    }
    for (const field of ['client_id', 'client_secret']) {
      if (!body[field]) {
        return passport(400, 'invalid_request', 'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.', `Check the \`${field}\` parameter`);
      }
    }
    if (body.client_id !== options.clientId || body.client_secret !== options.clientSecret) {
      return passport(401, 'invalid_client', 'Client authentication failed');
    }
    // Forget expired tokens so a long benchmark run does not grow the map without bound.
    for (const [token, expiresAt] of tokens) if (expiresAt <= now()) tokens.delete(token);
    const accessToken = randomToken();
    tokens.set(accessToken, now() + TOKEN_LIFETIME_SECONDS * 1000);
    c.header('cache-control', 'no-store');
    return c.json({ token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, access_token: accessToken });
  });

  app.get('/api/address/country', (c) => c.json({ data: COUNTRIES.map(({ id, iso, name }) => ({ id, iso, name })) }));
  const lookup = (rows: readonly { id: number; handle: string }[]) =>
    rows.map(({ id, handle }) => ({ id, handle, created_at: dateObject(LOOKUP_CREATED), updated_at: dateObject(LOOKUP_CREATED) }));
  app.get('/api/job/type', (c) => c.json({ data: lookup(JOB_TYPES) }));
  app.get('/api/job/category', (c) => c.json({ data: lookup(CATEGORIES) }));

  app.get('/api/job', (c) => {
    const started = performance.now();
    const matches = filterJobs([...jobs.values()], {
      country: c.req.query('filter[country]'),
      type: c.req.query('filter[type]'),
      category: c.req.query('filter[category]'),
      q: c.req.query('q'),
    }).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    const perPage = clampInt(c.req.query('page[size]'), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const page = clampInt(c.req.query('page[number]'), 1, 1, Number.MAX_SAFE_INTEGER);
    const items = matches.slice((page - 1) * perPage, page * perPage).map((j) => render(j));
    const body: JobspaceJobList = {
      data: items,
      meta: {
        took: Math.max(1, Math.round(performance.now() - started)),
        pagination: {
          total: matches.length,
          count: items.length,
          per_page: perPage,
          current_page: page,
          // Laravel's paginator never reports fewer than one page.
          total_pages: Math.max(1, Math.ceil(matches.length / perPage)),
        },
        aggregations: aggregate(matches),
      },
    };
    return c.json(body);
  });

  app.get('/api/job/:id{[0-9]+}', (c) => {
    const job = jobs.get(Number(c.req.param('id')));
    return job ? c.json({ data: render(job) }) : fail(c, 404);
  });

  const saveJob = async (c: Context, existing?: JobRecord) => {
    const input = await readForm(c);
    const result = validateJobForm(
      input,
      (organisation, reference) => {
        const org = findOrganisation(organisation);
        return [...jobs.values()].some((j) => j.organisationId === org?.id && j.reference === reference && j.id !== existing?.id);
      },
      (organisation) => findOrganisation(organisation) !== undefined,
    );
    if (!result.ok) return fail(c, 422, result.errors);
    const id = existing?.id ?? Math.max(0, ...jobs.keys()) + 1;
    const record = recordFromForm(result.form, id, now(), existing);
    jobs.set(id, record);
    return c.json({ data: render(record) });
  };

  app.post('/api/job', (c) => saveJob(c));
  app.post('/api/job/:id{[0-9]+}/update', (c) => {
    const existing = jobs.get(Number(c.req.param('id')));
    return existing ? saveJob(c, existing) : fail(c, 404);
  });

  const svgHeaders = {
    'content-type': 'image/svg+xml',
    'cache-control': 'public, max-age=86400',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
  };
  app.get('/media/logo/:file{[a-z0-9-]+\\.svg}', (c) => {
    const org = ORGANISATIONS.find((o) => logoPath(o) === c.req.path);
    const svg = org && logoSvg(org);
    return svg ? c.body(svg, 200, svgHeaders) : c.text('Not Found', 404);
  });

  app.get('/api/job/:id{[0-9]+}/apply', (c) => {
    const job = jobs.get(Number(c.req.param('id')));
    if (!job) return c.html('<!doctype html><title>Not found</title><p>No such job.</p>', 404);
    const org = ORGANISATION_BY_ID.get(job.organisationId);
    return c.html(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Apply: ${escapeHtml(job.title)}</title>` +
        `<main><h1>Apply for ${escapeHtml(job.title)}</h1><p>${escapeHtml(org?.name ?? '')}</p>` +
        '<p>This is The Job Space sandbox: applications are not collected here.</p></main></html>',
      200,
      { 'content-security-policy': "default-src 'none'" },
    );
  });

  for (const path of ['/oauth/token', '/api/job', '/api/job/:id{[0-9]+}', '/api/job/:id{[0-9]+}/update', '/api/job/type', '/api/job/category', '/api/address/country']) {
    app.all(path, (c) => fail(c, 405));
  }

  return {
    name: 'jobspace',
    faults,
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      if (isBrowserPage(path)) return app.fetch(request);
      stats.requests++;
      if (path === '/oauth/token') stats.tokenRequests++;
      stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;
      return app.fetch(request);
    },
    reset: () => {
      reseed();
      tokens.clear();
      faults.reset();
      stats = { requests: 0, tokenRequests: 0, byPath: {} };
    },
    stats: () => ({ ...stats, byPath: { ...stats.byPath } }),
  };
}

/** Form fields as strings (multipart, urlencoded, or JSON for tolerance); `sites[]` becomes `sites`. */
async function readForm(c: Context): Promise<FormInput> {
  const type = c.req.header('content-type') ?? '';
  let raw: Record<string, unknown> = {};
  try {
    raw = type.includes('application/json') ? await c.req.json() : await c.req.parseBody({ all: true });
  } catch {
    // An unreadable body counts as an empty form: validation then names every missing field.
  }
  // No prototype: a field named __proto__ or constructor is just a field.
  const form: FormInput = Object.create(null) as FormInput;
  const asText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
  for (const [key, value] of Object.entries(raw ?? {})) {
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    if (Array.isArray(value) || key.endsWith('[]')) form[name] = ([] as unknown[]).concat(value).map(asText);
    else form[name] = asText(value);
  }
  return form;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(30));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function clampInt(value: string | undefined, fallback: number, min: number, max: number): number {
  const n = value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < min) return fallback;
  return Math.min(n, max);
}

const findOrganisation = (value: string) => ORGANISATIONS.find((o) => o.handle.toLowerCase() === value.trim().toLowerCase());

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const searchText = new WeakMap<JobRecord, string>();
const searchTextOf = (job: JobRecord) => {
  let text = searchText.get(job);
  if (text === undefined) {
    text = fold(`${job.title} ${job.summary} ${ORGANISATION_BY_ID.get(job.organisationId)?.name ?? ''}`);
    searchText.set(job, text);
  }
  return text;
};

interface JobFilters {
  country?: string;
  type?: string;
  category?: string;
  q?: string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

function filterJobs(all: JobRecord[], filters: JobFilters): JobRecord[] {
  const countries = list(filters.country);
  const types = list(filters.type);
  const categories = list(filters.category);
  const terms = fold(filters.q ?? '').split(/\s+/).filter(Boolean);
  const matchesRef = (wanted: string[], id: number, handle: string) => wanted.includes(String(id)) || wanted.includes(handle.toLowerCase());
  return all.filter((job) => {
    const country = COUNTRY_BY_ID.get(job.location.countryId)!;
    if (countries.length && !matchesRef(countries, country.id, country.iso)) return false;
    const type = TYPE_BY_ID.get(job.typeId)!;
    if (types.length && !matchesRef(types, type.id, type.handle)) return false;
    if (categories.length) {
      const category = CATEGORY_BY_ID.get(job.categoryId)!;
      const parent = CATEGORY_BY_ID.get(category.parentId ?? 1)!;
      if (!matchesRef(categories, category.id, category.handle) && !matchesRef(categories, parent.id, parent.handle)) return false;
    }
    if (terms.length) {
      const text = searchTextOf(job);
      if (!terms.every((t) => text.includes(t))) return false;
    }
    return true;
  });
}

/** Elasticsearch-style terms aggregations: lower-case keys, most frequent first. */
function aggregate(matches: JobRecord[]): Aggregations {
  const count = (keyOf: (job: JobRecord) => string) => {
    const counts = new Map<string, number>();
    for (const job of matches) {
      const key = keyOf(job).toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts]
      .map(([key, doc_count]) => ({ key, doc_count }))
      .sort((a, b) => b.doc_count - a.doc_count || a.key.localeCompare(b.key));
  };
  return {
    'location.country.iso': count((j) => COUNTRY_BY_ID.get(j.location.countryId)!.iso),
    'category.parent.handle': count((j) => CATEGORY_BY_ID.get(CATEGORY_BY_ID.get(j.categoryId)!.parentId ?? 1)!.handle),
    'type.handle': count((j) => TYPE_BY_ID.get(j.typeId)!.handle),
  };
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();

function recordFromForm(form: JobForm, id: number, at: number, existing?: JobRecord): JobRecord {
  const organisation = findOrganisation(form.organisation)!;
  const country = COUNTRY_BY_ID.get(form.country_id)!;
  const profile = COUNTRY_PROFILES.find((p) => p.iso === country.iso);
  // "Geocoding": a known city, else the country's first city, else 0/0.
  const place = profile?.places.find((p) => p.city.toLowerCase() === form.main_area.toLowerCase()) ?? profile?.places[0];
  const postcode = form.postal_code || form.postcode;
  return {
    id,
    organisationId: organisation.id,
    reference: form.reference,
    numberApplied: existing?.numberApplied ?? 0,
    title: form.name,
    summary: form.summary || stripTags(form.description).slice(0, 300),
    description: form.description,
    benefits: form.benefits,
    skills: form.skills,
    salary: {
      from: form.salary_from,
      to: form.salary_to,
      text: form.salary_text,
      frequency: form.salary_frequency,
      currency: form.salary_currency,
      entityUnicode: true,
    },
    location: {
      display: form.location_display || [form.main_area, form.sub_area].filter(Boolean).join(', '),
      postcode,
      countryId: country.id,
      lat: place?.lat ?? 0,
      lon: place?.lon ?? 0,
    },
    language: profile?.language ?? 'en',
    categoryId: form.job_category_id,
    typeId: form.job_type_id,
    openDate: form.open_date,
    closeDate: form.close_date,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    address: {
      premise: form.premise,
      subPremise: form.sub_premise,
      thoroughfare: form.thoroughfare,
      locality: form.locality,
      mainArea: form.main_area,
      subArea: form.sub_area,
    },
    applyType: form.apply_type,
    applyUrl: form.apply_url || null,
    sites: form.sites,
  };
}

