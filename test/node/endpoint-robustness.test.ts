import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import { createSandboxStack } from '../../src/sandbox/stack.js';
import { careerkitMiddleware } from '../../src/server/express.js';
import { serveNode } from '../../src/server/node.js';
import { MemoryStore, type Store } from '../../src/server/store.js';
import type { CandidateProfile, EndpointErrorCode, ErrorBody } from '../../src/types.js';
import { authorize, CLIENT_ID, harness, json, ORIGIN, REDIRECT_URI, tokenForm } from './endpoint-harness.js';

test('rate limiting per client IP: 429 + Retry-After past the limit, per address, per window, Store-backed', async () => {
  let clock = Date.UTC(2026, 0, 1, 12, 0, 10);
  const store = new MemoryStore({ now: () => clock });
  const increments: string[] = [];
  const observedStore: Store = {
    kind: 'memory',
    count: (k) => store.count(k),
    acquire: (k, t) => store.acquire(k, t),
    release: (k) => store.release(k),
    ping: () => store.ping(),
    get: (k) => store.get(k),
    set: (k, v, t) => store.set(k, v, t),
    delete: (k) => store.delete(k),
    increment: (k, t) => {
      increments.push(k);
      return store.increment(k, t);
    },
  };
  // One trusted proxy: the client is the hop it appended (the last); what the client wrote before it is ignored.
  const h = harness({ endpoint: { rateLimitPerMinute: 5, now: () => clock, store: observedStore, trustedProxies: 1 } });
  let spoof = 0;
  const from = (ip: string) => h.call('/config', { headers: { 'x-forwarded-for': `10.9.${(spoof += 1)}.1, ${ip}` } });
  for (let i = 0; i < 5; i += 1) assert.equal((await from('203.0.113.7')).status, 200);
  const limited = await from('203.0.113.7');
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '50');
  assert.equal(limited.headers.get('access-control-allow-origin'), ORIGIN, 'the browser can read the 429');
  const body = await json<ErrorBody>(limited);
  assert.equal(body.error.code, 'RATE_LIMITED');
  assert.equal(body.error.retryAfter, 50);
  assert.equal((await from('198.51.100.2')).status, 200, 'another address has its own budget');
  assert.equal((await h.call('/healthz', { headers: { 'x-forwarded-for': '203.0.113.7' } })).status, 200, 'healthz exempt');
  assert.ok(increments.every((k) => !k.includes('10.9.')), 'the client-written hops never key the limit');
  clock += 50_000;
  assert.equal((await from('203.0.113.7')).status, 200, 'next window');
});

test('a failing shared Store degrades to no caching and no rate limiting, never to errors', async () => {
  const broken: Store = {
    kind: 'broken',
    count: () => Promise.reject(new Error('store down')),
    acquire: () => Promise.reject(new Error('store down')),
    release: () => Promise.reject(new Error('store down')),
    ping: () => Promise.reject(new Error('store down')),
    get: () => Promise.reject(new Error('store down')),
    set: () => Promise.reject(new Error('store down')),
    delete: () => Promise.reject(new Error('store down')),
    increment: () => Promise.reject(new Error('store down')),
  };
  const h = harness({ endpoint: { store: broken, rateLimitPerMinute: 1 } });
  for (let i = 0; i < 3; i += 1) assert.equal((await h.call('/jobs')).status, 200);
  assert.ok(h.logs.some((l) => l.msg === 'store error' && l.level === 'warn'));
});

