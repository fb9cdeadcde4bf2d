/**
 * Issue 11's high findings, each tried as an attacker would: memory exhaustion through distinct searches, SmartCV
 * budget burn through junk code exchanges, and a spoofed client address. Each test fails on the code before the fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import { ResponseCache } from '../../src/server/cache.js';
import { addressKey } from '../../src/server/middleware.js';
import { MemoryStore } from '../../src/server/store.js';
import { humanizeHandle } from '../../src/server/upstream/jobspace.js';
import type { ReadinessReport, TokenErrorBody } from '../../src/types.js';
import { authorize, CLIENT_ID, harness, json, REDIRECT_URI, tokenForm, type Harness } from './endpoint-harness.js';

const PUNCTUATION = '!#$%&()*,-./:;<=>?@[]^_{|}~';
/** The i-th distinct punctuation suffix (base-27 digits of i). */
const punct = (i: number) => {
  let s = '';
  let n = i;
  do {
    s += PUNCTUATION[n % PUNCTUATION.length];
    n = Math.floor(n / PUNCTUATION.length);
  } while (n > 0);
  return s;
};

test('MemoryStore: bounded in bytes, least recently used leaves first, oversized answers are not kept', async () => {
  const store = new MemoryStore({ maxBytes: 64 * 1024 });
  const value = 'x'.repeat(1000);
  await store.set('keep', value, 60);
  for (let i = 0; i < 500; i += 1) {
    await store.set(`k${i}`, value, 60);
    await store.get('keep'); // read often: never the least recently used
  }
  assert.ok(store.bytes <= store.maxBytes, `${store.bytes} bytes held, limit ${store.maxBytes}`);
  assert.ok(store.size.entries < 40, `${store.size.entries} entries`);
  assert.equal(await store.get('keep'), value, 'the recently read answer stays');
  assert.equal(await store.get('k0'), undefined, 'the least recently used answer left');
  await store.set('huge', 'y'.repeat(store.maxEntryBytes), 60);
  assert.equal(await store.get('huge'), undefined, 'an answer above maxEntryBytes is not cached');
});

test('MemoryStore: expired answers, counters and locks are swept without being read', async () => {
  let clock = 1_000_000;
  const store = new MemoryStore({ now: () => clock, sweepIntervalMs: 1000 });
  for (let i = 0; i < 100; i += 1) {
    await store.set(`a${i}`, 'v', 1);
    await store.increment(`c${i}`, 1);
    await store.acquire(`l${i}`, 500);
  }
  assert.deepEqual(store.size, { entries: 100, counters: 100, locks: 100 });
  clock += 5000;
  await store.set('fresh', 'v', 60);
  assert.deepEqual(store.size, { entries: 1, counters: 0, locks: 0 });
  assert.ok(store.bytes > 0 && store.bytes < 200, `${store.bytes} bytes for one small entry`);
});

test('MemoryStore: cache churn never evicts or resets a counter (issue 11 #6)', async () => {
  const store = new MemoryStore({ maxBytes: 64 * 1024 });
  for (let i = 0; i < 7; i += 1) await store.increment('rl:client', 60);
  for (let i = 0; i < 2000; i += 1) await store.set(`churn${i}`, 'z'.repeat(200), 60);
  assert.equal(await store.count('rl:client'), 7);
  assert.equal(await store.increment('rl:client', 60), 8);
});

test('attack: 1,500 punctuation variants of one search (304s, pageSize 100) leave one cached answer, not 1,500', async () => {
  const store = new MemoryStore({ maxBytes: 8 * 1024 * 1024 });
  const h = harness({ endpoint: { store } });
  let etag = '';
  for (let i = 0; i < 1500; i += 1) {
    const res = await h.call('/jobs', { query: { pageSize: '100', q: `e${punct(i)}` }, headers: etag ? { 'if-none-match': etag } : {} });
    assert.ok(res.status === 200 || res.status === 304, `status ${res.status}`);
    etag = res.headers.get('etag') ?? etag;
    await res.body?.cancel();
  }
  assert.ok(store.size.entries <= 3, `${store.size.entries} cached answers`);
  assert.ok(store.bytes <= store.maxBytes);
  const misses = h.logs.filter((l) => l.route === '/jobs' && l.cache === 'miss').length;
  assert.equal(misses, 1, 'one load for all punctuation variants');
});

