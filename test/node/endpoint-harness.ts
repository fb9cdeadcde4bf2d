/** Shared set-up for the endpoint-*.test.ts suites: the real sandbox stack, a log capture, request helpers. */
import { createSandboxStack, type SandboxStack } from '../../src/sandbox/stack.js';
import { approveForTest } from '../../src/sandbox/smartcv/index.js';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import type { JobspaceSimulator } from '../../src/sandbox/jobspace/index.js';
import type { PartnerEndpointConfig } from '../../src/server/config.js';

export const ORIGIN = 'http://localhost:9999';
export const OTHER_PARTNER = 'https://careers.partner-two.example';
export const REDIRECT_URI = `${ORIGIN}/callback.html`;
export const CLIENT_ID = SANDBOX_CREDENTIALS.smartcv.clientId;

export interface Harness {
  stack: SandboxStack;
  logs: Record<string, unknown>[];
  jobspace: JobspaceSimulator;
  call(path: string, init?: CallInit): Promise<Response>;
}

export interface CallInit extends RequestInit {
  /** Origin header; `null` sends none. Default: the stack's own origin. */
  origin?: string | null;
  /** Send `X-Careerkit: 1`. Default: true for non-GET and /smartcv/ routes. */
  csrf?: boolean;
  query?: Record<string, string>;
}

export function harness(options: { endpoint?: Partial<PartnerEndpointConfig> } = {}): Harness {
  const logs: Record<string, unknown>[] = [];
  const stack = createSandboxStack({
    origin: ORIGIN,
    allowedOrigins: [OTHER_PARTNER],
    endpoint: { log: (line) => logs.push(line), rateLimitPerMinute: 0, ...options.endpoint },
  });
  const call = (path: string, init: CallInit = {}) => {
    const { origin = ORIGIN, csrf, query, ...rest } = init;
    const url = new URL(`/careerkit${path}`, ORIGIN);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
    const headers = new Headers(rest.headers);
    if (origin !== null) headers.set('origin', origin);
    const method = (rest.method ?? 'GET').toUpperCase();
    if (csrf ?? (method !== 'GET' || path.startsWith('/smartcv/'))) headers.set('x-careerkit', '1');
    return stack.fetch(new Request(url, { ...rest, headers }));
  };
  return { stack, logs, jobspace: stack.simulators.jobspace as JobspaceSimulator, call };
}

/** RFC 7636 S256 with WebCrypto, independent of the simulator's own helper. */
export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const verifier = Buffer.from(bytes).toString('base64url');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: Buffer.from(digest).toString('base64url') };
}

/** Runs consent in the simulator and answers a fresh code plus its verifier. */
export async function authorize(h: Harness, profileId = 'complete', redirectUri = REDIRECT_URI) {
  const pkce = await pkcePair();
  const { code } = await approveForTest(h.stack.simulators.smartcv, {
    clientId: CLIENT_ID,
    redirectUri,
    codeChallenge: pkce.challenge,
    state: 'st-1',
    profileId,
  });
  return { code, verifier: pkce.verifier };
}

/** The form oidc-client-ts posts to the token endpoint. */
export function tokenForm(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(fields),
  };
}

/** Full flow up to a sealed handle. */
export async function handleFor(h: Harness, profileId = 'complete', origin = ORIGIN): Promise<string> {
  const { code, verifier } = await authorize(h, profileId);
  const res = await h.call('/smartcv/token', {
    origin,
    ...tokenForm({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID }),
  });
  if (res.status !== 200) throw new Error(`token route answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}

export const json = async <T = Record<string, unknown>>(res: Response): Promise<T> => (await res.json()) as T;
