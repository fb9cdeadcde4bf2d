import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryWebStorage, OidcClient, WebStorageStateStore, ErrorResponse } from 'oidc-client-ts';
import { approveForTest } from '../../src/sandbox/smartcv.js';
import { createSandboxStack } from '../../src/sandbox/stack.js';
import { serveNode } from '../../src/server/node.js';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import type { CandidateProfile, HandleTokenResponse, TokenErrorBody } from '../../src/types.js';
import {
  authorize,
  CLIENT_ID,
  handleFor,
  harness,
  json,
  ORIGIN,
  OTHER_PARTNER,
  REDIRECT_URI,
  tokenForm,
  type Harness,
} from './endpoint-harness.js';

const exchange = (h: Harness, code: string, verifier: string, extra: Record<string, string> = {}, origin: string | null = ORIGIN) =>
  h.call('/smartcv/token', {
    origin,
    ...tokenForm({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, ...extra }),
  });

const profile = (h: Harness, handle: string, origin: string | null = ORIGIN) =>
  h.call('/smartcv/profile', { origin, headers: { authorization: `Bearer ${handle}` } });

const hasNull = (value: unknown): boolean =>
  value === null || (typeof value === 'object' && Object.values(value as object).some(hasNull));

test('PKCE flow end to end: code → sealed handle → normalized profile; the SmartCV token never leaves', async () => {
  const h = harness();
  const { code, verifier } = await authorize(h);
  const res = await exchange(h, code, verifier);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
  const token = await json<HandleTokenResponse>(res);
  assert.equal(token.token_type, 'Bearer');
  assert.equal(token.scope, 'profile:read');
  assert.equal(token.expires_in, 300);
  assert.equal(token.access_token.split('.').length, 5, 'a compact JWE');
  assert.deepEqual(Object.keys(token).sort(), ['access_token', 'expires_in', 'scope', 'token_type']);

  // The handle is not a SmartCV token: SmartCV itself refuses it.
  const direct = await h.stack.simulators.smartcv.fetch(
    new Request('http://x/api/oauth/profile', { headers: { authorization: `Bearer ${token.access_token}` } }),
  );
  assert.equal(direct.status, 401);

  const res2 = await profile(h, token.access_token);
  assert.equal(res2.status, 200);
  assert.equal(res2.headers.get('cache-control'), 'no-store');
  const p = await json<CandidateProfile>(res2);
  assert.ok(p.name && p.email, 'complete profile has name and email');
  assert.ok(Array.isArray(p.skills) && p.skills.length > 0);
  assert.equal(hasNull(p), false, 'no nulls invented');
  assert.ok(!('phoneNumber' in p) && !('profilePicture' in p), 'normalized field names');

  // Revoked upstream after the read (keepSmartcvToken is off): the same handle now fails.
  const again = await profile(h, token.access_token);
  assert.equal(again.status, 401);
  assert.equal((await json<{ error: { code: string } }>(again)).error.code, 'UNAUTHORIZED');
});

test('a replayed code is refused with an OAuth error oidc-client-ts can read, carrying our code', async () => {
  const h = harness();
  const { code, verifier } = await authorize(h);
  assert.equal((await exchange(h, code, verifier)).status, 200);
  const replay = await exchange(h, code, verifier);
  assert.equal(replay.status, 400);
  const body = await json<TokenErrorBody>(replay);
  assert.equal(body.error, 'invalid_grant');
  assert.equal(body.code, 'INVALID_CODE');
  assert.match(body.error_description, /used/);
});

test('a wrong PKCE verifier → INVALID_CODE; a malformed one → 400 before any upstream call', async () => {
  const h = harness();
  const { code } = await authorize(h);
  const wrong = await exchange(h, code, 'x'.repeat(43));
  assert.equal(wrong.status, 400);
  assert.equal((await json<TokenErrorBody>(wrong)).code, 'INVALID_CODE');

  h.logs.length = 0;
  const malformed = await exchange(h, 'abc', 'short');
  assert.equal(malformed.status, 400);
  const body = await json<TokenErrorBody>(malformed);
  assert.equal(body.error, 'invalid_request');
  assert.equal(body.code, 'INVALID_REQUEST');
  assert.equal(h.logs.at(-1)?.upstream, 0);
});

