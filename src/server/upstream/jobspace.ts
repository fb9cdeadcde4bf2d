/**
 * The Job Space client, per the seed (docs/contracts/jobspace.md §6, the OLD generation): client_credentials
 * token at `/oauth/token`, `/api/job` list/read, the three lookup routes, form-encoded create/update.
 * Answers are normalized here, tolerant of both doc generations and their string/number quirks.
 */
import type { Country, Job, JobInput, JobLookups, NamedRef } from '../../types.js';
import { EndpointError, notFound } from '../errors.js';
import { httpUrl, isRecord, malformed, UpstreamHttp, type Trace, type UpstreamAnswer } from './http.js';
import { TokenCache } from './token-cache.js';

const NAME = 'The Job Space';
const ACCEPT = 'application/vnd.jb.v1+json';

export interface JobFilters {
  country?: string;
  type?: string;
  category?: string;
  q?: string;
}

export interface JobspaceClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  organisation?: string;
  fetch?: typeof fetch;
  timeoutMs: number;
  now: () => number;
}

export interface UpstreamJobPage {
  items: Job[];
  /** Per item, the id of its category's parent (lists name it; filters by a parent category need it). */
  categoryParents: Array<string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

export class JobspaceClient {
  readonly #http: UpstreamHttp;
  readonly #tokens: TokenCache;
  readonly #organisation?: string;
  readonly #now: () => number;
  /** Token endpoint calls since start (tests, readiness). */
  tokenRequests = 0;

