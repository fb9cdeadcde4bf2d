import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import { createSandboxStack } from '../../src/sandbox/stack.js';
import { ConfigError } from '../../src/server/config-check.js';
import type { PartnerEndpointConfig } from '../../src/server/config.js';
import { createPartnerEndpoint } from '../../src/server/endpoint.js';
import { configFromEnv, ENV_VARIABLES } from '../../src/server/env.js';
import type { ErrorBody, PublicConfig } from '../../src/types.js';
import { CLIENT_ID, harness, json, ORIGIN, OTHER_PARTNER, REDIRECT_URI } from './endpoint-harness.js';

const KEY = Buffer.from(Buffer.alloc(32, 1).map((b, i) => b + i)).toString('base64url');
const BASE: PartnerEndpointConfig = { allowedOrigins: ['https://careers.example.com'], sealingKey: KEY, log: false };

test('createPartnerEndpoint refuses a bad config with a one-line error naming the field', () => {
  const cases: Array<[Partial<PartnerEndpointConfig>, string]> = [
    [{ sealingKey: '' }, 'sealingKey'],
    [{ sealingKey: Buffer.alloc(31).toString('base64url') }, 'sealingKey'],
    [{ sealingKey: 'not base64url!!' }, 'sealingKey'],
    [{ allowedOrigins: ['https://careers.example.com/'] }, 'allowedOrigins'],
    [{ allowedOrigins: ['https://careers.example.com/jobs'] }, 'allowedOrigins'],
    [{ allowedOrigins: ['*'] }, 'allowedOrigins'],
    [{ basePath: 'careerkit' }, 'basePath'],
    [{ basePath: '/careerkit/' }, 'basePath'],
    [{ handleTtlSeconds: 0 }, 'handleTtlSeconds'],
    [{ upstreamTimeoutMs: -1 }, 'upstreamTimeoutMs'],
    [{ rateLimitPerMinute: 1.5 }, 'rateLimitPerMinute'],
    [{ smartcv: { baseUrl: 'api.tabbio.com', clientId: 'a', clientSecret: 'b', redirectUris: ['https://x.example/cb'] } }, 'smartcv.baseUrl'],
    [{ smartcv: { baseUrl: 'https://api.tabbio.com', clientId: 'a', clientSecret: '', redirectUris: ['https://x.example/cb'] } }, 'smartcv.clientSecret'],
    [{ smartcv: { baseUrl: 'https://api.tabbio.com', clientId: 'a', clientSecret: 'b', redirectUris: [] } }, 'smartcv.redirectUris'],
    [{ smartcv: { baseUrl: 'https://api.tabbio.com', clientId: 'a', clientSecret: 'b', redirectUris: ['/callback'] } }, 'smartcv.redirectUris'],
    [{ jobspace: { baseUrl: 'ftp://x.example', clientId: 'a', clientSecret: 'b' } }, 'jobspace.baseUrl'],
    [{ tabiya: { baseUrl: 'https://t.example', auth: { kind: 'apiKey', apiKey: '' } } }, 'tabiya.auth.apiKey'],
    [{ tabiya: { baseUrl: 'https://t.example', auth: { kind: 'apiKey', apiKey: 'k' }, modelId: 'abc' } }, 'tabiya.modelId'],
  ];
  for (const [patch, setting] of cases) {
    assert.throws(
      () => createPartnerEndpoint({ ...BASE, ...patch }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError, setting);
        assert.equal(error.setting, setting);
        assert.ok(error.message.startsWith(setting), error.message);
        assert.ok(!error.message.includes('\n'));
        return true;
      },
    );
  }
  assert.doesNotThrow(() => createPartnerEndpoint(BASE));
});

const GOOD_ENV = {
  CAREERKIT_ALLOWED_ORIGINS: 'https://careers.example.com, https://jobs.example.org',
  CAREERKIT_SEALING_KEY: KEY,
  CAREERKIT_UPSTREAM_TIMEOUT_MS: '5000',
  CAREERKIT_ADMIN_TOKEN: 'a-very-long-admin-token-value-123',
  SMARTCV_BASE_URL: 'https://api.tabbio.com',
  SMARTCV_CLIENT_ID: 'tabbio_abc',
  SMARTCV_CLIENT_SECRET: 'tabbio_secret_xyz',
  SMARTCV_REDIRECT_URIS: 'https://careers.example.com/callback.html',
  JOBSPACE_BASE_URL: 'https://www.thejobspace.com',
  JOBSPACE_CLIENT_ID: 'js-id',
  JOBSPACE_CLIENT_SECRET: 'js-secret',
  TABIYA_BASE_URL: 'https://taxonomy.tabiya.tech',
  TABIYA_TOKEN_URL: 'https://auth.taxonomy.tabiya.tech/oauth2/token',
  TABIYA_CLIENT_ID: 'm2m-id',
  TABIYA_CLIENT_SECRET: 'm2m-secret',
  TABIYA_SEARCH_INDEX: 'false',
};