test('attack: 1,500 distinct searches keep the answer cache within its byte limit', async () => {
  const store = new MemoryStore({ maxBytes: 256 * 1024 });
  const h = harness({ endpoint: { store } });
  let peak = 0;
  for (let i = 0; i < 1500; i += 1) {
    const res = await h.call('/jobs', { query: { pageSize: '100', q: `e ${i.toString(36)}` } });
    assert.equal(res.status, 200);
    await res.body?.cancel();
    peak = Math.max(peak, store.bytes);
  }
  assert.ok(peak <= store.maxBytes, `peak ${peak} bytes, limit ${store.maxBytes}`);
  assert.equal((await h.call('/jobs', { query: { q: 'nurse' } })).status, 200, 'still answering');
});

test('answers above the cache body limit are served but not stored', async () => {
  const store = new MemoryStore();
  const cache = new ResponseCache(store, { maxBodyBytes: 1024 });
  let loads = 0;
  const big = async () => {
    loads += 1;
    return { text: 'b'.repeat(2000) };
  };
  assert.equal((await cache.get('big', 60, big)).hit, false);
  assert.equal((await cache.get('big', 60, big)).hit, false);
  assert.equal(loads, 2);
  assert.equal(store.size.entries, 0);
});

test('single-flight across instances: two caches on one store make one load for identical concurrent misses', async () => {
  const store = new MemoryStore();
  const a = new ResponseCache(store, { pollMs: 5 });
  const b = new ResponseCache(store, { pollMs: 5 });
  let loads = 0;
  const load = async () => {
    loads += 1;
    await new Promise((resolve) => setTimeout(resolve, 60));
    return { jobs: [1, 2, 3] };
  };
  const answers = await Promise.all([a.get('same', 60, load), b.get('same', 60, load), a.get('same', 60, load), b.get('same', 60, load)]);
  assert.equal(loads, 1);
  assert.equal(new Set(answers.map((x) => x.etag)).size, 1);
  assert.equal(answers.filter((x) => !x.hit).length, 1);
});

test('single-flight fails open: a lock held by a dead instance delays a load at most waitMs', async () => {
  const store = new MemoryStore();
  await store.acquire('lock:cache:0:stuck', 60_000);
  const cache = new ResponseCache(store, { waitMs: 100, pollMs: 10 });
  const value = await cache.get('stuck', 60, async () => ({ ok: true }));
  assert.equal(value.body, '{"ok":true}');
});

// ---- SmartCV budget ---------------------------------------------------------------------------------------

