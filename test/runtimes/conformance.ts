/**
 * One HTTP conformance suite for the endpoint, run against the same handler served by Node, Bun, Deno and workerd
 * (see run.ts): routes, typed errors, CORS, caching headers, and the SmartCV PKCE flow through the sandbox's
 * simulator, all over real HTTP. Plain fetch + node:assert so it runs from the Node side against any server.
 */
import assert from 'node:assert/strict';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import { submitConsentForTest } from '../../src/sandbox/smartcv/testing.js';

export interface Check {
  name: string;
  run(): Promise<void>;
}

const OTHER_ORIGIN = 'https://not-a-partner.example';

/** The checks for a server at `base` (e.g. http://127.0.0.1:9301) whose sandbox origin is `base` itself. */
export function conformanceChecks(base: string): Check[] {
  const origin = base;
  const redirectUri = `${origin}/callback.html`;
  const clientId = SANDBOX_CREDENTIALS.smartcv.clientId;
  const call = (path: string, init: RequestInit & { origin?: string | null; csrf?: boolean } = {}) => {
    const { origin: from = origin, csrf = false, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (from !== null) headers.set('origin', from);
    if (csrf) headers.set('x-careerkit', '1');
    return fetch(`${base}/careerkit${path}`, { ...rest, headers, redirect: 'manual' });
  };
  const errorCode = async (res: Response) => ((await res.json()) as { error?: { code?: string }; code?: string }).error?.code;

  /** Consent in the SmartCV simulator over HTTP (authorize page → decision), answering a code and its verifier. */
  const authorize = async () => {
    const verifierBytes = crypto.getRandomValues(new Uint8Array(32));
    const verifier = Buffer.from(verifierBytes).toString('base64url');
    const challenge = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))).toString('base64url');
    const overHttp = {
      fetch: (request: Request) => {
        const url = new URL(request.url);
        return fetch(new Request(`${base}/sandbox/smartcv${url.pathname}${url.search}`, request), { redirect: 'manual' });
      },
    };
    const redirect = await submitConsentForTest(overHttp, { clientId, redirectUri, codeChallenge: challenge, state: 'st-rt', profileId: 'complete' });
    assert.equal(`${redirect.origin}${redirect.pathname}`, redirectUri);
    assert.equal(redirect.searchParams.get('state'), 'st-rt');
    const code = redirect.searchParams.get('code');
    assert.ok(code, 'SmartCV issued a code');
    return { code, verifier };
  };
  const tokenRequest = (fields: Record<string, string>) =>
    call('/smartcv/token', {
      method: 'POST',
      csrf: true,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(fields).toString(),
    });

  return [
    {
      name: 'GET /healthz: 200 JSON, nosniff',
      async run() {
        const res = await call('/healthz');
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.deepEqual(await res.json(), { ok: true });
      },
    },
    {
      name: 'GET /readyz: every upstream ok, store reported',
      async run() {
        const res = await call('/readyz');
        const body = (await res.json()) as { ready: boolean; upstreams: Record<string, string>; store?: { kind: string; ok: boolean } };
        assert.equal(res.status, 200, JSON.stringify(body));
        assert.deepEqual(body.upstreams, { smartcv: 'ok', jobspace: 'ok', tabiya: 'ok' });
        assert.deepEqual(body.store, { kind: 'memory', ok: true });
      },
    },
    {
      name: 'GET /config: public config, cacheable, no secret',
      async run() {
        const res = await call('/config');
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
        const text = await res.text();
        assert.ok(!text.includes(SANDBOX_CREDENTIALS.smartcv.clientSecret), 'no client secret');
        const body = JSON.parse(text) as { features: Record<string, boolean>; smartcv: { clientId: string; redirectUris: string[] } };
        assert.deepEqual(body.features, { apply: true, jobs: true, skills: true, jobAdmin: false });
        assert.equal(body.smartcv.clientId, clientId);
        assert.deepEqual(body.smartcv.redirectUris, [redirectUri]);
      },
    },
    {
      name: 'CORS: allowed origin echoed with exposed headers; preflight 204; other origins 403',
      async run() {
        const ok = await call('/config');
        assert.equal(ok.headers.get('access-control-allow-origin'), origin);
        assert.match(ok.headers.get('access-control-expose-headers') ?? '', /ETag/);
        assert.match(ok.headers.get('vary') ?? '', /Origin/);
        const preflight = await call('/smartcv/token', {
          method: 'OPTIONS',
          headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-careerkit' },
        });
        assert.equal(preflight.status, 204);
        assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
        assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /X-Careerkit/);
        const foreign = await call('/config', { origin: OTHER_ORIGIN });
        assert.equal(foreign.status, 403);
        assert.equal(foreign.headers.get('access-control-allow-origin'), null);
        assert.equal(await errorCode(foreign), 'FORBIDDEN');
      },
    },
    {
      name: 'GET /jobs: a page, ETag, If-None-Match → 304 without a body',
      async run() {
        const res = await call('/jobs?pageSize=5');
        assert.equal(res.status, 200);
        const body = (await res.json()) as { items: { id: string; title: string }[]; total: number; pageSize: number };
        assert.equal(body.items.length, 5);
        assert.equal(body.pageSize, 5);
        assert.ok(body.total >= 5);
        const etag = res.headers.get('etag');
        assert.match(etag ?? '', /^"[\w-]{10,}"$/);
        const again = await call('/jobs?pageSize=5', { headers: { 'if-none-match': etag! } });
        assert.equal(again.status, 304);
        assert.equal(await again.text(), '');
        const one = await call(`/jobs/${encodeURIComponent(body.items[0]!.id)}`);
        assert.equal(one.status, 200);
        assert.equal(((await one.json()) as { title: string }).title, body.items[0]!.title);
      },
    },
    {
      name: 'typed errors: bad query 400, unknown route 404, unknown job 404, never a 5xx',
      async run() {
        const bad = await call('/jobs?pageSize=lots');
        assert.equal(bad.status, 400);
        assert.equal(await errorCode(bad), 'INVALID_REQUEST');
        const missing = await call('/no-such-route');
        assert.equal(missing.status, 404);
        assert.equal(await errorCode(missing), 'NOT_FOUND');
        const noJob = await call('/jobs/99999999');
        assert.equal(noJob.status, 404);
        const hostile = await call('/jobs?q=%00%FF__proto__&pageSize=5');
        assert.ok(hostile.status < 500, `hostile query answered ${hostile.status}`);
      },
    },
    {
      name: 'state-changing requests need X-Careerkit; job writes default-deny',
      async run() {
        const noHeader = await call('/jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        assert.equal(noHeader.status, 403);
        const denied = await call('/jobs', { method: 'POST', csrf: true, headers: { 'content-type': 'application/json' }, body: '{}' });
        assert.equal(denied.status, 403);
        const big = await call('/taxonomy/skills/match', {
          method: 'POST',
          csrf: true,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ labels: ['x'.repeat(70 * 1024)] }),
        });
        assert.equal(big.status, 413);
      },
    },
    {
      name: 'GET /taxonomy/skills?q=: the sandbox taxonomy answers a search',
      async run() {
        const res = await call('/taxonomy/skills?q=communication&limit=5');
        assert.equal(res.status, 200);
        const body = (await res.json()) as { items: { preferredLabel: string }[] };
        assert.ok(body.items.length > 0, 'at least one skill');
        assert.ok(body.items.length <= 5);
      },
    },
    {
      // The first search starts the index build in the background and answers from the upstream; the build must
      // outlive that request (on workerd only through waitUntil), so later searches come from the index.
      name: 'GET /taxonomy/skills?q=: after warm-up, searches come from the skill index (background build survives its request)',
      async run() {
        const deadline = Date.now() + 30_000;
        let last: unknown;
        while (Date.now() < deadline) {
          const res = await call('/taxonomy/skills?q=communication&limit=5');
          assert.equal(res.status, 200, `search answered ${res.status}`);
          const body = (await res.json()) as { items: unknown[]; source?: string };
          if (body.source === 'index') {
            assert.ok(body.items.length > 0, 'the index finds skills');
            const ready = (await (await call('/readyz')).json()) as { index?: { state?: string; size?: number } };
            assert.equal(ready.index?.state, 'ready');
            assert.ok((ready.index?.size ?? 0) > 0, 'the index holds skills');
            return;
          }
          last = body.source;
          await new Promise((r) => setTimeout(r, 250));
        }
        assert.fail(`searches never came from the index within 30 s (last source: ${String(last)})`);
      },
    },
    {
      name: 'PKCE: consent at the SmartCV simulator, code exchanged for a sealed handle, profile read with it',
      async run() {
        const { code, verifier } = await authorize();
        const res = await tokenRequest({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri, client_id: clientId });
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('cache-control'), 'no-store');
        const token = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
        assert.equal(token.token_type, 'Bearer');
        assert.ok(token.expires_in > 0);
        const profile = await call('/smartcv/profile', { csrf: true, headers: { authorization: `Bearer ${token.access_token}` } });
        assert.equal(profile.status, 200);
        const candidate = (await profile.json()) as { givenName?: string; email?: string };
        assert.ok(candidate.givenName || candidate.email, 'a profile with a name or email');
        const elsewhere = await call('/smartcv/profile', { origin: OTHER_ORIGIN, csrf: true, headers: { authorization: `Bearer ${token.access_token}` } });
        assert.equal(elsewhere.status, 403, 'a handle does not work from another origin');
      },
    },
    {
      name: 'PKCE: a wrong verifier and a replayed code are refused as invalid_grant',
      async run() {
        const { code, verifier } = await authorize();
        const wrong = await tokenRequest({ grant_type: 'authorization_code', code, code_verifier: `${verifier.slice(0, -2)}xx`, redirect_uri: redirectUri, client_id: clientId });
        assert.equal(wrong.status, 400);
        assert.equal(((await wrong.json()) as { error: string }).error, 'invalid_grant');
        const fresh = await authorize();
        const fields = { grant_type: 'authorization_code', code: fresh.code, code_verifier: fresh.verifier, redirect_uri: redirectUri, client_id: clientId };
        assert.equal((await tokenRequest(fields)).status, 200);
        const replay = await tokenRequest(fields);
        assert.equal(replay.status, 400);
        assert.equal(((await replay.json()) as { error: string }).error, 'invalid_grant');
      },
    },
  ];
}
