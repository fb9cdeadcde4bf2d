import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  approveForTest,
  createPkcePair,
  createSmartcvSandbox,
  denyForTest,
  SEEDED_CANDIDATE_IDS,
  type SmartcvClient,
  type SmartcvSandboxOptions,
} from '../../src/sandbox/smartcv/index.js';
import { createSandboxStack } from '../../src/sandbox/stack.js';
import type { Simulator } from '../../src/sandbox/simulator.js';

const PARTNER: SmartcvClient = {
  clientId: 'tabbio_partner_a',
  clientSecret: 'tabbio_secret_a',
  redirectUris: ['https://partner.example/oauth/callback', 'http://localhost:8787/callback.html'],
};
const OTHER: SmartcvClient = {
  clientId: 'tabbio_partner_b',
  clientSecret: 'tabbio_secret_b',
  redirectUris: ['https://other.example/cb'],
};
const REDIRECT = PARTNER.redirectUris[0]!;
const BASE = 'https://smartcv.test/sandbox/smartcv';
const SEED_PROFILE_KEYS = [
  'name', 'email', 'phoneNumber', 'location', 'headline', 'cvUrl', 'profilePicture', 'skills', 'experience',
  'education', 'certifications', 'languages', 'socialLinks',
].sort();

function setup(extra: Partial<SmartcvSandboxOptions> = {}) {
  const clock = { t: Date.UTC(2026, 0, 15, 9, 0, 0) };
  const sim = createSmartcvSandbox({ clients: [PARTNER, OTHER], baseUrl: BASE, now: () => clock.t, ...extra });
  return { sim, clock };
}

const url = (path: string) => `http://sim.local${path}`;

function authorizeRequest(params: Record<string, string | undefined>): Request {
  const u = new URL(url('/oauth/authorize'));
  const all = { client_id: PARTNER.clientId, redirect_uri: REDIRECT, response_type: 'code', scope: 'profile:read', state: 'st-123', ...params };
  for (const [k, v] of Object.entries(all)) if (v !== undefined) u.searchParams.set(k, v);
  return new Request(u);
}

function transactionOf(html: string): string {
  const id = /name="transaction" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(id, 'consent page carries a transaction id');
  return id;
}

function decide(sim: Simulator, fields: Record<string, string>) {
  return sim.fetch(
    new Request(url('/oauth/authorize/decision'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    }),
  );
}

