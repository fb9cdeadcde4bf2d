/**
 * Several endpoint instances, one Redis: three createPartnerEndpoint instances (each with its own RedisStore
 * connection to one redis-server spawned here) in front of one set of in-process simulators. Proves the store
 * contract on real Redis, a global per-client rate limit, one shared answer cache, and that killing Redis mid-run
 * causes no 5xx and no lost apply.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { approveForTest } from '../../src/sandbox/smartcv/index.js';
import { createSandboxStack, type SandboxStack } from '../../src/sandbox/stack.js';
import type { JobspaceSimulator } from '../../src/sandbox/jobspace/index.js';
import type { PartnerEndpointConfig } from '../../src/server/config.js';
import { RedisStore } from '../../src/server/store-redis.js';
import type { JobPage, ReadinessReport } from '../../src/types.js';
import { CLIENT_ID, ORIGIN, pkcePair, REDIRECT_URI, tokenForm } from './endpoint-harness.js';
import { redisServerPath, startRedis, type RedisServer } from './redis-harness.js';

const available = redisServerPath() !== undefined;
if (!available) console.log('redis tests skipped: redis-server is not installed (Debian: apt-get install redis-server)');

interface Cluster {
  /** The stack whose simulators every instance calls. */
  upstream: SandboxStack;
  instances: SandboxStack[];
  stores: RedisStore[];
  logs: Record<string, unknown>[][];
  jobspace: JobspaceSimulator;
  call(instance: number, path: string, init?: RequestInit & { ip?: string; csrf?: boolean }): Promise<Response>;
  close(): Promise<void>;
}

let prefixes = 0;

/** A sealing key of 32 random bytes (the sandbox's published key is refused outside the sandbox). */
const freshKey = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

/** Three endpoint instances sharing one Redis (a fresh key prefix per cluster, so tests do not see each other's keys). */
function cluster(redisUrl: string, endpoint: Partial<PartnerEndpointConfig> = {}, commandTimeoutMs = 2000): Cluster {
  const prefix = `test${++prefixes}:${Date.now()}:`;
  const stores: RedisStore[] = [];
  const logs: Record<string, unknown>[][] = [];
  const instances: SandboxStack[] = [];
  let upstream: SandboxStack | undefined;
  for (let i = 0; i < 3; i++) {
    const store = new RedisStore({ url: redisUrl, prefix, commandTimeoutMs, maxReconnectDelayMs: 200 });
    const log: Record<string, unknown>[] = [];
    stores.push(store);
    logs.push(log);
    const upstreamFetch: typeof fetch | undefined = upstream
      ? (input, init) => (upstream as SandboxStack).fetch(new Request(input, init))
      : undefined;
    const stack = createSandboxStack({
      origin: ORIGIN,
      endpoint: {
        store,
        log: (line) => log.push(line),
        rateLimitPerMinute: 0,
        // The test's client address (whatever the endpoint's default policy for X-Forwarded-For).
        clientIp: (request) => request.headers.get('x-forwarded-for') ?? 'unknown',
        ...endpoint, ...(upstreamFetch ? { fetch: upstreamFetch } : {}) },
    });
    upstream ??= stack;
    instances.push(stack);
  }
  const first = upstream as SandboxStack;
  return {
    upstream: first,
    instances,
    stores,
    logs,
    jobspace: first.simulators.jobspace as JobspaceSimulator,
    call(instance, path, init = {}) {
      const { ip = '203.0.113.7', csrf, ...rest } = init;
      const headers = new Headers(rest.headers);
      headers.set('origin', ORIGIN);
      headers.set('x-forwarded-for', ip);
      const method = (rest.method ?? 'GET').toUpperCase();
      if (csrf ?? (method !== 'GET' || path.startsWith('/smartcv/'))) headers.set('x-careerkit', '1');
      return instances[instance]!.fetch(new Request(new URL(`/careerkit${path}`, ORIGIN), { ...rest, headers }));
    },
    async close() {
      await Promise.all(stores.map((s) => s.close()));
    },
  };
}

