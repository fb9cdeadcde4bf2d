/**
 * The one way the endpoint talks to an upstream: fetch (the configured one) with a timeout, no retries
 * (the browser client retries idempotent calls), and every transport failure mapped to a stable code.
 * Callers get the status and parsed JSON of 2xx-4xx answers and decide what a 4xx means for them.
 */
import { EndpointError, rateLimited, upstreamTimeout, upstreamUnavailable } from '../errors.js';

/** Counts upstream calls made on behalf of one request (for the request log line). */
export interface Trace {
  upstreamCalls: number;
}

export interface UpstreamHttpOptions {
  /** Human name used in error messages, e.g. "The Job Space". */
  name: string;
  /** Prefix of every path; empty when callers pass absolute URLs. */
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs: number;
  now: () => number;
  /** Headers sent on every call (Accept, API key…). */
  headers?: Record<string, string>;
}

export interface UpstreamRequest {
  method?: 'GET' | 'POST';
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: Record<string, string | string[] | undefined>;
  headers?: Record<string, string>;
  trace?: Trace;
}

export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined when the body was empty or not JSON (only possible for 4xx). */
  body: unknown;
}

/** Seconds until an upstream rate limit lifts: Retry-After (seconds or date) or X-RateLimit-Reset (unix s). */
export function retryAfterSeconds(headers: Headers, nowMs: number): number {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(1, Math.ceil((date - nowMs) / 1000));
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) {
    // Unix seconds per the SmartCV contract; tolerate a relative number of seconds too.
    const seconds = reset > 1e9 ? reset - nowMs / 1000 : reset;
    return Math.max(1, Math.ceil(seconds));
  }
  return 60;
}

/** What every upstream client hands to its HTTP layer from its own options. */
export type UpstreamTransport = Pick<UpstreamHttpOptions, 'fetch' | 'timeoutMs' | 'now'>;

export class UpstreamHttp {
  /** An UpstreamHttp for `name` at `baseUrl`, over a client's transport options (fetch, timeout, clock). */
  static over(transport: UpstreamTransport, name: string, baseUrl: string, headers: Record<string, string>): UpstreamHttp {
    return new UpstreamHttp({ name, baseUrl, fetch: transport.fetch, timeoutMs: transport.timeoutMs, now: transport.now, headers });
  }

  readonly name: string;
  readonly #fetch: typeof fetch;
  readonly #headers: Record<string, string>;
  readonly #base: string;
  readonly #timeoutMs: number;
  readonly #now: () => number;

  constructor(options: UpstreamHttpOptions) {
    this.name = options.name;
    this.#timeoutMs = options.timeoutMs;
    this.#now = options.now;
    // Plain concatenation: the base may carry a path prefix.
    this.#base = options.baseUrl;
    const customFetch = options.fetch;
    // Bind so a platform fetch is never called with a foreign `this`.
    this.#fetch = customFetch ? (input, init) => customFetch(input, init) : (input, init) => fetch(input, init);
    this.#headers = options.headers ?? {};
  }

  async request(path: string, req: UpstreamRequest = {}): Promise<UpstreamAnswer> {
    if (req.trace) req.trace.upstreamCalls += 1;
    let response: Response;
    const url = new URL(this.#base + path);
    for (const [key, value] of Object.entries(req.searchParams ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { ...this.#headers, ...req.headers };
    let payload: BodyInit | undefined;
    if (req.form) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(req.form)) {
        if (value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
      }
      // A string body with its type said outright: every runtime (and every in-browser sandbox) reads it the same.
      payload = params.toString();
      headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    } else if (req.json !== undefined) {
      payload = JSON.stringify(req.json);
      headers['Content-Type'] = 'application/json';
    }
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Raced, not only signalled: a fetch that ignores its signal (an in-process simulator) still times out.
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(upstreamTimeout(this.name, this.#timeoutMs));
      }, this.#timeoutMs);
    });
    try {
      response = await Promise.race([this.#fetch(url, { method: req.method ?? 'GET', headers, body: payload, signal: controller.signal }), timedOut]);
    } catch (error) {
      if (error instanceof EndpointError) throw error;
      if (controller.signal.aborted) throw upstreamTimeout(this.name, this.#timeoutMs);
      throw upstreamUnavailable(this.name, 'network error', error);
    } finally {
      clearTimeout(timer);
    }

    if (response.status === 429) {
      await response.body?.cancel().catch(() => undefined);
      throw rateLimited(retryAfterSeconds(response.headers, this.#now()), `${this.name} is rate limiting requests`);
    }
    if (response.status >= 500) {
      await response.body?.cancel().catch(() => undefined);
      throw upstreamUnavailable(this.name, `status ${response.status}`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw upstreamUnavailable(this.name, 'broken response body', error);
    }
    let body: unknown;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch (error) {
        if (response.ok) throw upstreamUnavailable(this.name, 'malformed JSON', error);
        body = undefined;
      }
    }
    if (response.ok && body === undefined && response.status !== 204) {
      throw upstreamUnavailable(this.name, 'empty response');
    }
    return { status: response.status, headers: response.headers, body };
  }
}

/** A 2xx answer whose shape is not what the contract promises. */
export const malformed = (upstream: string, what: string) =>
  new EndpointError(502, 'UPSTREAM_UNAVAILABLE', `${upstream} answered an unexpected ${what}`);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty trimmed string, else undefined (upstream fields may be missing, null, numbers or blank). */
export const text = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** An absolute http(s) URL, normalized, else undefined: no `javascript:` or `data:` link reaches a page. */
export const httpUrl = (value: unknown): string | undefined => {
  const candidate = text(value);
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};