function tokenCall(sim: Simulator, body: Record<string, unknown>, as: 'json' | 'form' = 'json') {
  return sim.fetch(
    new Request(url('/api/oauth/token'), {
      method: 'POST',
      headers: { 'content-type': as === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' },
      body: as === 'json' ? JSON.stringify(body) : new URLSearchParams(body as Record<string, string>),
    }),
  );
}

const exchange = (code: string, extra: Record<string, unknown> = {}) => ({
  client_id: PARTNER.clientId,
  client_secret: PARTNER.clientSecret,
  code,
  grant_type: 'authorization_code',
  ...extra,
});

const bearer = (sim: Simulator, path: string, token: string | undefined, method = 'GET', scheme = 'Bearer') =>
  sim.fetch(new Request(url(path), { method, headers: token ? { authorization: `${scheme} ${token}` } : {} }));

async function expectError(res: Response, code: string, status: number) {
  assert.equal(res.status, status, `status for ${code}`);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = (await res.json()) as { success: boolean; error: { code: string; message: string } };
  assert.equal(body.success, false);
  assert.equal(body.error.code, code);
  assert.ok(body.error.message.length > 0, 'error carries a message');
}

/** A PKCE-bound code for PARTNER, plus its verifier. */
async function pkceCode(sim: Simulator, profileId = 'complete') {
  const pkce = await createPkcePair();
  const { code } = await approveForTest(sim, { clientId: PARTNER.clientId, redirectUri: REDIRECT, codeChallenge: pkce.challenge, profileId });
  return { code, verifier: pkce.verifier };
}

async function accessToken(sim: Simulator, profileId = 'complete'): Promise<string> {
  const { code, verifier } = await pkceCode(sim, profileId);
  const res = await tokenCall(sim, exchange(code, { code_verifier: verifier, redirect_uri: REDIRECT }));
  assert.equal(res.status, 200);
  return ((await res.json()) as { data: { access_token: string } }).data.access_token;
}

describe('SmartCV simulator: authorize and consent', () => {
  test('happy path: consent page → approve → token → profile → revoke → profile 401', async () => {
    const { sim } = setup();
    const pkce = await createPkcePair();
    const page = await sim.fetch(authorizeRequest({ code_challenge: pkce.challenge, code_challenge_method: 'S256' }));
    assert.equal(page.status, 200);
    const approved = await decide(sim, { transaction: transactionOf(await page.text()), profile: 'everyday', decision: 'approve' });
    assert.equal(approved.status, 302);
    const back = new URL(approved.headers.get('location')!);
    assert.equal(`${back.origin}${back.pathname}`, REDIRECT);
    assert.equal(back.searchParams.get('state'), 'st-123');
    const code = back.searchParams.get('code')!;
    assert.ok(code.length >= 32);

    const tokenRes = await tokenCall(sim, exchange(code, { code_verifier: pkce.verifier, redirect_uri: REDIRECT }));
    assert.equal(tokenRes.status, 200);
    assert.equal(tokenRes.headers.get('cache-control'), 'no-store');
    const tokenBody = (await tokenRes.json()) as { success: true; data: Record<string, unknown> };
    assert.equal(tokenBody.success, true);
    assert.deepEqual(Object.keys(tokenBody.data).sort(), ['access_token', 'expires_in', 'scope', 'token_type']);
    assert.equal(tokenBody.data.token_type, 'Bearer');
    assert.equal(tokenBody.data.expires_in, 3600);
    assert.equal(tokenBody.data.scope, 'profile:read');
    const token = tokenBody.data.access_token as string;

    const profileRes = await bearer(sim, '/api/oauth/profile', token);
    assert.equal(profileRes.status, 200);
    const profile = (await profileRes.json()) as { success: true; data: { name: string; skills: string[] } };
    assert.equal(profile.data.name, 'Thabo Nkosi');
    assert.ok(profile.data.skills.includes('forklift driving'));

    const revoke = await bearer(sim, '/api/oauth/revoke', token, 'POST');
    assert.equal(revoke.status, 200);
    assert.deepEqual(await revoke.json(), { success: true, message: 'Access revoked successfully' });
    await expectError(await bearer(sim, '/api/oauth/profile', token), 'UNAUTHORIZED', 401);
  });

  test('consent page: security headers, language, labelled radio group and stable form fields', async () => {
    const { sim } = setup();
    const res = await sim.fetch(authorizeRequest({}));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /default-src 'none'/);
    // The post-consent redirect must be allowed by form-action, or browsers block it.
    assert.match(csp, /form-action [^;]*https:\/\/partner\.example/);
    const html = await res.text();
    assert.match(html, /^<!doctype html>\s*<html lang="en">/);
    assert.match(html, new RegExp(`<form id="consent" method="post" action="${BASE}/oauth/authorize/decision">`));
    assert.match(html, /<fieldset>\s*<legend>Sign in as<\/legend>/);
    for (const id of SEEDED_CANDIDATE_IDS) {
      assert.match(html, new RegExp(`<label class="choice" for="profile-${id}">\\s*<input type="radio" id="profile-${id}" name="profile" value="${id}"`));
    }
    assert.match(html, /<button type="submit" class="approve" name="decision" value="approve">Approve<\/button>/);
    assert.match(html, /<button type="submit" class="deny" name="decision" value="deny">Deny<\/button>/);
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce && html.includes(`<style nonce="${nonce}">`), 'inline style allowed by its nonce');
    // Seeded markup is shown as text, never as markup.
    assert.ok(!html.includes('<img src=x'));
    assert.ok(html.includes('Alex &lt;img src=x onerror=&quot;alert(1)&quot;&gt; Doe'));
    // The request parameters are not in the form: only the server-side transaction.
    assert.ok(!/name="(redirect_uri|state|client_id|code_challenge)"/.test(html));
  });

  test('deny redirects with error=access_denied and the state; the transaction is single-use', async () => {
    const { sim } = setup();
    const page = await sim.fetch(authorizeRequest({ state: 'keep me' }));
    const transaction = transactionOf(await page.text());
    const res = await decide(sim, { transaction, decision: 'deny' });
    assert.equal(res.status, 302);
    const back = new URL(res.headers.get('location')!);
    assert.equal(back.searchParams.get('error'), 'access_denied');
    assert.equal(back.searchParams.get('state'), 'keep me');
    assert.equal(back.searchParams.get('code'), null);
    const again = await decide(sim, { transaction, decision: 'approve', profile: 'complete' });
    assert.equal(again.status, 400);
    assert.equal(again.headers.get('location'), null);
    assert.match(await again.text(), /expired/);
    const viaHelper = await denyForTest(sim, { clientId: PARTNER.clientId, redirectUri: REDIRECT, state: 's2' });
    assert.equal(viaHelper.searchParams.get('error'), 'access_denied');
  });

  test('unknown client renders an HTML error page (400), never a redirect', async () => {
    const { sim } = setup();
    for (const clientId of ['nobody', undefined]) {
      const res = await sim.fetch(authorizeRequest({ client_id: clientId }));
      assert.equal(res.status, 400);
      assert.equal(res.headers.get('location'), null);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.match(await res.text(), clientId ? /INVALID_CLIENT/ : /INVALID_REQUEST/);
    }
  });

  test('redirect URI must match a registered one exactly; otherwise an HTML error page', async () => {
    const { sim } = setup();
    const variants = [
      'https://partner.example/oauth/callback/',
      'https://partner.example/oauth/callback?x=1',
      'https://partner.example.evil.test/oauth/callback',
      'http://partner.example/oauth/callback',
      OTHER.redirectUris[0]!, // registered, but for another client
    ];
    for (const redirect_uri of variants) {
      const res = await sim.fetch(authorizeRequest({ redirect_uri }));
      assert.equal(res.status, 400, redirect_uri);
      assert.equal(res.headers.get('location'), null);
      assert.match(await res.text(), /INVALID_REDIRECT_URI/);
    }
    const missing = await sim.fetch(authorizeRequest({ redirect_uri: undefined }));
    assert.equal(missing.status, 400);
    assert.equal(missing.headers.get('location'), null);
  });

  test('bad response_type redirects with invalid_request, bad scope with invalid_scope, both with state', async () => {
    const { sim } = setup();
    const cases: [Record<string, string | undefined>, string][] = [
      [{ response_type: undefined }, 'invalid_request'],
      [{ response_type: 'token' }, 'invalid_request'],
      [{ scope: undefined }, 'invalid_scope'],
      [{ scope: 'profile:write' }, 'invalid_scope'],
      [{ scope: 'profile:read openid' }, 'invalid_scope'],
    ];
    for (const [params, error] of cases) {
      const res = await sim.fetch(authorizeRequest(params));
      assert.equal(res.status, 302, JSON.stringify(params));
      const back = new URL(res.headers.get('location')!);
      assert.equal(back.origin + back.pathname, REDIRECT);
      assert.equal(back.searchParams.get('error'), error);
      assert.equal(back.searchParams.get('state'), 'st-123');
      assert.ok(back.searchParams.get('error_description'));
    }
  });

  test('PKCE: plain, unknown methods, implicit plain and malformed challenges are rejected with invalid_request', async () => {
    const { sim } = setup();
    const { challenge, verifier } = await createPkcePair();
    const cases: Record<string, string | undefined>[] = [
      { code_challenge: verifier, code_challenge_method: 'plain' },
      { code_challenge: challenge, code_challenge_method: 'S512' },
      { code_challenge: challenge }, // no method means plain (RFC 7636 §4.3)
      { code_challenge_method: 'S256' },
      { code_challenge: 'short', code_challenge_method: 'S256' },
    ];
    for (const params of cases) {
      const res = await sim.fetch(authorizeRequest(params));
      assert.equal(res.status, 302, JSON.stringify(params));
      const back = new URL(res.headers.get('location')!);
      assert.equal(back.searchParams.get('error'), 'invalid_request');
      assert.equal(back.searchParams.get('state'), 'st-123');
    }
  });

  test('repeated parameters are refused', async () => {
    const { sim } = setup();
    const u = new URL(authorizeRequest({}).url);
    u.searchParams.append('scope', 'profile:read');
    const res = await sim.fetch(new Request(u));
    assert.equal(new URL(res.headers.get('location')!).searchParams.get('error'), 'invalid_request');
    const v = new URL(authorizeRequest({}).url);
    v.searchParams.append('redirect_uri', 'https://attacker.test/cb');
    const page = await sim.fetch(new Request(v));
    assert.equal(page.status, 400);
    assert.equal(page.headers.get('location'), null);
  });

  test('decision: unknown transaction → error page; approve without a valid profile re-renders the form', async () => {
    const { sim } = setup();
    const forged = await decide(sim, { transaction: 'forged', decision: 'approve', profile: 'complete' });
    assert.equal(forged.status, 400);
    assert.equal(forged.headers.get('location'), null);
    const transaction = transactionOf(await (await sim.fetch(authorizeRequest({}))).text());
    const noProfile = await decide(sim, { transaction, decision: 'approve', profile: 'nobody' });
    assert.equal(noProfile.status, 400);
    const html = await noProfile.text();
    assert.match(html, /role="alert"/);
    assert.equal(transactionOf(html), transaction);
    const noDecision = await decide(sim, { transaction, decision: 'maybe' });
    assert.equal(noDecision.status, 400);
    const ok = await decide(sim, { transaction, decision: 'approve', profile: 'name-only' });
    assert.equal(ok.status, 302);
    assert.ok(new URL(ok.headers.get('location')!).searchParams.get('code'));
  });

  test('a consent transaction expires after 10 minutes', async () => {
    const { sim, clock } = setup();
    const transaction = transactionOf(await (await sim.fetch(authorizeRequest({}))).text());
    clock.t += 10 * 60_000;
    const res = await decide(sim, { transaction, decision: 'approve', profile: 'complete' });
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('location'), null);
  });
});

