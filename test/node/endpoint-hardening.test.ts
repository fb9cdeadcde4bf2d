/** Issue 11's medium and low findings (#5, #8, #9, #10): each test fails on the code before its fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPartnerEndpoint } from '../../src/server/endpoint.js';
import { configFromEnv } from '../../src/server/env.js';
import { HandleSealer, PUBLISHED_SANDBOX_KEY } from '../../src/server/handle.js';
import type { ErrorBody, SkillSearchPage } from '../../src/types.js';
import { handleFor, harness, json, ORIGIN } from './endpoint-harness.js';

const randomKey = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

test('a streamed body without Content-Length is cut at the byte limit as it arrives, not read whole (#5)', async () => {
  const h = harness();
  let pulled = 0;
  const chunk = new Uint8Array(16 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= 2 * 1024 * 1024) return controller.close();
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const res = await h.call('/taxonomy/skills/match', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
  assert.equal(res.status, 413);
  assert.equal((await json<ErrorBody>(res)).error.code, 'INVALID_REQUEST');
  assert.ok(pulled < 256 * 1024, `${pulled} bytes were read before the answer`);
});

test('the body limit counts bytes, not UTF-16 units (#5)', async () => {
  const h = harness();
  const labels = Array.from({ length: 40 }, () => 'é'.repeat(1000)); // 40,000 units, 80,000 bytes
  const res = await h.call('/taxonomy/skills/match', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: new TextEncoder().encode(JSON.stringify({ labels })),
  });
  assert.equal(res.status, 413);
});

test('POST /smartcv/profile and /revoke bind to Origin alone; a Referer is not an origin for them (#8)', async () => {
  const h = harness();
  const handle = await handleFor(h);
  const refererOnly = await h.call('/smartcv/profile', {
    method: 'POST',
    origin: null,
    headers: { authorization: `Bearer ${handle}`, referer: `${ORIGIN}/apply.html` },
  });
  assert.equal(refererOnly.status, 403);
  const ok = await h.call('/smartcv/profile', { method: 'POST', headers: { authorization: `Bearer ${handle}` } });
  assert.equal(ok.status, 200);
  assert.ok((await json<{ name?: unknown }>(ok)).name !== undefined);
  // Same-origin behind a TLS proxy with Referrer-Policy: no-referrer: the POST still carries Origin, so revoke works.
  const handle2 = await handleFor(h);
  const revoked = await h.call('/smartcv/revoke', { method: 'POST', headers: { authorization: `Bearer ${handle2}` } });
  assert.deepEqual(await json(revoked), { revoked: true });
});

test('an expired handle can still revoke its token; it cannot read the profile (#10)', async () => {
  let clock = Date.now();
  const h = harness({ endpoint: { now: () => clock, handleTtlSeconds: 60 } });
  const handle = await handleFor(h);
  clock += 10 * 60_000;
  const read = await h.call('/smartcv/profile', { method: 'POST', headers: { authorization: `Bearer ${handle}` } });
  assert.equal((await json<ErrorBody>(read)).error.code, 'TOKEN_EXPIRED');
  const revoked = await h.call('/smartcv/revoke', { method: 'POST', headers: { authorization: `Bearer ${handle}` } });
  assert.equal(revoked.status, 200);
});

test('sealing keys rotate: handles name their key (kid); previous keys open, never seal (#10)', async () => {
  const [oldKey, newKey] = [randomKey(), randomKey()].map((k) => Buffer.from(k, 'base64url'));
  const now = () => Date.now();
  const sealed = await new HandleSealer(oldKey!, 300, now).seal({ token: 't', origin: ORIGIN }, 3600);
  const header = JSON.parse(Buffer.from(sealed.handle.split('.')[0]!, 'base64url').toString()) as { kid?: string };
  assert.match(header.kid ?? '', /^[\w-]{8}$/);
  const rotated = new HandleSealer([newKey!, oldKey!], 300, now);
  assert.deepEqual(await rotated.open(sealed.handle), { token: 't', origin: ORIGIN });
  const fresh = await rotated.seal({ token: 'u', origin: ORIGIN }, 3600);
  await assert.rejects(new HandleSealer(oldKey!, 300, now).open(fresh.handle), { code: 'UNAUTHORIZED' });
  await assert.rejects(new HandleSealer(newKey!, 300, now).open(sealed.handle), { code: 'UNAUTHORIZED' }, 'old key dropped');
  const env = configFromEnv({
    CAREERKIT_ALLOWED_ORIGINS: ORIGIN,
    CAREERKIT_SEALING_KEY: newKey!.toString('base64url'),
    CAREERKIT_PREVIOUS_SEALING_KEYS: oldKey!.toString('base64url'),
  });
  assert.deepEqual(env.previousSealingKeys, [oldKey!.toString('base64url')]);
});

test('refuses the published sandbox key and text keys outside the sandbox (#9)', () => {
  const passphrase = Buffer.from('correct-horse-battery-staple-123').toString('base64url');
  for (const sealingKey of [PUBLISHED_SANDBOX_KEY, passphrase]) {
    assert.throws(() => createPartnerEndpoint({ allowedOrigins: [ORIGIN], sealingKey, log: false }), { name: 'ConfigError', setting: 'sealingKey' });
    assert.throws(() => configFromEnv({ CAREERKIT_ALLOWED_ORIGINS: ORIGIN, CAREERKIT_SEALING_KEY: sealingKey }), {
      name: 'ConfigError',
      setting: 'CAREERKIT_SEALING_KEY',
    });
  }
  assert.doesNotThrow(() => createPartnerEndpoint({ allowedOrigins: [ORIGIN], sealingKey: PUBLISHED_SANDBOX_KEY, sandbox: true, log: false }));
});

test('pagination cursors are signed: an edited or hand-made cursor never reaches Tabiya (#10)', async () => {
  const t = harness();
  const first = await json<SkillSearchPage>(await t.call('/taxonomy/skills', { query: { limit: '5' } }));
  assert.ok(first.nextCursor);
  assert.equal((await t.call('/taxonomy/skills', { query: { limit: '5', cursor: first.nextCursor } })).status, 200);
  const handMade = Buffer.from(JSON.stringify({ s: 'u', c: 'anything-the-attacker-likes' })).toString('base64url');
  const flipped = first.nextCursor.slice(0, 3) + (first.nextCursor[3] === 'A' ? 'B' : 'A') + first.nextCursor.slice(4);
  for (const cursor of [handMade, flipped]) {
    t.logs.length = 0;
    const res = await t.call('/taxonomy/skills', { query: { limit: '5', cursor } });
    assert.equal(res.status, 400, cursor);
    assert.equal(t.logs.at(-1)?.upstream, 0, 'refused before any upstream call');
  }
});

test('/readyz reuses its upstream checks for a few seconds (#10)', async () => {
  const h = harness();
  await h.call('/readyz');
  const first = h.logs.at(-1)?.upstream;
  assert.ok(Number(first) >= 2, `first check made ${first} calls`);
  for (let i = 0; i < 5; i += 1) await h.call('/readyz');
  assert.ok(h.logs.slice(-5).every((l) => l.upstream === 0));
});
