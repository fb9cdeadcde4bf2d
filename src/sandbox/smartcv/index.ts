/**
 * In-memory simulator of SmartCV (Tabbio OAuth), following `shared/seeds/smartcv-oauth-api.md` and the gaps
 * filled in docs/contracts/smartcv.md:
 *
 * - `GET  /oauth/authorize`           consent page (HTML); errors before the redirect URI is trusted → HTML 400.
 * - `POST /oauth/authorize/decision`  the consent form: `transaction` (server-side id), `profile`, `decision`
 *                                     (`approve` | `deny`) → 302 to the redirect URI with `code`/`error` + `state`.
 * - `POST /api/oauth/token`           JSON or form body; `redirect_uri` and `code_verifier` checked when present.
 * - `GET  /api/oauth/profile`, `POST /api/oauth/revoke`  Bearer.
 * - `GET  /avatars/<id>.svg`, `GET /cvs/<id>.pdf`  files the seeded profiles link to.
 *
 * Decisions where the contract is silent: a code is consumed by the first exchange that names it with valid client
 * credentials, whatever the outcome; replaying a used code also revokes the tokens it gave (RFC 6749 §4.1.2).
 * A wrong `code_verifier` → INVALID_CODE; a missing or malformed one → INVALID_REQUEST; a verifier for a code issued
 * without a challenge → INVALID_REQUEST (PKCE downgrade, RFC 9700 §2.1.1).
 * Tests drive the consent page with `approveForTest` / `submitConsentForTest` (exported below).
 */
import { Hono, type Context } from 'hono';
import { faultMiddleware, FaultSwitch, seededRandom } from '../faults.js';
import type { Simulator, SimulatorOptions } from '../simulator.js';
import { avatarSvg, cvPdf } from './assets.js';
import {
  base64url,
  base64urlJson,
  CODE_VERIFIER_PATTERN,
  constantTimeEqual,
  randomToken,
  S256_CHALLENGE_PATTERN,
  s256,
} from './crypto.js';
import { consentPage, errorPage } from './pages.js';
import { findCandidate, SEEDED_CANDIDATES } from './profiles.js';

export {
  SEEDED_CANDIDATES,
  SEEDED_CANDIDATE_IDS,
  type SeededCandidate,
  type SeededCandidateId,
  type SmartcvProfile,
} from './profiles.js';
export { approveForTest, denyForTest, submitConsentForTest, type ConsentDriveOptions } from './testing.js';
export { createPkcePair, s256 } from './crypto.js';

export interface SmartcvClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}
export interface SmartcvSandboxOptions extends SimulatorOptions {
  clients: SmartcvClient[];
  /** Requests per hour per client (default 100, as the seed says). */
  rateLimitPerHour?: number;
}

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

export const SMARTCV_SCOPE = 'profile:read';
export const CODE_TTL_MS = 60_000;
export const TOKEN_TTL_SECONDS = 3600;
/** How long the consent page stays answerable. */
export const TRANSACTION_TTL_MS = 10 * 60_000;
const RATE_WINDOW_MS = 3_600_000;
const FAULT_RETRY_AFTER_SECONDS = 60;
const MAX_BODY_BYTES = 16_384;
/** Bucket for API calls that name no known client (bad client_id, unknown token). */
const ANONYMOUS = '\0anonymous';

interface Transaction {
  clientId: string;
  redirectUri: string;
  state?: string;
  codeChallenge?: string;
  expiresAt: number;
}
interface CodeGrant {
  clientId: string;
  redirectUri: string;
  profileId: string;
  codeChallenge?: string;
  expiresAt: number;
  used: boolean;
  tokens: Set<string>;
}
interface TokenGrant {
  clientId: string;
  profileId: string;
  expiresAt: number;
}
interface RateWindow {
  resetAt: number;
  count: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...headers },
  });
}

function apiError(code: SmartcvErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ success: false, error: { code, message } }, SMARTCV_ERROR_STATUS[code], headers);
}

/** A CSP source for the place a form may post or redirect to. */
function cspSource(uri: string): string {
  const u = new URL(uri);
  return u.origin === 'null' ? u.protocol : u.origin;
}