test('configFromEnv builds the config from variables', async () => {
  const config = configFromEnv(GOOD_ENV);
  assert.deepEqual(config.allowedOrigins, ['https://careers.example.com', 'https://jobs.example.org']);
  assert.equal(config.upstreamTimeoutMs, 5000);
  assert.deepEqual(config.smartcv?.redirectUris, ['https://careers.example.com/callback.html']);
  assert.deepEqual(config.tabiya?.auth, { kind: 'm2m', tokenUrl: GOOD_ENV.TABIYA_TOKEN_URL, clientId: 'm2m-id', clientSecret: 'm2m-secret' });
  assert.equal(config.tabiya?.searchIndex, false);
  const admin = config.authorizeAdmin!;
  assert.equal(await admin(new Request('http://x/', { headers: { authorization: `Bearer ${GOOD_ENV.CAREERKIT_ADMIN_TOKEN}` } })), true);
  assert.equal(await admin(new Request('http://x/', { headers: { authorization: 'Bearer a-very-long-admin-token-value-124' } })), false);
  assert.equal(await admin(new Request('http://x/')), false);
});

test('configFromEnv: a missing or malformed variable → one line naming it, never echoing a secret', () => {
  const cases: Array<[Record<string, string | undefined>, string]> = [
    [{ CAREERKIT_ALLOWED_ORIGINS: undefined }, 'CAREERKIT_ALLOWED_ORIGINS'],
    [{ CAREERKIT_ALLOWED_ORIGINS: 'https://careers.example.com/path' }, 'CAREERKIT_ALLOWED_ORIGINS'],
    [{ CAREERKIT_SEALING_KEY: '' }, 'CAREERKIT_SEALING_KEY'],
    [{ CAREERKIT_SEALING_KEY: 'c2hvcnQta2V5LXNlY3JldC12YWx1ZQ' }, 'CAREERKIT_SEALING_KEY'],
    [{ CAREERKIT_UPSTREAM_TIMEOUT_MS: '8s' }, 'CAREERKIT_UPSTREAM_TIMEOUT_MS'],
    [{ CAREERKIT_HANDLE_TTL_SECONDS: '99999' }, 'CAREERKIT_HANDLE_TTL_SECONDS'],
    [{ CAREERKIT_RATE_LIMIT_PER_MINUTE: '-3' }, 'CAREERKIT_RATE_LIMIT_PER_MINUTE'],
    [{ CAREERKIT_CACHE_TTL_JOBS_SECONDS: 'soon' }, 'CAREERKIT_CACHE_TTL_JOBS_SECONDS'],
    [{ CAREERKIT_ADMIN_TOKEN: 'short' }, 'CAREERKIT_ADMIN_TOKEN'],
    [{ CAREERKIT_LOG: 'verbose' }, 'CAREERKIT_LOG'],
    [{ SMARTCV_CLIENT_ID: undefined }, 'SMARTCV_CLIENT_ID'],
    [{ SMARTCV_CLIENT_SECRET: '  ' }, 'SMARTCV_CLIENT_SECRET'],
    [{ SMARTCV_REDIRECT_URIS: 'callback.html' }, 'SMARTCV_REDIRECT_URIS'],
    [{ SMARTCV_BASE_URL: 'api.tabbio.com' }, 'SMARTCV_BASE_URL'],
    [{ SMARTCV_KEEP_TOKEN: 'maybe' }, 'SMARTCV_KEEP_TOKEN'],
    [{ JOBSPACE_CLIENT_SECRET: undefined }, 'JOBSPACE_CLIENT_SECRET'],
    [{ JOBSPACE_BASE_URL: 'ftp://www.thejobspace.com' }, 'JOBSPACE_BASE_URL'],
    [{ TABIYA_TOKEN_URL: undefined, TABIYA_CLIENT_ID: undefined, TABIYA_CLIENT_SECRET: undefined }, 'TABIYA_API_KEY'],
    [{ TABIYA_API_KEY: 'k' }, 'TABIYA_API_KEY'],
    [{ TABIYA_CLIENT_SECRET: undefined }, 'TABIYA_CLIENT_SECRET'],
    [{ TABIYA_MODEL_ID: 'my-model' }, 'TABIYA_MODEL_ID'],
    [{ TABIYA_INDEX_REFRESH_SECONDS: '5' }, 'TABIYA_INDEX_REFRESH_SECONDS'],
  ];
  for (const [patch, variable] of cases) {
    const env = { ...GOOD_ENV, ...patch };
    assert.throws(
      () => configFromEnv(env),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError, variable);
        assert.equal(error.setting, variable);
        assert.match(error.message, new RegExp(`^${variable} `));
        assert.ok(!error.message.includes('\n'), error.message);
        for (const secret of ['tabbio_secret_xyz', 'js-secret', 'm2m-secret', GOOD_ENV.CAREERKIT_ADMIN_TOKEN, 'c2hvcnQta2V5LXNlY3JldC12YWx1ZQ']) {
          assert.ok(!error.message.includes(secret), `${variable}: message echoes a secret`);
        }
        return true;
      },
    );
  }
});