test('client_id and redirect_uri are checked exactly against the config', async () => {
  const h = harness();
  const { code, verifier } = await authorize(h);
  const badClient = await exchange(h, code, verifier, { client_id: 'someone-else' });
  assert.equal(badClient.status, 401);
  assert.deepEqual(await json(badClient), { error: 'invalid_client', error_description: 'Unknown client_id', code: 'INVALID_CLIENT' });
  for (const uri of [`${REDIRECT_URI}/`, `${REDIRECT_URI}?x=1`, REDIRECT_URI.toUpperCase(), 'https://evil.example/callback.html']) {
    const res = await exchange(h, code, verifier, { redirect_uri: uri });
    assert.equal(res.status, 400, uri);
    assert.equal((await json<TokenErrorBody>(res)).code, 'INVALID_REDIRECT_URI');
  }
  assert.equal(h.logs.every((l) => l.upstream === 0), true, 'refused before calling SmartCV');
  // The code was never sent upstream, so it still works.
  assert.equal((await exchange(h, code, verifier)).status, 200);
});

test('token route: custom header, Origin and a form body are required', async () => {
  const h = harness();
  const { code, verifier } = await authorize(h);
  const form = tokenForm({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID });
  const noHeader = await h.call('/smartcv/token', { ...form, csrf: false });
  assert.equal(noHeader.status, 403);
  assert.deepEqual(await json(noHeader), {
    error: 'unauthorized_client',
    error_description: 'This request needs the header "X-Careerkit: 1"',
    code: 'FORBIDDEN',
  });
  const noOrigin = await h.call('/smartcv/token', { ...form, origin: null });
  assert.equal(noOrigin.status, 403);
  const asText = await h.call('/smartcv/token', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'code=1' });
  assert.equal(asText.status, 415);
  assert.equal((await json<TokenErrorBody>(asText)).error, 'invalid_request');
  const wrongGrant = await h.call('/smartcv/token', tokenForm({ grant_type: 'client_credentials', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID }));
  assert.equal(wrongGrant.status, 400);
  // None of this spent the code.
  assert.equal((await exchange(h, code, verifier)).status, 200);
});

test('a tampered handle, a handle sealed with another key, a garbage bearer → 401 UNAUTHORIZED', async () => {
  const h = harness();
  const handle = await handleFor(h);
  const parts = handle.split('.');
  const flip = (s: string) => (s[5] === 'A' ? s.slice(0, 5) + 'B' + s.slice(6) : s.slice(0, 5) + 'A' + s.slice(6));
  for (const i of [0, 2, 3, 4]) {
    const tampered = parts.map((p, j) => (j === i ? flip(p) : p)).join('.');
    const res = await profile(h, tampered);
    assert.equal(res.status, 401, `part ${i}`);
    assert.equal((await json<{ error: { code: string } }>(res)).error.code, 'UNAUTHORIZED');
  }
  const foreign = harness({ endpoint: { sealingKey: Buffer.from(Buffer.alloc(32, 7).map((b, i) => b + i)).toString('base64url') } });
  const foreignHandle = await handleFor(foreign);
  assert.equal((await profile(h, foreignHandle)).status, 401);
  assert.equal((await profile(h, 'not-a-handle')).status, 401);
  const none = await h.call('/smartcv/profile');
  assert.equal(none.status, 401);
  // The untouched handle still works.
  assert.equal((await profile(h, handle)).status, 200);
});

test('an expired handle → 401 TOKEN_EXPIRED (endpoint clock moved past the handle TTL and the 30 s clock tolerance)', async () => {
  let clock = Date.now();
  const h = harness({ endpoint: { now: () => clock, handleTtlSeconds: 60 } });
  const handle = await handleFor(h);
  clock += 59_000;
  const stillFine = await h.call('/smartcv/profile', { headers: { authorization: `Bearer ${handle}` } });
  assert.equal(stillFine.status, 200);
  const h2 = harness({ endpoint: { now: () => clock, handleTtlSeconds: 60 } });
  const handle2 = await handleFor(h2);
  clock += 89_000;
  assert.equal((await h2.call('/smartcv/profile', { headers: { authorization: `Bearer ${handle2}` } })).status, 200, 'within the tolerance');
  const h3 = harness({ endpoint: { now: () => clock, handleTtlSeconds: 60 } });
  const handle3 = await handleFor(h3);
  clock += 91_000;
  const res = await h3.call('/smartcv/profile', { headers: { authorization: `Bearer ${handle3}` } });
  assert.equal(res.status, 401);
  assert.equal((await json<{ error: { code: string } }>(res)).error.code, 'TOKEN_EXPIRED');
});