function pageHeaders(nonce: string, formTargets: string[] = []): Record<string, string> {
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

function redirectTo(target: string, params: Record<string, string | undefined>): Response {
  const url = new URL(target);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return new Response(null, {
    status: 302,
    headers: { location: url.href, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}

/** Parsed token request fields; `null` value = parameter repeated or not a string. */
type BodyResult = { ok: true; fields: Map<string, string | null> } | { ok: false; message: string };

async function readTokenBody(request: Request): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const text = await request.text().catch(() => null);
  if (text === null) return { ok: false, message: 'Could not read the request body' };
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return { ok: false, message: 'Request body too large' };
  const fields = new Map<string, string | null>();
  if (type === 'application/x-www-form-urlencoded') {
    for (const [key, value] of new URLSearchParams(text)) fields.set(key, fields.has(key) ? null : value);
    return { ok: true, fields };
  }
  if (type === 'application/json' || type === '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, message: 'Request body is not valid JSON' };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { ok: false, message: 'Request body must be a JSON object' };
    }
    for (const [key, value] of Object.entries(parsed)) fields.set(key, typeof value === 'string' ? value : null);
    return { ok: true, fields };
  }
  return { ok: false, message: `Unsupported content type "${type}"; send JSON or form-encoded` };
}

export function createSmartcvSandbox(options: SmartcvSandboxOptions): Simulator {
  const now = options.now ?? Date.now;
  const baseUrl = (options.baseUrl ?? 'http://localhost').replace(/\/$/, '');
  const rateLimit = options.rateLimitPerHour ?? 100;
  const clients = new Map(options.clients.map((client) => [client.clientId, client]));
  const faults = new FaultSwitch(seededRandom(options.seed ?? 1));

  const transactions = new Map<string, Transaction>();
  const codes = new Map<string, CodeGrant>();
  const tokens = new Map<string, TokenGrant>();
  const rateWindows = new Map<string, RateWindow>();

  let lastPrune = now();
  /** Drop records long past use so a long-running sandbox does not grow without bound (at most once a minute). */
  const prune = () => {
    const t = now();
    if (t - lastPrune < 60_000) return;
    lastPrune = t;
    for (const [id, tx] of transactions) if (tx.expiresAt <= t) transactions.delete(id);
    for (const [code, grant] of codes) if (grant.expiresAt + TRANSACTION_TTL_MS <= t) codes.delete(code);
    for (const [token, grant] of tokens) if (grant.expiresAt + 24 * RATE_WINDOW_MS <= t) tokens.delete(token);
  };

  const rateHeaders = (window: RateWindow): Record<string, string> => ({
    'x-ratelimit-limit': String(rateLimit),
    'x-ratelimit-remaining': String(Math.max(0, rateLimit - window.count)),
    'x-ratelimit-reset': String(Math.ceil(window.resetAt / 1000)),
  });

  /** Count one API call against `key`, run `handler` unless the hour's quota is spent, add the headers. */
  const rateLimited = async (key: string, handler: () => Promise<Response> | Response): Promise<Response> => {
    const t = now();
    let window = rateWindows.get(key);
    if (!window || window.resetAt <= t) {
      window = { resetAt: t + RATE_WINDOW_MS, count: 0 };
      rateWindows.set(key, window);
    }
    if (window.count >= rateLimit) {
      return apiError('RATE_LIMIT_EXCEEDED', `Rate limit of ${rateLimit} requests per hour exceeded`, {
        ...rateHeaders(window),
        'retry-after': String(Math.max(1, Math.ceil((window.resetAt - t) / 1000))),
      });
    }
    window.count++;
    const response = await handler();
    for (const [name, value] of Object.entries(rateHeaders(window))) response.headers.set(name, value);
    return response;
  };

  const issueToken = (clientId: string, profileId: string): { token: string; grant: TokenGrant } => {
    const issuedAt = Math.floor(now() / 1000);
    // Looks like the seed's JWT, but is opaque: only this simulator's memory knows it.
    const token = [
      base64urlJson({ alg: 'HS256', typ: 'JWT' }),
      base64urlJson({ iss: baseUrl, aud: clientId, scope: SMARTCV_SCOPE, iat: issuedAt, exp: issuedAt + TOKEN_TTL_SECONDS, jti: randomToken(12) }),
      base64url(crypto.getRandomValues(new Uint8Array(32))),
    ].join('.');
    const grant = { clientId, profileId, expiresAt: now() + TOKEN_TTL_SECONDS * 1000 };
    tokens.set(token, grant);
    return { token, grant };
  };

  const htmlError = (status: 400 | 404 | 500, code: string, title: string, message: string) => {
    const nonce = randomToken(16);
    return new Response(errorPage({ title, message, code, nonce }), { status, headers: pageHeaders(nonce) });
  };

  const renderConsent = (transactionId: string, tx: Transaction, status: 200 | 400, errorMessage?: string, selected?: string) => {
    const nonce = randomToken(16);
    const formAction = `${baseUrl}/oauth/authorize/decision`;
    const body = consentPage({
      formAction,
      transactionId,
      requester: new URL(tx.redirectUri).host || tx.redirectUri,
      candidates: SEEDED_CANDIDATES,
      selectedProfileId: selected,
      errorMessage,
      nonce,
    });
    // form-action also governs the redirect after the post, so the partner's callback must be allowed.
    return new Response(body, { status, headers: pageHeaders(nonce, [cspSource(formAction), cspSource(tx.redirectUri)]) });
  };

  const app = new Hono();

  app.use(
    '/api/*',
    faultMiddleware(faults, {
      rateLimited: () =>
        apiError('RATE_LIMIT_EXCEEDED', 'Rate limit exceeded', {
          'x-ratelimit-limit': String(rateLimit),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(now() / 1000) + FAULT_RETRY_AFTER_SECONDS),
          'retry-after': String(FAULT_RETRY_AFTER_SECONDS),
        }),
      serverError: () => apiError('INTERNAL_ERROR', 'An unexpected error occurred'),
    }),
  );

  app.get('/oauth/authorize', (c) => {
    const query = new URL(c.req.url).searchParams;
    /** One value, `undefined` when absent, `null` when repeated (RFC 6749 §3.1 forbids repeats). */
    const single = (name: string): string | undefined | null => {
      const all = query.getAll(name);
      return all.length === 0 ? undefined : all.length === 1 ? all[0] : null;
    };

    const clientId = single('client_id');
    if (!clientId) {
      return htmlError(400, 'INVALID_REQUEST', 'Invalid sign-in request', 'The request must name exactly one client_id.');
    }
    const client = clients.get(clientId);
    if (!client) {
      return htmlError(400, 'INVALID_CLIENT', 'Unknown application', 'The application asking for your profile is not registered with SmartCV.');
    }
    const redirectUri = single('redirect_uri');
    if (!redirectUri) {
      return htmlError(400, 'INVALID_REQUEST', 'Invalid sign-in request', 'The request must name exactly one redirect_uri.');
    }
    if (!client.redirectUris.includes(redirectUri)) {
      return htmlError(
        400,
        'INVALID_REDIRECT_URI',
        'Unregistered return address',
        'The address this application wants to send you back to is not registered for it, so SmartCV will not send you there.',
      );
    }

    // From here the redirect URI is trusted: report errors to it (RFC 6749 §4.1.2.1).
    const state = query.get('state') ?? undefined;
    const fail = (error: 'invalid_request' | 'invalid_scope', description: string) =>
      redirectTo(redirectUri, { error, error_description: description, state });

    for (const name of ['response_type', 'scope', 'state', 'code_challenge', 'code_challenge_method']) {
      if (single(name) === null) return fail('invalid_request', `Parameter ${name} is repeated`);
    }
    const responseType = single('response_type');
    if (responseType !== 'code') return fail('invalid_request', 'response_type must be "code"');
    const scopes = (single('scope') ?? '').split(' ').filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => s !== SMARTCV_SCOPE)) {
      return fail('invalid_scope', `scope must be "${SMARTCV_SCOPE}"`);
    }
    const codeChallenge = single('code_challenge') ?? undefined;
    const method = single('code_challenge_method') ?? undefined;
    if (codeChallenge !== undefined || method !== undefined) {
      if (!codeChallenge) return fail('invalid_request', 'code_challenge_method without code_challenge');
      // RFC 7636 defaults a missing method to "plain", which exposes the verifier; only S256 is accepted.
      if (method !== 'S256') return fail('invalid_request', 'code_challenge_method must be "S256"');
      if (!S256_CHALLENGE_PATTERN.test(codeChallenge)) return fail('invalid_request', 'code_challenge is not a S256 challenge');
    }

    prune();
    const transactionId = randomToken(24);
    const tx: Transaction = { clientId, redirectUri, state, codeChallenge, expiresAt: now() + TRANSACTION_TTL_MS };
    transactions.set(transactionId, tx);
    return renderConsent(transactionId, tx, 200);
  });

  app.post('/oauth/authorize/decision', async (c) => {
    const form = await c.req.parseBody().catch(() => null);
    const field = (name: string) => (typeof form?.[name] === 'string' ? form[name] : undefined);
    const transactionId = field('transaction');
    const tx = transactionId ? transactions.get(transactionId) : undefined;
    if (!transactionId || !tx || tx.expiresAt <= now()) {
      return htmlError(
        400,
        'INVALID_REQUEST',
        'This request has expired',
        'This sign-in request was already answered or has expired.',
      );
    }
    const decision = field('decision');
    if (decision === 'deny') {
      transactions.delete(transactionId);
      return redirectTo(tx.redirectUri, { error: 'access_denied', state: tx.state });
    }
    if (decision !== 'approve') return renderConsent(transactionId, tx, 400, 'Choose Approve or Deny.');
    const profileId = field('profile');
    if (!profileId || !findCandidate(profileId)) {
      return renderConsent(transactionId, tx, 400, 'Choose the candidate to sign in as.');
    }
    transactions.delete(transactionId);
    const code = randomToken(32);
    codes.set(code, {
      clientId: tx.clientId,
      redirectUri: tx.redirectUri,
      profileId,
      codeChallenge: tx.codeChallenge,
      expiresAt: now() + CODE_TTL_MS,
      used: false,
      tokens: new Set(),
    });
    return redirectTo(tx.redirectUri, { code, state: tx.state });
  });

  app.post('/api/oauth/token', async (c) => {
    const body = await readTokenBody(c.req.raw);
    const claimedClient = body.ok ? body.fields.get('client_id') : undefined;
    const bucket = claimedClient && clients.has(claimedClient) ? claimedClient : ANONYMOUS;
    return rateLimited(bucket, async () => {
      if (!body.ok) return apiError('INVALID_REQUEST', body.message);
      const fields = body.fields;
      for (const name of ['client_id', 'client_secret', 'code', 'grant_type']) {
        const value = fields.get(name);
        if (value === undefined || value === '') return apiError('INVALID_REQUEST', `Missing ${name}`);
        if (value === null) return apiError('INVALID_REQUEST', `${name} must be a single string`);
      }
      for (const name of ['redirect_uri', 'code_verifier']) {
        if (fields.get(name) === null) return apiError('INVALID_REQUEST', `${name} must be a single string`);
      }
      const clientId = fields.get('client_id')!;
      const code = fields.get('code')!;
      if (fields.get('grant_type') !== 'authorization_code') {
        return apiError('INVALID_REQUEST', 'grant_type must be "authorization_code"');
      }
      const client = clients.get(clientId);
      if (!client || !constantTimeEqual(client.clientSecret, fields.get('client_secret')!)) {
        return apiError('INVALID_CLIENT', 'Invalid client_id or client_secret');
      }

      const grant = codes.get(code);
      if (!grant || grant.clientId !== clientId) return apiError('INVALID_CODE', 'Authorization code is invalid');
      if (grant.used) {
        for (const token of grant.tokens) tokens.delete(token);
        return apiError('INVALID_CODE', 'Authorization code was already used');
      }
      grant.used = true;
      if (grant.expiresAt <= now()) return apiError('INVALID_CODE', 'Authorization code has expired');

      const redirectUri = fields.get('redirect_uri');
      if (redirectUri !== undefined && redirectUri !== grant.redirectUri) {
        return apiError('INVALID_REDIRECT_URI', 'redirect_uri does not match the one of the authorization request');
      }
      const verifier = fields.get('code_verifier');
      if (grant.codeChallenge) {
        if (!verifier) return apiError('INVALID_REQUEST', 'code_verifier is required: the authorization used PKCE');
        if (!CODE_VERIFIER_PATTERN.test(verifier)) return apiError('INVALID_REQUEST', 'code_verifier is malformed');
        if ((await s256(verifier)) !== grant.codeChallenge) {
          return apiError('INVALID_CODE', 'code_verifier does not match the code_challenge');
        }
      } else if (verifier !== undefined) {
        return apiError('INVALID_REQUEST', 'code_verifier sent, but the authorization request had no code_challenge');
      }

      prune();
      const { token } = issueToken(clientId, grant.profileId);
      grant.tokens.add(token);
      return jsonResponse(
        { success: true, data: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_TTL_SECONDS, scope: SMARTCV_SCOPE } },
        200,
        { pragma: 'no-cache' },
      );
    });
  });

  /** Resolve the Bearer token, count the call against its client, then run `handler` with a live grant. */
  const withBearer = (c: Context, handler: (grant: TokenGrant, token: string) => Response) => {
    const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const token = match?.[1];
    const grant = token ? tokens.get(token) : undefined;
    return rateLimited(grant?.clientId ?? ANONYMOUS, () => {
      if (!token) {
        return apiError('UNAUTHORIZED', 'No access token provided', { 'www-authenticate': 'Bearer realm="smartcv"' });
      }
      if (!grant) {
        return apiError('UNAUTHORIZED', 'Access token is invalid', {
          'www-authenticate': 'Bearer realm="smartcv", error="invalid_token"',
        });
      }
      if (grant.expiresAt <= now()) {
        return apiError('TOKEN_EXPIRED', 'Access token has expired', {
          'www-authenticate': 'Bearer realm="smartcv", error="invalid_token", error_description="expired"',
        });
      }
      return handler(grant, token);
    });
  };

  app.get('/api/oauth/profile', (c) =>
    withBearer(c, (grant) => {
      const candidate = findCandidate(grant.profileId);
      if (!candidate || candidate.behaviour === 'access-denied') {
        return apiError('ACCESS_DENIED', 'The user has withdrawn access to their profile');
      }
      return jsonResponse({ success: true, data: candidate.profile(baseUrl) });
    }),
  );

  app.post('/api/oauth/revoke', (c) =>
    withBearer(c, (_grant, token) => {
      tokens.delete(token);
      return jsonResponse({ success: true, message: 'Access revoked successfully' });
    }),
  );

  app.all('/api/*', () => rateLimited(ANONYMOUS, () => apiError('NOT_FOUND', 'No such API route')));

  const assetHeaders = (type: string) => ({
    'content-type': type,
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'cross-origin',
    'cache-control': 'public, max-age=3600',
  });
  app.get('/avatars/:file', (c) => {
    const candidate = findCandidate(c.req.param('file').replace(/\.svg$/, ''));
    if (!candidate || !c.req.param('file').endsWith('.svg')) return htmlError(404, 'NOT_FOUND', 'Not found', 'No such picture.');
    return new Response(avatarSvg(candidate.profile(baseUrl).name), { headers: assetHeaders('image/svg+xml') });
  });
  app.get('/cvs/:file', (c) => {
    const candidate = findCandidate(c.req.param('file').replace(/\.pdf$/, ''));
    if (!candidate || !c.req.param('file').endsWith('.pdf')) return htmlError(404, 'NOT_FOUND', 'Not found', 'No such CV.');
    return new Response(cvPdf(candidate.profile(baseUrl)), { headers: assetHeaders('application/pdf') });
  });

  app.notFound(() => htmlError(404, 'NOT_FOUND', 'Page not found', 'There is no SmartCV page at this address.'));
  app.onError((_error, c) =>
    c.req.path.startsWith('/api/')
      ? apiError('INTERNAL_ERROR', 'An unexpected error occurred')
      : htmlError(500, 'INTERNAL_ERROR', 'Something went wrong', 'SmartCV could not handle this request.'),
  );

  return {
    name: 'smartcv',
    faults,
    fetch: async (request) => app.fetch(request),
    reset() {
      transactions.clear();
      codes.clear();
      tokens.clear();
      rateWindows.clear();
      faults.reset();
    },
  };
}