describe('SmartCV simulator: error table (each code with its status)', () => {
  test('INVALID_REQUEST 400: missing fields, wrong grant_type, bad JSON, bad content type', async () => {
    const { sim } = setup();
    const { code } = await pkceCode(sim);
    for (const field of ['client_id', 'client_secret', 'code', 'grant_type']) {
      const body: Record<string, unknown> = exchange(code);
      delete body[field];
      await expectError(await tokenCall(sim, body), 'INVALID_REQUEST', 400);
    }
    await expectError(await tokenCall(sim, exchange(code, { grant_type: 'client_credentials' })), 'INVALID_REQUEST', 400);
    await expectError(await tokenCall(sim, exchange(code, { code: 42 })), 'INVALID_REQUEST', 400);
    const post = (body: string, type?: string) =>
      sim.fetch(new Request(url('/api/oauth/token'), { method: 'POST', headers: type ? { 'content-type': type } : {}, body }));
    await expectError(await post('{"client_id": ', 'application/json'), 'INVALID_REQUEST', 400);
    await expectError(await post('[1,2]', 'application/json'), 'INVALID_REQUEST', 400);
    await expectError(await post(JSON.stringify(exchange(code)), 'text/plain'), 'INVALID_REQUEST', 400);
  });

  test('INVALID_CLIENT 401: unknown client_id or wrong secret', async () => {
    const { sim } = setup();
    const { code } = await pkceCode(sim);
    await expectError(await tokenCall(sim, exchange(code, { client_secret: 'wrong' })), 'INVALID_CLIENT', 401);
    await expectError(await tokenCall(sim, exchange(code, { client_id: 'nobody' })), 'INVALID_CLIENT', 401);
    await expectError(await tokenCall(sim, exchange(code, { client_secret: OTHER.clientSecret })), 'INVALID_CLIENT', 401);
  });

  test('INVALID_REDIRECT_URI 400: redirect_uri on the token call differs from the authorize one', async () => {
    const { sim } = setup();
    const { code, verifier } = await pkceCode(sim);
    const res = await tokenCall(sim, exchange(code, { code_verifier: verifier, redirect_uri: PARTNER.redirectUris[1] }));
    await expectError(res, 'INVALID_REDIRECT_URI', 400);
  });

  test('INVALID_CODE 400: unknown code, or a code issued to another client', async () => {
    const { sim } = setup();
    await expectError(await tokenCall(sim, exchange('not-a-code')), 'INVALID_CODE', 400);
    const { code } = await approveForTest(sim, { clientId: OTHER.clientId, redirectUri: OTHER.redirectUris[0]! });
    await expectError(await tokenCall(sim, exchange(code)), 'INVALID_CODE', 400);
    // The rightful client can still use it: a stranger cannot burn someone else's code.
    const own = await tokenCall(sim, { ...exchange(code), client_id: OTHER.clientId, client_secret: OTHER.clientSecret });
    assert.equal(own.status, 200);
  });

  test('UNAUTHORIZED 401: no token, unknown token, wrong scheme', async () => {
    const { sim } = setup();
    const token = await accessToken(sim);
    const none = await bearer(sim, '/api/oauth/profile', undefined);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    await expectError(none, 'UNAUTHORIZED', 401);
    await expectError(await bearer(sim, '/api/oauth/profile', `${token}x`), 'UNAUTHORIZED', 401);
    await expectError(await bearer(sim, '/api/oauth/profile', token, 'GET', 'Basic'), 'UNAUTHORIZED', 401);
    await expectError(await bearer(sim, '/api/oauth/revoke', undefined, 'POST'), 'UNAUTHORIZED', 401);
  });

  test('TOKEN_EXPIRED 401: a token is good for 1 hour', async () => {
    const { sim, clock } = setup();
    const token = await accessToken(sim);
    clock.t += 3600_000 - 1;
    assert.equal((await bearer(sim, '/api/oauth/profile', token)).status, 200);
    clock.t += 1;
    await expectError(await bearer(sim, '/api/oauth/profile', token), 'TOKEN_EXPIRED', 401);
    await expectError(await bearer(sim, '/api/oauth/revoke', token, 'POST'), 'TOKEN_EXPIRED', 401);
  });

  test('ACCESS_DENIED 403: the access-withdrawn candidate', async () => {
    const { sim } = setup();
    const token = await accessToken(sim, 'access-withdrawn');
    await expectError(await bearer(sim, '/api/oauth/profile', token), 'ACCESS_DENIED', 403);
  });

  test('RATE_LIMIT_EXCEEDED 429 after rateLimitPerHour calls, with headers and Retry-After', async () => {
    const { sim, clock } = setup({ rateLimitPerHour: 3 });
    const resetAt = String(Math.ceil((clock.t + 3600_000) / 1000));
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await tokenCall(sim, exchange(`bad-${i}`));
      assert.equal(res.status, 400);
      assert.equal(res.headers.get('x-ratelimit-limit'), '3');
      assert.equal(res.headers.get('x-ratelimit-reset'), resetAt);
      seen.push(res.headers.get('x-ratelimit-remaining')!);
    }
    assert.deepEqual(seen, ['2', '1', '0']);
    clock.t += 10 * 60_000;
    const limited = await tokenCall(sim, exchange('bad-4'));
    assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
    assert.equal(limited.headers.get('retry-after'), String(50 * 60));
    await expectError(limited, 'RATE_LIMIT_EXCEEDED', 429);
    // Per partner: the other client still has its quota.
    const other = await tokenCall(sim, { ...exchange('x'), client_id: OTHER.clientId, client_secret: OTHER.clientSecret });
    assert.equal(other.status, 400);
    assert.equal(other.headers.get('x-ratelimit-remaining'), '2');
    // A fresh window after the hour.
    clock.t += 50 * 60_000;
    const fresh = await tokenCall(sim, exchange('bad-5'));
    assert.equal(fresh.status, 400);
    assert.equal(fresh.headers.get('x-ratelimit-remaining'), '2');
  });
});