test('a handle is bound to the origin it was issued to', async () => {
  const h = harness();
  const handle = await handleFor(h, 'complete', OTHER_PARTNER);
  const elsewhere = await profile(h, handle, ORIGIN);
  assert.equal(elsewhere.status, 403);
  assert.equal((await json<{ error: { code: string } }>(elsewhere)).error.code, 'FORBIDDEN');
  const noOrigin = await profile(h, handle, null);
  assert.equal(noOrigin.status, 403);
  const viaReferer = await h.call('/smartcv/profile', {
    origin: null,
    headers: { authorization: `Bearer ${handle}`, referer: `${OTHER_PARTNER}/jobs/apply?id=3` },
  });
  assert.equal(viaReferer.status, 200, 'same-origin GETs carry no Origin: the Referer origin counts');
});

test('profile needs the custom header; personal data is never cached', async () => {
  const h = harness();
  const handle = await handleFor(h);
  const res = await h.call('/smartcv/profile', { csrf: false, headers: { authorization: `Bearer ${handle}` } });
  assert.equal(res.status, 403);
  assert.equal((await json<{ error: { code: string } }>(res)).error.code, 'FORBIDDEN');
});

test('keepSmartcvToken keeps the token after reading; /smartcv/revoke revokes it (idempotently)', async () => {
  const h = harness();
  const keep = harness({
    endpoint: { smartcv: { baseUrl: h.stack.urls.smartcv, ...SANDBOX_CREDENTIALS.smartcv, redirectUris: [REDIRECT_URI], keepSmartcvToken: true } },
  });
  const handle = await handleFor(keep);
  assert.equal((await profile(keep, handle)).status, 200);
  assert.equal((await profile(keep, handle)).status, 200, 'token kept');
  const noHeader = await keep.call('/smartcv/revoke', { method: 'POST', csrf: false, headers: { authorization: `Bearer ${handle}` } });
  assert.equal(noHeader.status, 403);
  const revoked = await keep.call('/smartcv/revoke', { method: 'POST', headers: { authorization: `Bearer ${handle}` } });
  assert.equal(revoked.status, 200);
  assert.deepEqual(await json(revoked), { revoked: true });
  assert.equal((await profile(keep, handle)).status, 401);
  const twice = await keep.call('/smartcv/revoke', { method: 'POST', headers: { authorization: `Bearer ${handle}` } });
  assert.equal(twice.status, 200, 'revoking a revoked token succeeds');
});

test('SmartCV codes pass through by name: ACCESS_DENIED for a withdrawn profile', async () => {
  const h = harness();
  const handle = await handleFor(h, 'access-withdrawn');
  const res = await profile(h, handle);
  assert.equal(res.status, 403);
  assert.equal((await json<{ error: { code: string } }>(res)).error.code, 'ACCESS_DENIED');
});