test('.env.example lists every variable and parses into a working config once a key is set', () => {
  const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  for (const name of [...ENV_VARIABLES, 'PORT', 'HOST']) {
    assert.match(text, new RegExp(`^#? ?${name}=`, 'm'), name);
  }
  const env = parseEnv(text) as Record<string, string>;
  assert.throws(() => configFromEnv(env), { name: 'ConfigError', setting: 'CAREERKIT_SEALING_KEY' });
  const config = configFromEnv({ ...env, CAREERKIT_SEALING_KEY: KEY });
  assert.ok(config.smartcv && config.jobspace && config.tabiya);
  assert.doesNotThrow(() => createPartnerEndpoint(config));
});

test('CORS: exact-match allowlist, preflight answered, everything else 403 JSON', async () => {
  const h = harness();
  const preflight = (origin: string) =>
    h.stack.fetch(
      new Request(`${ORIGIN}/careerkit/smartcv/token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-careerkit' },
      }),
    );
  for (const origin of [ORIGIN, OTHER_PARTNER]) {
    const ok = await preflight(origin);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), origin);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /X-Careerkit/i);
    assert.match(ok.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(ok.headers.get('vary') ?? '', /Origin/);
  }
  for (const origin of ['https://evil.example', `${ORIGIN}/`, 'http://localhost:9998', 'HTTP://LOCALHOST:9999', 'null', 'https://sub.careers.partner-two.example']) {
    const denied = await preflight(origin);
    assert.equal(denied.status, 403, origin);
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
    const get = await h.call('/jobs', { origin });
    assert.equal(get.status, 403, origin);
    assert.match(get.headers.get('content-type') ?? '', /application\/json/);
    assert.equal((await json<ErrorBody>(get)).error.code, 'FORBIDDEN');
  }
  const allowed = await h.call('/jobs/lookups');
  assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
  const serverToServer = await h.call('/jobs/lookups', { origin: null });
  assert.equal(serverToServer.status, 200);
  assert.equal(serverToServer.headers.get('access-control-allow-origin'), null);
});

test('state-changing and personal-data routes need X-Careerkit: 1; public reads do not', async () => {
  const h = harness();
  const cases: Array<[string, RequestInit]> = [
    ['/smartcv/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' }],
    ['/smartcv/profile', { headers: { authorization: 'Bearer x' } }],
    ['/smartcv/revoke', { method: 'POST', headers: { authorization: 'Bearer x' } }],
    ['/jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['/jobs/1001', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"labels":["a"]}' }],
  ];
  for (const [path, init] of cases) {
    const variants: Record<string, string>[] = [{}, { 'x-careerkit': '0' }, { 'x-careerkit': 'true' }];
    for (const headers of variants) {
      const res = await h.call(path, { ...init, csrf: false, headers: { ...(init.headers as Record<string, string>), ...headers } });
      assert.equal(res.status, 403, `${path} ${JSON.stringify(headers)}`);
      const body = (await res.json()) as Record<string, unknown>;
      assert.ok(body.code === 'FORBIDDEN' || (body.error as { code?: string }).code === 'FORBIDDEN');
    }
  }
  // A cross-site HTML form can send a simple POST but no custom header: refused as well.
  const form = await h.call('/taxonomy/skills/match', { method: 'POST', csrf: false, origin: null, headers: { 'content-type': 'text/plain' }, body: '{"labels":["a"]}' });
  assert.equal(form.status, 403);
  for (const path of ['/config', '/jobs', '/jobs/lookups', '/taxonomy/models', '/healthz']) {
    assert.equal((await h.call(path, { csrf: false })).status, 200, path);
  }
});

test('GET /config: what the widgets need and nothing secret', async () => {
  const h = harness();
  const res = await h.call('/config');
  assert.equal(res.status, 200);
  const text = await res.text();
  const config = JSON.parse(text) as PublicConfig;
  assert.deepEqual(config.smartcv, {
    authorizeUrl: `${ORIGIN}/sandbox/smartcv/oauth/authorize`,
    clientId: CLIENT_ID,
    redirectUris: [REDIRECT_URI],
    scope: 'profile:read',
  });
  assert.match(config.taxonomy.modelId, /^[0-9a-f]{24}$/);
  assert.ok(config.taxonomy.name && config.taxonomy.locale);
  assert.deepEqual(config.features, { apply: true, jobs: true, skills: true, jobAdmin: false });
  for (const secret of [
    SANDBOX_CREDENTIALS.smartcv.clientSecret,
    SANDBOX_CREDENTIALS.jobspace.clientSecret,
    SANDBOX_CREDENTIALS.tabiya.apiKey,
    'c2FuZGJveC1zZWFsaW5nLWtleS0zMi1ieXRlcy1vayE',
  ]) {
    assert.ok(!text.includes(secret));
  }
  const partial = createPartnerEndpoint(BASE);
  const minimal = await json<PublicConfig>(await partial.fetch(new Request('http://x/careerkit/config')));
  assert.deepEqual(minimal.features, { apply: false, jobs: false, skills: false, jobAdmin: false });
  assert.equal((await partial.fetch(new Request('http://x/careerkit/jobs'))).status, 404);
});

test('unknown routes and methods → 404 JSON; the base path is configurable', async () => {
  const h = harness();
  for (const [path, method] of [['/nope', 'GET'], ['/jobs', 'DELETE'], ['/jobs/1001/extra', 'GET'], ['/taxonomy', 'GET']] as const) {
    const res = await h.call(path, { method });
    assert.equal(res.status, 404, `${method} ${path}`);
    assert.equal((await json<ErrorBody>(res)).error.code, 'NOT_FOUND');
  }
  const stack = createSandboxStack({ origin: ORIGIN, endpoint: { basePath: '/api/ck', log: false } });
  assert.equal((await stack.endpoint.fetch(new Request(`${ORIGIN}/api/ck/healthz`))).status, 200);
  assert.equal((await stack.endpoint.fetch(new Request(`${ORIGIN}/careerkit/healthz`))).status, 404);
});

test('/healthz is always up; /readyz checks each upstream and reports the index', async () => {
  const h = harness();
  const health = await h.call('/healthz', { origin: null });
  assert.deepEqual(await json(health), { ok: true });
  const ready = await h.call('/readyz', { origin: null });
  assert.equal(ready.status, 200);
  const report = await json<{ ready: boolean; upstreams: Record<string, string>; index: { state: string } }>(ready);
  assert.deepEqual(report.upstreams, { smartcv: 'ok', jobspace: 'ok', tabiya: 'ok' });
  assert.ok(['idle', 'building', 'ready'].includes(report.index.state));
  await h.stack.endpoint.ready?.();
  const after = await json<{ index: { state: string; size: number } }>(await h.call('/readyz'));
  assert.equal(after.index.state, 'ready');
  assert.ok(after.index.size >= 1000);
  h.jobspace.faults.set({ errorRate: 1 });
  h.stack.endpoint.reset?.();
  const failing = await h.call('/readyz');
  assert.equal(failing.status, 503);
  assert.equal((await json<{ upstreams: Record<string, string> }>(failing)).upstreams.jobspace, 'UPSTREAM_UNAVAILABLE');
});