/** Consent in the (shared) SmartCV simulator, then the code exchanged at `instance`. */
async function exchange(c: Cluster, instance: number): Promise<Response> {
  const pkce = await pkcePair();
  const { code } = await approveForTest(c.upstream.simulators.smartcv, {
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    codeChallenge: pkce.challenge,
    state: 'st-redis',
    profileId: 'complete',
  });
  return c.call(
    instance,
    '/smartcv/token',
    tokenForm({ grant_type: 'authorization_code', code, code_verifier: pkce.verifier, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID }),
  );
}

describe('Redis store, three instances', { skip: !available }, () => {
  let redis: RedisServer;
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await redis?.stop();
  });

  test('store contract on real Redis: atomic counters across clients, TTLs, answers apart from counters, token-checked locks', async () => {
    const c = cluster(redis.url);
    try {
      const [a, b, d] = c.stores as [RedisStore, RedisStore, RedisStore];
      assert.deepEqual(await Promise.all(c.stores.map((s) => s.connected())), [true, true, true]);
      // 3 clients x 100 concurrent increments: no lost update.
      await Promise.all(c.stores.flatMap((s) => Array.from({ length: 100 }, () => s.increment('hits', 60))));
      assert.equal(await b.count('hits'), 300);
      assert.equal(await d.increment('hits', 60, 5), 305, 'increment by n');
      // The window starts with the first count: later increments do not extend it.
      await a.increment('short', 0.3);
      await new Promise((r) => setTimeout(r, 150));
      await b.increment('short', 0.3);
      await new Promise((r) => setTimeout(r, 250));
      assert.equal(await d.count('short'), 0, 'the counter expired 300 ms after it was created');
      // Answers and counters do not share keys.
      await a.set('hits', 'an answer', 60);
      assert.equal(await b.get('hits'), 'an answer');
      assert.equal(await d.count('hits'), 305);
      await b.delete('hits');
      assert.equal(await a.get('hits'), undefined);
      assert.equal(await a.count('hits'), 305);
      await a.set('brief', 'x', 0.2);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await b.get('brief'), undefined, 'answers expire');
      // One holder at a time across instances; a release by a non-holder leaves the lock alone.
      const won = await Promise.all(c.stores.map((s) => s.acquire('lock', 5000)));
      assert.equal(won.filter(Boolean).length, 1);
      const holder = c.stores[won.indexOf(true)]!;
      const other = c.stores[won.indexOf(false)]!;
      await other.release('lock');
      assert.equal(await other.acquire('lock', 5000), false, 'still held');
      await holder.release('lock');
      assert.equal(await other.acquire('lock', 200), true);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await holder.acquire('lock', 200), true, 'an expired lock can be taken');
    } finally {
      await c.close();
    }
  });

  test('the per-client rate limit is global across instances', async () => {
    const c = cluster(redis.url, { rateLimitPerMinute: 6, now: () => Date.UTC(2026, 0, 1, 12, 0, 30) });
    try {
      await Promise.all(c.stores.map((s) => s.connected()));
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await c.call(i % 3, '/config')).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200]);
      // Each instance alone has seen 2 requests, far below 6: only a shared counter refuses these.
      for (let i = 0; i < 3; i++) {
        const refused = await c.call(i, '/config');
        assert.equal(refused.status, 429, `instance ${i}`);
        assert.equal(refused.headers.get('retry-after'), '30');
      }
      assert.equal((await c.call(1, '/config', { ip: '198.51.100.9' })).status, 200, 'another client is not limited');
    } finally {
      await c.close();
    }
  });

  test('a cold GET /jobs on one instance fills the cache for all: the others make no upstream list call', async () => {
    const c = cluster(redis.url);
    try {
      await Promise.all(c.stores.map((s) => s.connected()));
      const first = await c.call(0, '/jobs');
      assert.equal(first.status, 200);
      const calls = c.jobspace.stats().byPath['/api/job'];
      assert.equal(calls, 1);
      const body = await first.text();
      for (const i of [1, 2]) {
        const res = await c.call(i, '/jobs');
        assert.equal(res.status, 200);
        assert.equal(await res.text(), body);
        assert.equal(c.logs[i]!.find((l) => l.route === '/jobs')?.cache, 'hit', `instance ${i} answered from Redis`);
      }
      assert.equal(c.jobspace.stats().byPath['/api/job'], 1, 'still one upstream list call');
    } finally {
      await c.close();
    }
  });

  test('a job posted through one instance is listed by the others at once (the list version lives in the store)', async () => {
    const c = cluster(redis.url, { authorizeAdmin: () => true });
    try {
      await Promise.all(c.stores.map((s) => s.connected()));
      const titles = async (instance: number, path: string) =>
        ((await (await c.call(instance, path)).json()) as JobPage).items.map((j) => j.title);
      // Instance 1 caches the plain list in Redis (and reads it back); instance 2 scans every job for a filtered list.
      const title = `Multi-instance Welder ${Date.now()}`;
      assert.ok(!(await titles(1, '/jobs')).includes(title));
      await titles(1, '/jobs');
      assert.equal(c.logs[1]!.filter((l) => l.route === '/jobs').at(-1)?.cache, 'hit');
      assert.deepEqual(await titles(2, '/jobs?q=welder%20multi-instance'), []);
      const posted = await c.call(0, '/jobs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title,
          descriptionHtml: '<p>Weld things.</p>',
          reference: `MULTI-${Date.now()}`,
          typeId: '1',
          categoryId: '6',
          countryId: '229',
          organisation: 'acme',
          premise: '1 Example Street',
          city: 'Sheffield',
          postcode: 'S1 4DP',
          benefits: 'Pension',
          skills: 'Welding',
          salary: { from: 30000, to: 36000, currency: 'GBP', frequency: 'ANNUALLY', text: '£30k-£36k' },
        }),
      });
      assert.equal(posted.status, 201, await posted.clone().text());
      assert.ok((await titles(1, '/jobs')).includes(title), 'instance 1 lists the new job at once');
      assert.equal(c.logs[1]!.filter((l) => l.route === '/jobs').at(-1)?.cache, 'miss', 'a new list version, so a new cache key');
      assert.deepEqual(await titles(2, '/jobs?q=welder%20multi-instance'), [title], "instance 2's job scan is renewed at once");
      assert.ok((await titles(0, '/jobs')).includes(title), 'the writing instance too');
    } finally {
      await c.close();
    }
  });

  test(
    'concurrent cold GET /jobs on three instances: one upstream list call (cross-instance single-flight)',
    async () => {
      const c = cluster(redis.url);
      try {
        await Promise.all(c.stores.map((s) => s.connected()));
        await Promise.all([0, 1, 2].map((i) => c.call(i, '/jobs/1001'))); // tokens first: count list calls only
        const before = c.jobspace.stats().byPath['/api/job'] ?? 0;
        const answers = await Promise.all(Array.from({ length: 30 }, (_, n) => c.call(n % 3, '/jobs', { headers: { 'x-n': String(n) } })));
        assert.ok(answers.every((r) => r.status === 200));
        assert.equal(new Set(await Promise.all(answers.map((r) => r.text()))).size, 1);
        assert.equal((c.jobspace.stats().byPath['/api/job'] ?? 0) - before, 1);
      } finally {
        await c.close();
      }
    },
  );

  test('the SmartCV budget guard counts across instances: a client refused 3 times is stopped on a fourth instance', async () => {
    const c = cluster(redis.url, { rateLimitPerMinute: 1000 });
    try {
      await Promise.all(c.stores.map((s) => s.connected()));
      const junk = (instance: number, ip: string) =>
        c.call(
          instance,
          '/smartcv/token',
          {
            ...tokenForm({ grant_type: 'authorization_code', code: `junk-${ip}-${instance}-${Math.random()}`, code_verifier: 'v'.repeat(43), redirect_uri: REDIRECT_URI, client_id: CLIENT_ID }),
            ip,
          },
        );
      const attacker = '198.51.100.66';
      // One refused exchange per instance: each instance alone has seen one failure, below the limit of 3.
      for (const i of [0, 1, 2]) assert.equal((await junk(i, attacker)).status, 400, `instance ${i} asked SmartCV`);
      const stopped = await junk(0, attacker);
      assert.equal(stopped.status, 429, 'the fourth is refused locally: the count is shared');
      assert.ok(Number(stopped.headers.get('retry-after')) > 0);
      assert.equal((await junk(1, '198.51.100.67')).status, 400, 'another client still reaches SmartCV');
      // Every instance reports the same remaining budget: 4 SmartCV calls spent in all.
      const remaining = await Promise.all(
        [0, 1, 2].map(async (i) => ((await (await c.call(i, '/readyz')).json()) as ReadinessReport).smartcvBudget?.remaining),
      );
      assert.deepEqual(remaining, [96, 96, 96]);
    } finally {
      await c.close();
    }
  });

  test('Redis killed mid-run: no 5xx, token exchanges still succeed, /readyz says so; back when Redis returns', async () => {
    const c = cluster(redis.url, { rateLimitPerMinute: 1000 });
    try {
      await Promise.all(c.stores.map((s) => s.connected()));
      const statuses: number[] = [];
      const tokens: number[] = [];
      const round = async (n: number) => {
        const paths = ['/jobs', '/config', '/jobs/lookups', '/taxonomy/skills?q=data', '/readyz'];
        const answers = await Promise.all(paths.map((p, i) => c.call((n + i) % 3, p)));
        statuses.push(...answers.map((r) => r.status));
        await Promise.all(answers.map((r) => r.body?.cancel()));
        tokens.push((await exchange(c, n % 3)).status);
      };
      for (let n = 0; n < 3; n++) await round(n);
      const ready = (await (await c.call(1, '/readyz')).json()) as ReadinessReport;
      assert.deepEqual(ready.store, { kind: 'redis', ok: true });

      await redis.kill();
      for (let n = 3; n < 9; n++) await round(n);
      const readyRes = await c.call(2, '/readyz');
      const down = (await readyRes.json()) as ReadinessReport;
      assert.deepEqual(down.store, { kind: 'redis', ok: false });
      assert.equal(readyRes.status, 200, 'the instance still serves: it stays in the load balancer');
      assert.ok(c.logs.flat().some((l) => l.level === 'warn' && l.msg === 'store error'), 'failing open is logged');

      assert.deepEqual(statuses.filter((s) => s >= 500), [], 'no 5xx');
      assert.deepEqual(tokens, Array(9).fill(200), 'every token exchange succeeded, before and after the kill');

      await redis.restart();
      const deadline = Date.now() + 5000;
      while (c.stores.some((s) => s.state !== 'ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const back = (await (await c.call(0, '/readyz')).json()) as ReadinessReport;
      assert.deepEqual(back.store, { kind: 'redis', ok: true });
      await c.call(0, '/jobs');
      const hit = await c.call(1, '/jobs');
      assert.equal(hit.status, 200);
      assert.equal(c.logs[1]!.filter((l) => l.route === '/jobs').at(-1)?.cache, 'hit', 'sharing resumed');
    } finally {
      await c.close();
    }
  });

  test('Redis stalled (connections open, no answers): each instance pays one command timeout, then fails fast; recovers', async () => {
    const c = cluster(redis.url, { rateLimitPerMinute: 1000 }, 300);
    try {
      await Promise.all(c.stores.map((s) => s.connected()));
      assert.equal((await c.call(0, '/jobs')).status, 200);
      redis.pause();
      const started = performance.now();
      const statuses: number[] = [];
      for (let n = 0; n < 30; n++) {
        const res = await c.call(n % 3, '/jobs');
        statuses.push(res.status);
        await res.body?.cancel();
      }
      const elapsed = performance.now() - started;
      assert.deepEqual([...new Set(statuses)], [200], 'all answered, from the upstream');
      // Without the breaker: 30 requests x (rate-limit check + cache read) x 300 ms = 18 s. With it: about one
      // timeout per instance, then immediate failures within each 1 s cooldown.
      assert.ok(elapsed < 10_000, `30 requests took ${Math.round(elapsed)} ms while Redis stalled`);
      const ready = (await (await c.call(0, '/readyz')).json()) as ReadinessReport;
      assert.equal(ready.store?.ok, false);
      redis.resume();
      const deadline = Date.now() + 5000;
      let ok = false;
      while (!ok && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        ok = ((await (await c.call(1, '/readyz')).json()) as ReadinessReport).store?.ok === true;
      }
      assert.equal(ok, true, 'the store is used again once Redis answers');
      await new Promise((r) => setTimeout(r, 1100)); // the other instances' breakers let a probe through after 1 s
      assert.equal(await c.stores[2]!.increment('after-stall', 60), 1);
    } finally {
      redis.resume();
      await c.close();
    }
  });

  test('storeUrl: the Express middleware builds a RedisStore from it (as serveNode and the CLI do); close() closes it', async () => {
    const { careerkitMiddleware } = await import('../../src/server/express.js');
    const middleware = careerkitMiddleware({ allowedOrigins: [ORIGIN], sealingKey: freshKey(), log: false, storeUrl: redis.url });
    const readyz = async () =>
      ((await (await middleware.endpoint.fetch(new Request(`${ORIGIN}/careerkit/readyz`, { headers: { origin: ORIGIN } }))).json()) as ReadinessReport).store;
    try {
      // It connects in the background: /readyz reports the store once the connection is up.
      let store = await readyz();
      for (let waited = 0; !store?.ok && waited < 3000; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        store = await readyz();
      }
      assert.deepEqual(store, { kind: 'redis', ok: true });
    } finally {
      await middleware.close();
    }
    assert.deepEqual(await readyz(), { kind: 'redis', ok: false }, 'closed');
  });

  test('storeUrl: the edge handler refuses it without a store; a bad URL names the setting', async () => {
    const { createPartnerEndpoint } = await import('../../src/server/endpoint.js');
    const base = { allowedOrigins: [ORIGIN], sealingKey: freshKey() };
    assert.throws(() => createPartnerEndpoint({ ...base, storeUrl: redis.url }), { name: 'ConfigError', setting: 'storeUrl' });
    assert.throws(() => createPartnerEndpoint({ ...base, storeUrl: 'http://127.0.0.1:6379' }), /storeUrl must start with redis:\/\//);
    const { withStore } = await import('../../src/server/node.js');
    const resolved = await withStore({ ...base, storeUrl: redis.url, log: false });
    try {
      assert.equal(resolved.config.store?.kind, 'redis');
      const endpoint = createPartnerEndpoint(resolved.config);
      const res = await endpoint.fetch(new Request(`${ORIGIN}/careerkit/readyz`));
      assert.deepEqual(((await res.json()) as ReadinessReport).store, { kind: 'redis', ok: true });
    } finally {
      await resolved.close?.();
    }
  });
});

test('CAREERKIT_STORE_URL: read into storeUrl; anything but redis:// or rediss:// with a host and a db number is refused, naming the variable', async () => {
  const { configFromEnv } = await import('../../src/server/env.js');
  const env = { CAREERKIT_ALLOWED_ORIGINS: ORIGIN, CAREERKIT_SEALING_KEY: freshKey() };
  assert.equal(configFromEnv({ ...env, CAREERKIT_STORE_URL: 'redis://cache.internal:6380/2' }).storeUrl, 'redis://cache.internal:6380/2');
  assert.equal(configFromEnv({ ...env, CAREERKIT_STORE_URL: 'rediss://user:pw@cache.internal' }).storeUrl, 'rediss://user:pw@cache.internal');
  assert.equal(configFromEnv(env).storeUrl, undefined);
  for (const bad of ['memcached://x:11211', 'redis://', 'redis://host:6379/db0', 'not a url']) {
    assert.throws(() => configFromEnv({ ...env, CAREERKIT_STORE_URL: bad }), { name: 'ConfigError', setting: 'CAREERKIT_STORE_URL' }, bad);
  }
});