  constructor(options: JobspaceClientOptions) {
    this.#organisation = options.organisation;
    this.#now = options.now;
    this.#http = UpstreamHttp.over(options, NAME, options.baseUrl, { accept: ACCEPT });
    this.#tokens = new TokenCache(async () => {
      this.tokenRequests += 1;
      const answer = await this.#http.request('/oauth/token', {
        method: 'POST',
        form: { grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret },
      });
      if (answer.status >= 400) {
        throw new EndpointError(502, 'UPSTREAM_UNAVAILABLE', `${NAME} refused the partner credentials (status ${answer.status})`);
      }
      const body = answer.body;
      if (!isRecord(body) || typeof body.access_token !== 'string') throw malformed(NAME, 'token response');
      const expiresIn = Number(body.expires_in);
      return { accessToken: body.access_token, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600 };
    }, options.now);
  }

  clearToken(): void {
    this.#tokens.clear();
  }

  /** An authorized call; one retry with a fresh token when the upstream says 401. */
  async #call(path: string, req: Parameters<UpstreamHttp['request']>[1] & object, trace?: Trace): Promise<UpstreamAnswer> {
    for (let attempt = 0; ; attempt += 1) {
      const token = await this.#tokens.get();
      const answer = await this.#http.request(path, {
        ...req,
        headers: { ...req.headers, authorization: `Bearer ${token}` },
        trace,
      });
      if (answer.status === 401 && attempt === 0) {
        this.#tokens.invalidate(token);
        continue;
      }
      if (answer.status >= 400) throw jobspaceError(answer);
      return answer;
    }
  }

  /** Makes sure a token can be had (readiness). */
  async ping(): Promise<void> {
    await this.#tokens.get();
  }

  /** One page; `filters` only for deployments that filter (see `upstreamFilters` in the config). */
  async listJobs(page: number, pageSize: number, trace?: Trace, filters: JobFilters = {}): Promise<UpstreamJobPage> {
    const answer = await this.#call(
      '/api/job',
      {
        searchParams: {
          'page[number]': page,
          'page[size]': pageSize,
          'filter[country]': filters.country,
          'filter[type]': filters.type,
          'filter[category]': filters.category,
          q: filters.q,
        },
      },
      trace,
    );
    const body = answer.body;
    if (!isRecord(body) || !Array.isArray(body.data)) throw malformed(NAME, 'job list');
    const items: Job[] = [];
    const categoryParents: Array<string | undefined> = [];
    for (const raw of body.data.filter(isRecord)) {
      const job = normalizeJob(raw);
      if (!job) continue;
      items.push(job);
      const category = unwrap(raw.category);
      categoryParents.push(isRecord(category) && isRecord(category.parent) ? idOf(category.parent.id) : undefined);
    }
    const pagination = isRecord(body.meta) && isRecord(body.meta.pagination) ? body.meta.pagination : {};
    const total = toInt(pagination.total) ?? items.length;
    const perPage = toInt(pagination.per_page) ?? pageSize;
    return {
      items,
      categoryParents,
      page: toInt(pagination.current_page) ?? page,
      pageSize: perPage,
      total,
      totalPages: toInt(pagination.total_pages) ?? Math.max(1, Math.ceil(total / Math.max(1, perPage))),
    };
  }

  async getJob(id: string, trace?: Trace): Promise<Job> {
    const answer = await this.#call(`/api/job/${encodeURIComponent(id)}`, {}, trace);
    const data = isRecord(answer.body) ? answer.body.data : undefined;
    const job = isRecord(data) ? normalizeJob(data) : undefined;
    if (!job) throw malformed(NAME, 'job');
    return job;
  }

  async lookups(trace?: Trace): Promise<JobLookups> {
    const [countries, types, categories] = await Promise.all([
      this.#call('/api/address/country', {}, trace),
      this.#call('/api/job/type', {}, trace),
      this.#call('/api/job/category', {}, trace),
    ]);
    const rows = (answer: UpstreamAnswer, what: string) => {
      const data = isRecord(answer.body) ? answer.body.data : undefined;
      if (!Array.isArray(data)) throw malformed(NAME, what);
      return data.filter(isRecord);
    };
    return {
      countries: rows(countries, 'country list')
        .map(normalizeCountry)
        .filter((c): c is Country => c !== undefined),
      types: rows(types, 'job type list')
        .map(namedRef)
        .filter((t): t is NamedRef => t !== undefined),
      categories: rows(categories, 'job category list')
        .filter((c) => c.handle !== 'root')
        .map(namedRef)
        .filter((c): c is NamedRef => c !== undefined),
    };
  }

  async createJob(input: JobInput, trace?: Trace): Promise<Job> {
    const answer = await this.#call('/api/job', { method: 'POST', form: jobForm(input, this.#organisation, this.#now()) }, trace);
    return this.#written(answer);
  }

  async updateJob(id: string, input: JobInput, trace?: Trace): Promise<Job> {
    const answer = await this.#call(
      `/api/job/${encodeURIComponent(id)}/update`,
      { method: 'POST', form: jobForm(input, this.#organisation, this.#now()) },
      trace,
    );
    return this.#written(answer);
  }

  #written(answer: UpstreamAnswer): Job {
    const data = isRecord(answer.body) ? answer.body.data : undefined;
    const job = isRecord(data) ? normalizeJob(data) : undefined;
    if (!job) throw malformed(NAME, 'job');
    return job;
  }
}