describe('SmartCV simulator: codes, PKCE and tokens', () => {
  test('PKCE S256: the matching verifier is accepted', async () => {
    const { sim } = setup();
    const { code, verifier } = await pkceCode(sim);
    assert.equal((await tokenCall(sim, exchange(code, { code_verifier: verifier }))).status, 200);
  });

  test('PKCE: a wrong verifier → INVALID_CODE, and the code is spent', async () => {
    const { sim } = setup();
    const { code, verifier } = await pkceCode(sim);
    const other = await createPkcePair();
    await expectError(await tokenCall(sim, exchange(code, { code_verifier: other.verifier })), 'INVALID_CODE', 400);
    await expectError(await tokenCall(sim, exchange(code, { code_verifier: verifier })), 'INVALID_CODE', 400);
  });

  test('PKCE: missing or malformed verifier → INVALID_REQUEST; a verifier without a challenge → INVALID_REQUEST', async () => {
    const { sim } = setup();
    const first = await pkceCode(sim);
    await expectError(await tokenCall(sim, exchange(first.code)), 'INVALID_REQUEST', 400);
    const second = await pkceCode(sim);
    await expectError(await tokenCall(sim, exchange(second.code, { code_verifier: 'too short' })), 'INVALID_REQUEST', 400);
    const { code } = await approveForTest(sim, { clientId: PARTNER.clientId, redirectUri: REDIRECT });
    const downgrade = await tokenCall(sim, exchange(code, { code_verifier: first.verifier }));
    await expectError(downgrade, 'INVALID_REQUEST', 400);
  });

  test('without PKCE a code works with the seed body alone', async () => {
    const { sim } = setup();
    const { code, state } = await approveForTest(sim, { clientId: PARTNER.clientId, redirectUri: REDIRECT, state: 'abc', profileId: 'name-only' });
    assert.equal(state, 'abc');
    const res = await tokenCall(sim, exchange(code));
    assert.equal(res.status, 200);
  });

  test('a code is single-use; replaying it also revokes the token it gave', async () => {
    const { sim } = setup();
    const { code, verifier } = await pkceCode(sim);
    const first = await tokenCall(sim, exchange(code, { code_verifier: verifier }));
    const token = ((await first.json()) as { data: { access_token: string } }).data.access_token;
    assert.equal((await bearer(sim, '/api/oauth/profile', token)).status, 200);
    await expectError(await tokenCall(sim, exchange(code, { code_verifier: verifier })), 'INVALID_CODE', 400);
    await expectError(await bearer(sim, '/api/oauth/profile', token), 'UNAUTHORIZED', 401);
  });

  test('a code expires after 60 seconds', async () => {
    const { sim, clock } = setup();
    const early = await pkceCode(sim);
    clock.t += 59_999;
    assert.equal((await tokenCall(sim, exchange(early.code, { code_verifier: early.verifier }))).status, 200);
    const late = await pkceCode(sim);
    clock.t += 60_000;
    await expectError(await tokenCall(sim, exchange(late.code, { code_verifier: late.verifier })), 'INVALID_CODE', 400);
  });

  test('the token call also accepts a form-encoded body', async () => {
    const { sim } = setup();
    const { code, verifier } = await pkceCode(sim, 'non-latin');
    const res = await tokenCall(sim, exchange(code, { code_verifier: verifier, redirect_uri: REDIRECT }), 'form');
    assert.equal(res.status, 200);
    const token = ((await res.json()) as { data: { access_token: string } }).data.access_token;
    const profile = (await (await bearer(sim, '/api/oauth/profile', token)).json()) as { data: { name: string } };
    assert.equal(profile.data.name, 'ليلى حسن');
  });

  test('profile and revoke calls count against the client the token belongs to', async () => {
    const { sim } = setup({ rateLimitPerHour: 5 });
    const token = await accessToken(sim); // 1 call
    assert.equal((await bearer(sim, '/api/oauth/profile', token)).headers.get('x-ratelimit-remaining'), '3');
    const unauthorized = await bearer(sim, '/api/oauth/profile', 'unknown');
    assert.ok(unauthorized.headers.get('x-ratelimit-limit'), 'headers on error answers too');
    assert.equal((await bearer(sim, '/api/oauth/revoke', token, 'POST')).headers.get('x-ratelimit-remaining'), '2');
  });
});

