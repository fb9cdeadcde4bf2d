import type { AnyErrorCode, ErrorBody, ErrorCode } from '../types.js';

export type { AnyErrorCode, ErrorCode, ClientErrorCode } from '../types.js';

/** The one error type every careerkit call rejects with. */
export class CareerkitError extends Error {
  override readonly name = 'CareerkitError';
  /** Stable code from the endpoint (`RATE_LIMITED`, `NOT_FOUND`, `INVALID_CODE`, …) or a client code. */
  readonly code: AnyErrorCode;
  /** HTTP status, 0 when no response arrived. */
  readonly status: number;
  /** Seconds until a retry may succeed (429). */
  readonly retryAfter?: number;
  /** Per-field messages for validation failures. */
  readonly fields?: Record<string, string>;

  constructor(init: { code: AnyErrorCode; status: number; message: string; retryAfter?: number; fields?: Record<string, string>; cause?: unknown }) {
    super(init.message, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
    if (init.fields) this.fields = init.fields;
  }

  get isRateLimited(): boolean {
    return this.code === 'RATE_LIMITED' || this.status === 429;
  }

  get isAbort(): boolean {
    return this.code === 'ABORTED';
  }
}

/** Any caught value as a CareerkitError: itself when it already is one, else a NETWORK error wrapping it. */
export function asCareerkitError(caught: unknown): CareerkitError {
  if (caught instanceof CareerkitError) return caught;
  return new CareerkitError({ code: 'NETWORK', status: 0, message: String((caught as Error)?.message ?? caught), cause: caught });
}

/** Reads Retry-After (seconds or HTTP date) into whole seconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'INVALID_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
  502: 'UPSTREAM_UNAVAILABLE',
  504: 'UPSTREAM_TIMEOUT',
};

/** Builds a CareerkitError from an error answer, whatever its body looks like. */
export function errorFromResponse(response: Response, body: unknown): CareerkitError {
  const error = (body as Partial<ErrorBody> | undefined)?.error;
  const structured = typeof error === 'object' && error !== null ? error : undefined;
  const retryAfter = structured?.retryAfter ?? parseRetryAfter(response.headers.get('retry-after'));
  return new CareerkitError({
    code: structured?.code ?? STATUS_CODES[response.status] ?? (response.status >= 500 ? 'UPSTREAM_UNAVAILABLE' : 'INVALID_REQUEST'),
    status: response.status,
    message: structured?.message ?? (response.statusText || `HTTP ${response.status}`),
    retryAfter,
    fields: structured?.fields,
  });
}