test('one structured log line per request; never secrets, codes, verifiers, tokens, handles or profile fields', async () => {
  const h = harness({ endpoint: { authorizeAdmin: () => true } });
  const { code, verifier } = await authorize(h);
  const tokenRes = await h.call(
    '/smartcv/token',
    tokenForm({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID }),
  );
  const handle = ((await tokenRes.json()) as { access_token: string }).access_token;
  const profileRes = await h.call('/smartcv/profile', { headers: { authorization: `Bearer ${handle}` } });
  const profile = await json<CandidateProfile>(profileRes);
  await h.call('/smartcv/profile', { headers: { authorization: `Bearer ${handle}` } });
  await h.call('/jobs', { query: { q: 'secretive-search-words' } });
  await h.call('/jobs/1001');
  await h.call('/taxonomy/skills/match', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ labels: ['private label text'] }),
  });
  await h.call('/jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Confidential role title' }) });

  // The generated fields (time, request id, client hash) are checked below; random characters could spell '1001'.
  const text = h.logs.map(({ time: _t, id: _i, client: _c, ...rest }) => JSON.stringify(rest)).join('\n');
  const forbidden = [
    code,
    verifier,
    handle,
    handle.split('.')[4]!,
    SANDBOX_CREDENTIALS.smartcv.clientSecret,
    SANDBOX_CREDENTIALS.jobspace.clientSecret,
    SANDBOX_CREDENTIALS.tabiya.apiKey,
    profile.name!,
    profile.email!,
    ...(profile.skills ?? []).slice(0, 3),
    'secretive-search-words',
    'private label text',
    'Confidential role title',
    '1001',
  ];
  for (const value of forbidden) assert.ok(!text.includes(value), `log contains ${value.slice(0, 20)}…`);

  const requestLines = h.logs.filter((l) => l.msg === 'request');
  assert.equal(requestLines.length, 7, 'one line per request');
  for (const line of requestLines) {
    const known = ['time', 'msg', 'id', 'client', 'method', 'route', 'status', 'ms', 'upstream', 'cache', 'code'];
    assert.deepEqual(Object.keys(line).filter((k) => !known.includes(k)), []);
    assert.match(String(line.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.match(String(line.id), /^[\w-]{36}$/);
    assert.match(String(line.client), /^[\w-]{12}$/, 'a keyed hash of the client address, never the address');
    assert.equal(typeof line.ms, 'number');
    assert.equal(typeof line.upstream, 'number');
  }
  assert.deepEqual(
    requestLines.map((l) => `${l.method} ${l.route} ${l.status}`),
    [
      'POST /smartcv/token 200',
      'GET /smartcv/profile 200',
      'GET /smartcv/profile 401',
      'GET /jobs 200',
      'GET /jobs/:id 200',
      'POST /taxonomy/skills/match 200',
      'POST /jobs 400',
    ],
  );
  assert.equal(requestLines[2]!.code, 'UNAUTHORIZED');
  assert.equal(new Set(requestLines.map((l) => l.client)).size, 1, 'one client, one hash');
  assert.equal(new Set(requestLines.map((l) => l.id)).size, requestLines.length, 'one id per request');
  assert.equal(requestLines[4]!.cache, 'miss');
});

test('no input causes a 500: hostile paths, queries, bodies and headers get 4xx JSON', async () => {
  const h = harness({ endpoint: { authorizeAdmin: () => true } });
  const big = 'x'.repeat(70_000);
  const attempts: Array<[string, Parameters<typeof h.call>[1]]> = [
    ['/jobs/%00', {}],
    ['/jobs/..%2F..%2Fetc', {}],
    ['/jobs/%E0%A4%A', {}],
    ['/jobs?q=%F0%9F%92%A9%00', {}],
    ['/taxonomy/skills?q=line%0Abreak', {}],
    ['/jobs?country=' + 'A'.repeat(5000), {}],
    ['/taxonomy/skills?cursor=' + encodeURIComponent('{"s":"i","o":-1}'), {}],
    ['/taxonomy/skills?cursor=eyJzIjoiaSIsIm8iOjEuNX0', {}],
    ['/taxonomy/skills?cursor=AAAA', {}],
    ['/taxonomy/skills/' + 'f'.repeat(5000), {}],
    ['/taxonomy/skill-groups?parent=', {}],
    ['/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' }],
    ['/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' }],
    ['/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"labels":[null]}' }],
    ['/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"__proto__":{"labels":["a"]}}' }],
    ['/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big }],
    ['/jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":{"$gt":""}}' }],
    ['/jobs', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '99999999' }, body: '{}' }],
    ['/smartcv/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"just a string"' }],
    ['/smartcv/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"grant_type":["authorization_code"]}' }],
    ['/smartcv/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '%%%&&&==' }],
    ['/smartcv/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: big }],
    ['/smartcv/profile', { headers: { authorization: 'Bearer ' + 'a.'.repeat(3000) } }],
    ['/smartcv/profile', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }],
    ['/smartcv/profile', { headers: { authorization: 'Bearer a.b.c.d.e' } }],
    ['/smartcv/revoke', { method: 'POST', headers: { authorization: 'Bearer ' } }],
  ];
  for (const [path, init] of attempts) {
    const res = await h.call(path, init);
    assert.ok(res.status >= 400 && res.status < 500, `${path.slice(0, 60)} → ${res.status}`);
    const body = (await res.json()) as Record<string, unknown>;
    assert.ok(body.error, `${path.slice(0, 60)} answers a JSON error`);
  }
  assert.ok(!h.logs.some((l) => l.level === 'error'));
  // Repeated or unknown parameters are not errors: the first value counts, unknown keys are ignored.
  assert.equal((await h.call('/jobs?page=1&page=2&pageSize[]=3')).status, 200);
  // Undecodable percent-escapes are kept as literal text (Hono), which is harmless search text.
  assert.equal((await h.call('/jobs?q=%F0%9F%92%A9%FF')).status, 200);
});