const junk = (h: Harness, i: number, headers: Record<string, string> = {}) =>
  h.call('/smartcv/token', {
    ...tokenForm({
      grant_type: 'authorization_code',
      code: `junk${i}`.padEnd(32, 'j'),
      code_verifier: 'v'.repeat(43),
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
    }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

const smartcvCalls = (h: Harness) =>
  h.logs.filter((l) => l.route === '/smartcv/token').reduce((sum, l) => sum + Number(l.upstream ?? 0), 0);

test('attack: 101 junk code exchanges from one client reach SmartCV 3 times; a real candidate still signs in', async () => {
  const h = harness();
  const statuses: number[] = [];
  for (let i = 0; i < 101; i += 1) statuses.push((await junk(h, i)).status);
  assert.equal(smartcvCalls(h), 3, 'SmartCV saw only the first three junk codes');
  assert.deepEqual(statuses.slice(0, 3), [400, 400, 400]);
  assert.ok(statuses.slice(3).every((s) => s === 429), 'the rest are refused locally');
  const refused = await junk(h, 999);
  assert.equal((await json<TokenErrorBody>(refused)).code, 'RATE_LIMITED');
  assert.ok(Number(refused.headers.get('retry-after')) > 0);

  // A real candidate on another address signs in (the trusted-proxy hop names them apart).
  const h2 = harness({ endpoint: { trustedProxies: 1 } });
  for (let i = 0; i < 101; i += 1) await junk(h2, i, { 'x-forwarded-for': '203.0.113.66' });
  const { code, verifier } = await authorize(h2);
  const real = await h2.call('/smartcv/token', {
    ...tokenForm({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.10' },
  });
  assert.equal(real.status, 200, await real.clone().text());
  const ready = await json<ReadinessReport>(await h2.call('/readyz'));
  assert.ok(ready.smartcvBudget, 'readyz reports the SmartCV budget');
  assert.equal(ready.smartcvBudget.remaining, 100 - 3 - 1);
});

test('attack: junk exchanges from many addresses spend at most a quarter of the hourly budget (6 per quarter-hour)', async () => {
  const h = harness({ endpoint: { trustedProxies: 1 } });
  for (let i = 0; i < 120; i += 1) await junk(h, i, { 'x-forwarded-for': `203.0.113.${i}` });
  const calls = smartcvCalls(h);
  assert.ok(calls <= 25, `${calls} SmartCV calls`);
  assert.equal(calls, 6);
  const ready = await json<ReadinessReport>(await h.call('/readyz'));
  assert.equal(ready.smartcvBudget?.failedExchangesLeft, 0);
});

// ---- client address ---------------------------------------------------------------------------------------

test('attack: rotating X-Forwarded-For does not escape the per-client limit (no trusted proxy configured)', async () => {
  // A fixed clock in mid-minute: a real one may cross a window boundary during the 320 calls and let more through.
  const h = harness({ endpoint: { rateLimitPerMinute: 300, now: () => Date.UTC(2026, 0, 1, 12, 0, 30) } });
  let passed = 0;
  for (let i = 0; i < 320; i += 1) {
    const res = await h.stack.fetch(
      new Request('http://localhost:9999/careerkit/config', { headers: { 'x-forwarded-for': `10.1.${i >> 8}.${i & 255}` } }),
      { clientIp: '192.0.2.1' },
    );
    if (res.status !== 429) passed += 1;
  }
  assert.equal(passed, 300);
});

test('client address: the socket address by default, the N-th hop from the right with trustedProxies, or the hook', async () => {
  const keys = async (endpoint: Parameters<typeof harness>[0] extends infer O ? (O extends { endpoint?: infer E } ? E : never) : never) => {
    const seen: string[] = [];
    const store = new MemoryStore();
    const spy = Object.assign(Object.create(store) as MemoryStore, {
      increment: (key: string, ttl: number, by?: number) => {
        if (key.startsWith('rl:')) seen.push(key.split(':')[2]!);
        return store.increment(key, ttl, by);
      },
    });
    const h = harness({ endpoint: { rateLimitPerMinute: 1000, store: spy, ...endpoint } });
    const res = await h.stack.fetch(
      new Request('http://localhost:9999/careerkit/config', { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.0.0.2' } }),
      { clientIp: '192.0.2.7' },
    );
    assert.equal(res.status, 200);
    return seen;
  };
  assert.deepEqual(await keys({}), ['192.0.2.7'], 'default: the socket address, X-Forwarded-For ignored');
  assert.deepEqual(await keys({ trustedProxies: 1 }), ['10.0.0.2']);
  assert.deepEqual(await keys({ trustedProxies: 2 }), ['203.0.113.5'], 'two proxies: the hop the outer one wrote');
  assert.deepEqual(await keys({ trustedProxies: 5 }), ['192.0.2.7'], 'fewer hops than proxies: the socket address');
  assert.deepEqual(await keys({ clientIp: (r) => r.headers.get('x-forwarded-for')?.split(',')[1]?.trim() }), ['203.0.113.5']);
});

// ---- prototype words (issue 11 #4) ------------------------------------------------------------------------

const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

test('Object.prototype words are plain words: a handle named "constructor" gets a name, not a function', () => {
  for (const word of PROTOTYPE_WORDS) {
    const name = humanizeHandle(word);
    assert.equal(typeof name, 'string', word);
    assert.ok(name.toLowerCase().includes(word.replace(/_/g, '').toLowerCase().slice(0, 5)), `${word} → ${name}`);
  }
});

test('Object.prototype words in searches, filters, ids and labels never change behaviour or answer 5xx', async () => {
  // The skill index (src/server/taxonomy) is the taxonomy engineer's and tested there; here the endpoint's own paths.
  const h = harness({
    endpoint: {
      tabiya: { baseUrl: 'http://localhost:9999/sandbox/tabiya', auth: { kind: 'apiKey', apiKey: SANDBOX_CREDENTIALS.tabiya.apiKey }, searchIndex: false },
    },
  });
  const plain = await json<{ total: number }>(await h.call('/jobs', { query: { q: 'zzzzunknownword' } }));
  for (const word of PROTOTYPE_WORDS) {
    const jobs = await h.call('/jobs', { query: { q: word } });
    assert.equal(jobs.status, 200, word);
    assert.equal((await json<{ total: number }>(jobs)).total, plain.total, `q=${word} matches like any unknown word`);
    for (const filter of ['country', 'type', 'category']) {
      const res = await h.call('/jobs', { query: { [filter]: word } });
      assert.ok(res.status === 200 || res.status === 400, `${filter}=${word}: ${res.status}`);
      if (res.status === 200) assert.equal((await json<{ total: number }>(res)).total, 0, `${filter}=${word}`);
    }
    for (const path of ['/taxonomy/skills', '/taxonomy/occupations']) {
      const res = await h.call(path, { query: { q: word } });
      assert.equal(res.status, 200, `${path}?q=${word}`);
    }
    for (const path of [`/taxonomy/skills/${word}`, `/jobs/${word}`, `/taxonomy/occupations/${word}/skills`]) {
      const res = await h.call(path);
      assert.ok(res.status === 400 || res.status === 404, `${path}: ${res.status}`);
    }
    const match = await h.call('/taxonomy/skills/match', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ labels: [word, `${word} civil`] }),
    });
    assert.ok(match.status < 500, `match ${word}: ${match.status}`);
    const sim = await h.stack.fetch(
      new Request('http://localhost:9999/sandbox/tabiya/api/partner/models/000000000000000000000001/skills/000000000000000000000001/' + word),
    );
    assert.ok(sim.status < 500, `tabiya simulator /${word}: ${sim.status}`);
  }
});

test('IPv6 clients are limited per /64: rotating the interface id does not escape the limit; IPv4-mapped is IPv4', async () => {
  assert.equal(addressKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
  assert.equal(addressKey('2001:0db8:0001:0002:ffff:1:2:3'), '2001:db8:1:2::/64');
  assert.equal(addressKey('[2001:db8::1]'), '2001:db8:0:0::/64');
  assert.equal(addressKey('::ffff:192.0.2.7'), '192.0.2.7');
  assert.equal(addressKey('192.0.2.7'), '192.0.2.7');
  const h = harness({ endpoint: { rateLimitPerMinute: 5 } });
  const statuses: number[] = [];
  for (let i = 0; i < 8; i += 1) {
    const res = await h.stack.fetch(new Request('http://localhost:9999/careerkit/config'), { clientIp: `2001:db8:1:2:${i.toString(16)}::${i + 1}` });
    statuses.push(res.status);
  }
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
});