/** Job Space error envelope `{data:{message, errors?, status_code}}` → our codes. */
function jobspaceError(answer: UpstreamAnswer): EndpointError {
  const data = isRecord(answer.body) && isRecord(answer.body.data) ? answer.body.data : {};
  const message = typeof data.message === 'string' ? data.message.slice(0, 300) : `status ${answer.status}`;
  if (answer.status === 404 || answer.status === 410) return notFound(`${NAME}: no such job`);
  if (answer.status === 422 || answer.status === 400) {
    const fields: Record<string, string> = {};
    if (isRecord(data.errors)) {
      for (const [field, messages] of Object.entries(data.errors)) {
        const first = Array.isArray(messages) ? messages.find((m) => typeof m === 'string') : messages;
        if (typeof first === 'string') fields[Object.hasOwn(FORM_TO_INPUT, field) ? FORM_TO_INPUT[field]! : field] = first.slice(0, 300);
      }
    }
    return new EndpointError(400, 'INVALID_REQUEST', `${NAME} rejected the job: ${message}`, Object.keys(fields).length ? { fields } : {});
  }
  if (answer.status === 401) return new EndpointError(502, 'UPSTREAM_UNAVAILABLE', `${NAME} refused the partner token`);
  return new EndpointError(502, 'UPSTREAM_UNAVAILABLE', `${NAME} answered ${answer.status}: ${message}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Normalization

export const toInt = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : undefined;
};

const toNumber = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

const idOf = (value: unknown): string | undefined => {
  const id = text(value);
  return id && /^[\w-]{1,64}$/.test(id) ? id : undefined;
};

/** `{data: X}` → X (Fractal includes); anything else unchanged. */
const unwrap = (value: unknown): unknown => (isRecord(value) && 'data' in value ? value.data : value);

const KNOWN_NAMES: Record<string, string> = {
  perm_fulltime: 'Permanent, full-time',
  perm_parttime: 'Permanent, part-time',
  contract_fulltime: 'Contract, full-time',
  contract_parttime: 'Contract, part-time',
};
const ACRONYMS = new Set(['IT', 'PR', 'HR', 'NGO', 'UK', 'US', 'QA', 'UX', 'UI']);

/** "IT_TELECOMS" → "IT telecoms", "perm_fulltime" → "Permanent, full-time". */
export function humanizeHandle(handle: string): string {
  // Object.hasOwn: a handle such as "constructor" must not find Object.prototype's members.
  if (Object.hasOwn(KNOWN_NAMES, handle)) return KNOWN_NAMES[handle]!;
  const words = handle.split(/[_\s]+/).filter(Boolean);
  return words
    .map((word, i) => {
      const upper = word.toUpperCase();
      if (ACRONYMS.has(upper)) return upper;
      const lower = word.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}

function namedRef(raw: unknown): NamedRef | undefined {
  const value = unwrap(raw);
  if (!isRecord(value)) return undefined;
  const id = idOf(value.id);
  const name = text(value.name) ?? (typeof value.handle === 'string' ? humanizeHandle(value.handle) : undefined);
  return id && name ? { id, name } : undefined;
}

function normalizeCountry(raw: unknown): Country | undefined {
  const value = unwrap(raw);
  if (!isRecord(value)) return undefined;
  const id = idOf(value.id);
  const name = text(value.name);
  if (!id || !name) return undefined;
  const iso = text(value.iso) ?? text(value.iso_code);
  return iso && /^[A-Za-z]{2}$/.test(iso) ? { id, name, code: iso.toUpperCase() } : { id, name };
}

const isoDate = (value: unknown): string | undefined => {
  const raw = isRecord(value) ? value.utc : value;
  const s = text(raw);
  if (!s) return undefined;
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
};

function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

/** A list item, OLD read/create answer, or NEW flat detail → Job. Undefined when it has no id or title. */
export function normalizeJob(raw: Record<string, unknown>): Job | undefined {
  const id = idOf(raw.id);
  const title = text(raw.job_title) ?? text(raw.name);
  if (!id || !title) return undefined;

  const location = isRecord(raw.location) ? raw.location : {};
  const address = unwrap(raw.address);
  const countryRaw = isRecord(location.country) ? location.country : isRecord(address) ? address.country : undefined;
  const postcode = isRecord(location.postcode) ? text(location.postcode.postcode) : text(raw.postcode);
  const country = isRecord(countryRaw) ? normalizeCountry(countryRaw) : undefined;

  const salaryRaw = isRecord(raw.salary) ? raw.salary : {};
  const currencyRaw = isRecord(salaryRaw.currency) ? salaryRaw.currency : unwrap(raw.salary_currency);
  const frequencyRaw = salaryRaw.frequency ?? unwrap(raw.salary_frequency);
  const salaryFrom = toNumber(salaryRaw.from ?? raw.salary_from);
  const salaryTo = toNumber(salaryRaw.to ?? raw.salary_to);
  const salary = compact({
    // 0.00 means "not given" upstream (decimal columns default to zero).
    from: salaryFrom ? salaryFrom : undefined,
    to: salaryTo ? salaryTo : undefined,
    currency: isRecord(currencyRaw) ? text(currencyRaw.iso_code)?.toUpperCase() : undefined,
    frequency: isRecord(frequencyRaw) ? text(frequencyRaw.handle) : text(frequencyRaw),
    text: text(salaryRaw.text ?? raw.salary_text),
  });

  const organisationRaw = unwrap(raw.organisation);
  const organisation = isRecord(organisationRaw)
    ? namedRef({ id: organisationRaw.id, name: text(organisationRaw.name) ?? organisationRaw.handle })
    : undefined;
  const media = unwrap(raw.media);
  const logo = Array.isArray(media) ? media.find((m) => isRecord(m) && m.type === 'JOB_LOGO') : undefined;
  const links = isRecord(raw.links) ? raw.links : {};

  const job: Job = { id, title };
  const extra: Omit<Job, 'id' | 'title'> = {
    reference: text(raw.reference),
    organisation,
    logoUrl: isRecord(logo) ? httpUrl(logo.path) : undefined,
    location: compact({
      display: text(location.display) ?? text(raw.location_display),
      city: text(raw.main_area),
      postcode,
      country,
    }),
    type: namedRef(raw.type),
    category: namedRef(raw.category),
    salary,
    summary: text(raw.summary),
    descriptionHtml: text(raw.description),
    postedAt: isoDate(raw.open_date) ?? isoDate(raw.created_at),
    closesAt: isoDate(raw.close_date),
    applyUrl: httpUrl(links.apply) ?? (raw.apply_type === 'REDIRECT' ? httpUrl(raw.apply_data) : undefined),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) (job as unknown as Record<string, unknown>)[key] = value;
  }
  return job;
}

/** Upstream form field → JobInput field, to report 422 errors against what the caller sent. */
const FORM_TO_INPUT: Record<string, string> = {
  name: 'title',
  description: 'descriptionHtml',
  job_type_id: 'typeId',
  job_category_id: 'categoryId',
  country_id: 'countryId',
  location_display: 'locationDisplay',
  postal_code: 'postcode',
  main_area: 'city',
  sub_area: 'region',
  open_date: 'openDate',
  close_date: 'closeDate',
  salary_from: 'salary.from',
  salary_to: 'salary.to',
  salary_currency: 'salary.currency',
  salary_frequency: 'salary.frequency',
  salary_text: 'salary.text',
  apply_url: 'applyUrl',
};

const DAY_MS = 86_400_000;

/**
 * JobInput → the OLD create/update form. Filled in where the upstream insists on a value the caller may leave
 * out: dates (today, and open + 28 days as the NEW docs auto-fill), apply type (from applyUrl), organisation
 * (from the config). Everything else the upstream validates and reports back per field.
 */
export function jobForm(input: JobInput, organisation: string | undefined, nowMs: number): Record<string, string | undefined> {
  const num = (n: number | undefined) => (n === undefined ? undefined : String(n));
  const openDate = input.openDate ?? new Date(nowMs).toISOString().slice(0, 10);
  const closeDate = input.closeDate ?? new Date(Date.parse(`${openDate}T00:00:00Z`) + 28 * DAY_MS).toISOString().slice(0, 10);
  return {
    organisation: input.organisation ?? organisation,
    name: input.title,
    description: input.descriptionHtml,
    summary: input.summary,
    benefits: input.benefits,
    skills: input.skills,
    reference: input.reference,
    job_type_id: input.typeId,
    job_category_id: input.categoryId,
    country_id: input.countryId,
    premise: input.premise,
    main_area: input.city,
    sub_area: input.region,
    location_display: input.locationDisplay,
    postal_code: input.postcode,
    salary_from: num(input.salary?.from),
    salary_to: num(input.salary?.to),
    salary_currency: input.salary?.currency,
    salary_frequency: input.salary?.frequency,
    salary_text: input.salary?.text,
    open_date: openDate,
    close_date: closeDate,
    apply_type: input.applyUrl ? 'REDIRECT' : 'SIGNUP',
    apply_url: input.applyUrl,
  };
}