test('a genuine bug answers 500 JSON and is logged without request data', async () => {
  const h = harness({
    endpoint: {
      authorizeAdmin: () => {
        throw new TypeError('hook exploded');
      },
    },
  });
  const res = await h.call('/jobs', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer s3cr3t-admin' }, body: '{}' });
  assert.equal(res.status, 500);
  // The wire code is one of the endpoint's typed codes (the union once said INTERNAL_ERROR, SmartCV's spelling).
  const internal: EndpointErrorCode = 'INTERNAL';
  assert.deepEqual(await json(res), { error: { code: internal, message: 'Something went wrong on the partner endpoint' } });
  const error = h.logs.find((l) => l.level === 'error');
  assert.ok(error);
  assert.equal(error.error, 'TypeError');
  assert.equal(error.route, '/jobs');
  assert.ok(!JSON.stringify(h.logs).includes('s3cr3t-admin'));
});

test('over real HTTP: serveNode on an ephemeral port, the socket address used for rate limiting', async (t) => {
  const base = createSandboxStack({ origin: ORIGIN, endpoint: { log: false } });
  const upstream = (input: RequestInfo | URL, init?: RequestInit) => base.fetch(new Request(input, init));
  const counters: string[] = [];
  const memory = new MemoryStore();
  const store: Store = {
    kind: 'memory',
    count: (k) => memory.count(k),
    acquire: (k, t) => memory.acquire(k, t),
    release: (k) => memory.release(k),
    ping: () => memory.ping(),
    get: (k) => memory.get(k),
    set: (k, v, ttl) => memory.set(k, v, ttl),
    delete: (k) => memory.delete(k),
    increment: (k, ttl) => (counters.push(k), memory.increment(k, ttl)),
  };
  const server = await serveNode(
    {
      allowedOrigins: [ORIGIN],
      sealingKey: Buffer.from(Buffer.alloc(32, 9).map((b, i) => b + i)).toString('base64url'),
      jobspace: { baseUrl: base.urls.jobspace, ...SANDBOX_CREDENTIALS.jobspace },
      fetch: upstream as typeof fetch,
      rateLimitPerMinute: 3,
      store,
      log: false,
    },
    { port: 0 },
  );
  t.after(() => server.close());
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${server.url}/careerkit/healthz`);
  assert.deepEqual(await health.json(), { ok: true });
  const jobs = await fetch(`${server.url}/careerkit/jobs?pageSize=3`, { headers: { origin: ORIGIN } });
  assert.equal(jobs.status, 200);
  assert.equal(jobs.headers.get('access-control-allow-origin'), ORIGIN);
  assert.equal(((await jobs.json()) as { items: unknown[] }).items.length, 3);
  assert.equal((await fetch(`${server.url}/careerkit/jobs/lookups`)).status, 200);
  assert.equal((await fetch(`${server.url}/careerkit/jobs/lookups`)).status, 200);
  const limited = await fetch(`${server.url}/careerkit/jobs/lookups`);
  assert.equal(limited.status, 429, 'limited by the socket address, without any proxy header');
  assert.ok(counters.every((k) => k.includes(':127.0.0.1:')), counters.join(' '));
  assert.ok(Number(limited.headers.get('retry-after')) >= 1);
});

test('Express/Connect middleware answers under the base path and passes everything else on', async (t) => {
  const base = createSandboxStack({ origin: ORIGIN, endpoint: { log: false } });
  const middleware = careerkitMiddleware({
    allowedOrigins: [ORIGIN],
    sealingKey: Buffer.from(Buffer.alloc(32, 3).map((b, i) => b + i)).toString('base64url'),
    jobspace: { baseUrl: base.urls.jobspace, ...SANDBOX_CREDENTIALS.jobspace },
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => base.fetch(new Request(input, init))) as typeof fetch,
    log: false,
  });
  // A minimal Connect-style app: the middleware, then the site's own handler.
  const server: Server = createServer((req, res) => {
    middleware(req, res, () => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('the partner site');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  assert.equal(await (await fetch(`${url}/about`)).text(), 'the partner site');
  assert.equal(await (await fetch(`${url}/careerkitten`)).text(), 'the partner site');
  const job = await fetch(`${url}/careerkit/jobs/1001`, { headers: { origin: ORIGIN } });
  assert.equal(job.status, 200);
  assert.equal(((await job.json()) as { id: string }).id, '1001');
  const post = await fetch(`${url}/careerkit/jobs`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'x-careerkit': '1', 'content-type': 'application/json' },
    body: '{}',
  });
  assert.equal(post.status, 403, 'bodies reach the endpoint; admin denied by default');
});