describe('SmartCV simulator: seeded candidates', () => {
  async function profileOf(sim: Simulator, id: string) {
    const res = await bearer(sim, '/api/oauth/profile', await accessToken(sim, id));
    assert.equal(res.status, 200);
    return ((await res.json()) as { data: Record<string, unknown> }).data;
  }

  test('complete has every seed field in the seed shape; name-only has only the name', async () => {
    const { sim } = setup();
    const full = await profileOf(sim, 'complete');
    assert.deepEqual(Object.keys(full).sort(), SEED_PROFILE_KEYS);
    const experience = (full.experience as Record<string, unknown>[])[0]!;
    assert.deepEqual(Object.keys(experience).sort(), ['company', 'current', 'description', 'endDate', 'location', 'startDate', 'title']);
    assert.equal(experience.endDate, null);
    assert.equal(typeof (full.education as { graduationYear: unknown }[])[0]!.graduationYear, 'number');
    assert.equal(typeof (full.certifications as { year: unknown }[])[0]!.year, 'number');
    assert.deepEqual(Object.keys(full.socialLinks as object).sort(), ['github', 'linkedin', 'portfolio']);
    assert.deepEqual(await profileOf(sim, 'name-only'), { name: 'Sam Lee' });
  });

  test('non-latin, many-skills and everyday candidates differ as documented', async () => {
    const { sim } = setup();
    const nonLatin = await profileOf(sim, 'non-latin');
    assert.match(nonLatin.name as string, /[\u0600-\u06ff]/, 'Arabic (RTL) name');
    assert.ok(JSON.stringify(nonLatin).match(/[\u4e00-\u9fff]/), 'Chinese text');
    assert.ok(JSON.stringify(nonLatin).match(/[\u1200-\u137f]/), 'Amharic text');
    const many = await profileOf(sim, 'many-skills');
    assert.ok((many.skills as string[]).length >= 30);
    const everyday = await profileOf(sim, 'everyday');
    for (const skill of ['Microsoft Excel', 'customer service', 'team work', 'forklift driving', 'first aid', 'JavaScript']) {
      assert.ok((everyday.skills as string[]).includes(skill), skill);
    }
    assert.equal(everyday.socialLinks, undefined);
  });

  test('seeded data is deterministic across instances and seeds', async () => {
    const a = setup().sim;
    const b = createSmartcvSandbox({ clients: [PARTNER], baseUrl: BASE, seed: 99 });
    for (const id of SEEDED_CANDIDATE_IDS.filter((x) => x !== 'access-withdrawn')) {
      assert.deepEqual(await profileOf(a, id), await profileOf(b, id), id);
    }
  });

  test('the avatar and CV the profiles link to are served', async () => {
    const { sim } = setup();
    const full = await profileOf(sim, 'complete');
    assert.equal(full.profilePicture, `${BASE}/avatars/complete.svg`);
    const avatar = await sim.fetch(new Request(url('/avatars/complete.svg')));
    assert.equal(avatar.headers.get('content-type'), 'image/svg+xml');
    assert.match(await avatar.text(), /<svg[^>]*>[\s\S]*GW<\/text>/);
    const cv = await sim.fetch(new Request(url('/cvs/complete.pdf')));
    assert.equal(cv.headers.get('content-type'), 'application/pdf');
    const pdf = new TextDecoder().decode(await cv.arrayBuffer());
    assert.ok(pdf.startsWith('%PDF-1.4'));
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    assert.equal(pdf.slice(xref, xref + 4), 'xref', 'startxref points at the xref table');
    assert.equal((await sim.fetch(new Request(url('/cvs/nobody.pdf')))).status, 404);
  });
});

