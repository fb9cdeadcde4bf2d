/** The endpoint's one error type: every failure becomes `{error:{code, message, …}}` with a stable code. */
import type { ErrorBody, ServerErrorCode } from '../types.js';

declare const passedThrough: unique symbol;
/**
 * A code SmartCV sent that this version does not know, passed on by name. Only `passThrough()` makes one, so a
 * code the endpoint writes itself must be a known `ServerErrorCode`: a misspelt one fails the type check.
 */
export type PassedThroughCode = string & { readonly [passedThrough]: true };

/** Marks an upstream's code as passed through (after the caller checked its shape). */
export const passThrough = (code: string) => code as PassedThroughCode;

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 502 | 503 | 504;

export class EndpointError extends Error {
  readonly status: ErrorStatus;
  readonly code: ServerErrorCode | PassedThroughCode;
  readonly retryAfter?: number;
  readonly fields?: Record<string, string>;

  constructor(
    status: ErrorStatus,
    code: ServerErrorCode | PassedThroughCode,
    message: string,
    extra: { retryAfter?: number; fields?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'EndpointError';
    this.status = status;
    this.code = code;
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter;
    if (extra.fields !== undefined) this.fields = extra.fields;
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.retryAfter !== undefined) error.retryAfter = this.retryAfter;
    if (this.fields !== undefined) error.fields = this.fields;
    return { error };
  }
}

export const invalidRequest = (message: string, fields?: Record<string, string>) =>
  new EndpointError(400, 'INVALID_REQUEST', message, fields ? { fields } : {});
export const notFound = (message = 'Not found') => new EndpointError(404, 'NOT_FOUND', message);
export const forbidden = (message: string) => new EndpointError(403, 'FORBIDDEN', message);
export const unauthorized = (message: string) => new EndpointError(401, 'UNAUTHORIZED', message);
export const upstreamUnavailable = (upstream: string, detail: string, cause?: unknown) =>
  new EndpointError(502, 'UPSTREAM_UNAVAILABLE', `${upstream} is unavailable (${detail})`, { cause });
export const upstreamTimeout = (upstream: string, ms: number) =>
  new EndpointError(504, 'UPSTREAM_TIMEOUT', `${upstream} did not answer within ${ms} ms`);
export const rateLimited = (retryAfter: number, message = 'Too many requests') =>
  new EndpointError(429, 'RATE_LIMITED', message, { retryAfter });

export function errorResponse(error: EndpointError, headers: Record<string, string> = {}): Response {
  const h = new Headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  if (error.retryAfter !== undefined) h.set('retry-after', String(error.retryAfter));
  return new Response(JSON.stringify(error.toBody()), { status: error.status, headers: h });
}
