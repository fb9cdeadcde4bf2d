/**
 * The SmartCV simulator's state, shared by its route modules: registered clients, consent transactions, codes,
 * tokens and per-client rate windows, with the helpers that read and write them. One object per simulator.
 */
import { FaultSwitch, seededRandom } from '../faults.js';
import type { SimulatorOptions } from '../simulator.js';
import { base64url, base64urlJson, randomToken } from './crypto.js';
import { apiError } from './responses.js';

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

export const SMARTCV_SCOPE = 'profile:read';
export const CODE_TTL_MS = 60_000;
export const TOKEN_TTL_SECONDS = 3600;
/** How long the consent page stays answerable. */
export const TRANSACTION_TTL_MS = 10 * 60_000;
const RATE_WINDOW_MS = 3_600_000;
/** Bucket for API calls that name no known client (bad client_id, unknown token). */
export const ANONYMOUS = '\0anonymous';

export interface Transaction {
  clientId: string;
  redirectUri: string;
  state?: string;
  codeChallenge?: string;
  expiresAt: number;
}
export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  profileId: string;
  codeChallenge?: string;
  expiresAt: number;
  used: boolean;
  tokens: Set<string>;
}
export interface TokenGrant {
  clientId: string;
  profileId: string;
  expiresAt: number;
}
interface RateWindow {
  resetAt: number;
  count: number;
}

export type SmartcvState = ReturnType<typeof createSmartcvState>;

export function createSmartcvState(options: SmartcvSandboxOptions) {
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

  const reset = () => {
    transactions.clear();
    codes.clear();
    tokens.clear();
    rateWindows.clear();
    faults.reset();
  };

  return { now, baseUrl, rateLimit, clients, faults, transactions, codes, tokens, prune, rateLimited, issueToken, reset };
}
