/** Security review (anchors §B7): response headers, PKCE always, exact redirect_uri. Each test fails without its fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TokenErrorBody } from '../../src/types.js';
import { createPartnerEndpoint } from '../../src/server/endpoint.js';
import { configFromEnv } from '../../src/server/env.js';
import { authorize, CLIENT_ID, handleFor, harness, json, ORIGIN, REDIRECT_URI, tokenForm, type Harness } from './endpoint-harness.js';

const exchange = (h: Harness, fields: Record<string, string>) => h.call('/smartcv/token', tokenForm(fields));

test('every answer says nosniff and never allows credentials; preflight max-age is bounded', async () => {
  const h = harness();
  const handle = await handleFor(h);
  const answers: [string, Response][] = [
    ['profile', await h.call('/smartcv/profile', { headers: { authorization: `Bearer ${handle}` } })],
    ['bad handle', await h.call('/smartcv/profile', { headers: { authorization: 'Bearer nope' } })],
    ['token error', await exchange(h, { grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT_URI, client_id: CLIENT_ID })],
    ['config', await h.call('/config')],
    ['jobs', await h.call('/jobs')],
    ['not found', await h.call('/no-such-route')],
    ['foreign origin', await h.call('/config', { origin: 'https://evil.example' })],
    ['preflight', await h.call('/smartcv/token', { method: 'OPTIONS', csrf: false, headers: { 'access-control-request-method': 'POST' } })],
  ];
  for (const [name, res] of answers) {
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', name);
    assert.equal(res.headers.get('access-control-allow-credentials'), null, name);
  }
  const preflight = answers.at(-1)![1];
  assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
  const maxAge = Number(preflight.headers.get('access-control-max-age'));
  assert.ok(maxAge > 0 && maxAge <= 7200, `max-age ${maxAge}`);
  assert.equal(answers[0]![1].headers.get('cache-control'), 'no-store');
});

test('the token route requires a PKCE verifier: none → 400 before any upstream call, the code stays usable', async () => {
  const h = harness();
  const { code, verifier } = await authorize(h);
  h.logs.length = 0;
  const res = await exchange(h, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID });
  assert.equal(res.status, 400);
  const body = await json<TokenErrorBody>(res);
  assert.equal(body.code, 'INVALID_REQUEST');
  assert.match(body.error_description, /code_verifier/);
  assert.equal(h.logs.at(-1)?.upstream, 0, 'refused before calling SmartCV');
  const ok = await exchange(h, { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID });
  assert.equal(ok.status, 200);
});

test('redirect_uri matches exactly: surrounding whitespace is not trimmed into a match', async () => {
  const h = harness();
  const { code, verifier } = await authorize(h);
  h.logs.length = 0;
  for (const uri of [` ${REDIRECT_URI}`, `${REDIRECT_URI} `, `${REDIRECT_URI}\n`, `${REDIRECT_URI}\t`]) {
    const res = await exchange(h, { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: uri, client_id: CLIENT_ID });
    assert.equal(res.status, 400, JSON.stringify(uri));
    assert.equal((await json<TokenErrorBody>(res)).code, 'INVALID_REDIRECT_URI', JSON.stringify(uri));
  }
  assert.equal(h.logs.every((l) => l.upstream === 0), true, 'refused before calling SmartCV');
});

test('a placeholder sealing key of the right length (one byte repeated, a short pattern) stops start-up', () => {
  const placeholders = [
    'A'.repeat(43), // 32 zero bytes
    Buffer.alloc(32, 0xff).toString('base64url'),
    Buffer.from('abcd'.repeat(8)).toString('base64url'),
  ];
  for (const sealingKey of placeholders) {
    assert.throws(() => createPartnerEndpoint({ allowedOrigins: [ORIGIN], sealingKey, log: false }), { name: 'ConfigError', setting: 'sealingKey' }, sealingKey);
    assert.throws(() => configFromEnv({ CAREERKIT_ALLOWED_ORIGINS: ORIGIN, CAREERKIT_SEALING_KEY: sealingKey }), { name: 'ConfigError' }, sealingKey);
  }
  const random = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  assert.doesNotThrow(() => createPartnerEndpoint({ allowedOrigins: [ORIGIN], sealingKey: random, log: false }));
});