describe('SmartCV simulator: faults and reset', () => {
  test('errorRate 1 → the upstream 500 on the API, consent page unaffected', async () => {
    const { sim } = setup();
    sim.faults.set({ errorRate: 1 });
    await expectError(await tokenCall(sim, exchange('x')), 'INTERNAL_ERROR', 500);
    await expectError(await bearer(sim, '/api/oauth/profile', 'x'), 'INTERNAL_ERROR', 500);
    assert.equal((await sim.fetch(authorizeRequest({}))).status, 200);
  });

  test('rateLimited → the upstream 429 with rate-limit headers and Retry-After', async () => {
    const { sim } = setup();
    sim.faults.set({ rateLimited: true });
    const res = await bearer(sim, '/api/oauth/profile', 'x');
    assert.equal(res.headers.get('x-ratelimit-remaining'), '0');
    assert.equal(res.headers.get('x-ratelimit-limit'), '100');
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    assert.ok(Number(res.headers.get('x-ratelimit-reset')) > 0);
    await expectError(res, 'RATE_LIMIT_EXCEEDED', 429);
  });

  test('malformedJson → 200 with a body that does not parse', async () => {
    const { sim } = setup();
    const token = await accessToken(sim);
    sim.faults.set({ malformedJson: true });
    const res = await bearer(sim, '/api/oauth/profile', token);
    assert.equal(res.status, 200);
    await assert.rejects(res.json());
  });

  test('reset() forgets codes, tokens, rate counters and faults', async () => {
    const { sim } = setup({ rateLimitPerHour: 4 });
    const token = await accessToken(sim);
    const { code, verifier } = await pkceCode(sim);
    await tokenCall(sim, exchange('spend'));
    sim.faults.set({ errorRate: 1 });
    sim.reset();
    assert.equal(sim.faults.settings.errorRate, 0);
    const afterReset = await bearer(sim, '/api/oauth/profile', token);
    assert.equal(afterReset.headers.get('x-ratelimit-remaining'), '3');
    await expectError(afterReset, 'UNAUTHORIZED', 401);
    await expectError(await tokenCall(sim, exchange(code, { code_verifier: verifier })), 'INVALID_CODE', 400);
  });

  test('unknown API routes answer a JSON 404; approveForTest reports a refused authorize clearly', async () => {
    const { sim } = setup();
    await expectError(await sim.fetch(new Request(url('/api/oauth/nothing'))), 'NOT_FOUND', 404);
    await assert.rejects(approveForTest(sim, { clientId: 'nobody', redirectUri: REDIRECT }), /400/);
    await assert.rejects(approveForTest(sim, { clientId: PARTNER.clientId, redirectUri: REDIRECT, scope: 'x' }), /invalid_scope/);
  });
});

describe('SmartCV simulator inside the sandbox stack', () => {
  test('the consent form posts to the stack path and the redirect carries a code the stack accepts', async () => {
    const origin = 'http://localhost:8787';
    const stack = createSandboxStack({ origin });
    const query = new URL(authorizeRequest({ client_id: 'tabbio_sandbox_partner', redirect_uri: `${origin}/callback.html` }).url).search;
    const page = await stack.fetch(new Request(`${origin}/sandbox/smartcv/oauth/authorize${query}`));
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, new RegExp(`action="${origin}/sandbox/smartcv/oauth/authorize/decision"`));
    const decision = await stack.fetch(
      new Request(`${origin}/sandbox/smartcv/oauth/authorize/decision`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ transaction: transactionOf(html), profile: 'everyday', decision: 'approve' }),
      }),
    );
    assert.equal(decision.status, 302);
    assert.ok(decision.headers.get('location')!.startsWith(`${origin}/callback.html?code=`));
  });
});
