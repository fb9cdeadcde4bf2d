/** The SmartCV simulator's answers: JSON API errors in the seed's shape, hardened HTML pages, redirects. */
import { errorPage } from './pages.js';
import { randomToken } from './crypto.js';

/** Error codes of the seed's table, plus the simulator's own 404/500. */
export const SMARTCV_ERROR_STATUS = {
  INVALID_REQUEST: 400,
  INVALID_CLIENT: 401,
  INVALID_REDIRECT_URI: 400,
  INVALID_CODE: 400,
  UNAUTHORIZED: 401,
  TOKEN_EXPIRED: 401,
  ACCESS_DENIED: 403,
  RATE_LIMIT_EXCEEDED: 429,
  NOT_FOUND: 404,
  INTERNAL_ERROR: 500,
} as const;
export type SmartcvErrorCode = keyof typeof SMARTCV_ERROR_STATUS;

const JSON_TYPE = 'application/json; charset=utf-8';

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...headers },
  });
}

export function apiError(code: SmartcvErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ success: false, error: { code, message } }, SMARTCV_ERROR_STATUS[code], headers);
}

/** A CSP source for the place a form may post or redirect to. */
export function cspSource(uri: string): string {
  const u = new URL(uri);
  return u.origin === 'null' ? u.protocol : u.origin;
}

export function pageHeaders(nonce: string, formTargets: string[] = []): Record<string, string> {
  const formAction = formTargets.length ? [...new Set(formTargets)].join(' ') : "'none'";
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self' data:; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}

export function redirectTo(target: string, params: Record<string, string | undefined>): Response {
  const url = new URL(target);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return new Response(null, {
    status: 302,
    headers: { location: url.href, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}

export function htmlError(status: 400 | 404 | 500, code: string, title: string, message: string): Response {
  const nonce = randomToken(16);
  return new Response(errorPage({ title, message, code, nonce }), { status, headers: pageHeaders(nonce) });
}