test('every seeded profile normalizes without nulls; names split only when safe', async () => {
  const h = harness();
  for (const id of ['complete', 'name-only', 'non-latin', 'many-skills', 'everyday', 'markup']) {
    const p = await json<CandidateProfile>(await profile(h, await handleFor(h, id)));
    assert.equal(hasNull(p), false, id);
    if (p.givenName || p.familyName) {
      assert.equal(`${p.givenName} ${p.familyName}`, p.name, `${id}: split parts rebuild the name`);
    }
    for (const url of [p.cvUrl, p.pictureUrl, ...Object.values(p.links ?? {})]) {
      if (url) assert.match(url, /^https?:\/\//, `${id}: only http(s) URLs`);
    }
  }
});

test('SmartCV 500, 429 and a hang → UPSTREAM_UNAVAILABLE 502, RATE_LIMITED 429 + Retry-After, UPSTREAM_TIMEOUT 504', async () => {
  const h = harness({ endpoint: { upstreamTimeoutMs: 150 } });
  const sim = h.stack.simulators.smartcv;
  sim.faults.set({ errorRate: 1 });
  let { code, verifier } = await authorize(h);
  let res = await exchange(h, code, verifier);
  assert.equal(res.status, 502);
  assert.deepEqual({ ...(await json<TokenErrorBody>(res)), error_description: '' }, { error: 'temporarily_unavailable', error_description: '', code: 'UPSTREAM_UNAVAILABLE' });

  sim.faults.reset();
  sim.faults.set({ rateLimited: true });
  ({ code, verifier } = await authorize(h));
  res = await exchange(h, code, verifier);
  assert.equal(res.status, 429);
  const retryAfter = Number(res.headers.get('retry-after'));
  assert.ok(retryAfter >= 1 && retryAfter <= 120, `Retry-After ${retryAfter}`);
  const body = await json<TokenErrorBody>(res);
  assert.equal(body.code, 'RATE_LIMITED');
  assert.equal(body.retryAfter, retryAfter);
  // While SmartCV's Retry-After runs, the endpoint answers 429 itself and spends nothing.
  sim.faults.reset();
  ({ code, verifier } = await authorize(h));
  h.logs.length = 0;
  res = await exchange(h, code, verifier);
  assert.equal(res.status, 429);
  assert.equal(h.logs.at(-1)?.upstream, 0, 'no SmartCV call during its Retry-After');
  await h.stack.endpoint.reset();

  sim.faults.set({ hang: true });
  ({ code, verifier } = await authorize(h));
  const started = Date.now();
  res = await exchange(h, code, verifier);
  assert.equal(res.status, 504);
  assert.equal((await json<TokenErrorBody>(res)).code, 'UPSTREAM_TIMEOUT');
  assert.ok(Date.now() - started < 2000);

  sim.faults.reset();
  sim.faults.set({ malformedJson: true });
  ({ code, verifier } = await authorize(h));
  res = await exchange(h, code, verifier);
  assert.equal(res.status, 502);
});

test('oidc-client-ts completes the sign-in against the endpoint over real HTTP and surfaces our errors', async (t) => {
  // The stack on an ephemeral port; oidc-client-ts posts with the global fetch, exactly as in a browser.
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const stack = createSandboxStack({ origin, endpoint: { log: false } });
  const server = await serveNode(stack, { port, host: '127.0.0.1' });
  t.after(() => server.close());
  const client = new OidcClient({
    authority: `${origin}/sandbox/smartcv`,
    client_id: CLIENT_ID,
    redirect_uri: `${origin}/callback.html`,
    scope: 'profile:read',
    response_type: 'code',
    metadata: {
      issuer: `${origin}/sandbox/smartcv`,
      authorization_endpoint: `${origin}/sandbox/smartcv/oauth/authorize`,
      token_endpoint: `${origin}/careerkit/smartcv/token`,
    },
    // Node's fetch sends no Origin of its own; a browser would.
    extraHeaders: { 'X-Careerkit': '1', Origin: origin },
    stateStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    loadUserInfo: false,
  });
  const signin = async () => {
    const request = await client.createSigninRequest({});
    const url = new URL(request.url);
    const { redirect } = await approveForTest(stack.simulators.smartcv, {
      clientId: CLIENT_ID,
      redirectUri: `${origin}/callback.html`,
      state: url.searchParams.get('state')!,
      codeChallenge: url.searchParams.get('code_challenge')!,
    });
    return redirect.href;
  };
  const response = await client.processSigninResponse(await signin());
  assert.equal(response.token_type, 'Bearer');
  assert.equal(response.access_token.split('.').length, 5);
  const res = await fetch(`${origin}/careerkit/smartcv/profile`, {
    headers: { authorization: `Bearer ${response.access_token}`, 'x-careerkit': '1', origin },
  });
  assert.equal(res.status, 200);

  stack.simulators.smartcv.faults.set({ rateLimited: true });
  await assert.rejects(client.processSigninResponse(await signin()), (error: unknown) => {
    assert.ok(error instanceof ErrorResponse);
    assert.equal(error.error, 'temporarily_unavailable');
    assert.match(error.message, /rate limit/i);
    return true;
  });
});

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
