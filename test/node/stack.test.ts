import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSandboxStack, isStackPath } from '../../src/sandbox/stack.js';

test('fault switches are set and read through the control API', async () => {
  const stack = createSandboxStack({ origin: 'http://localhost:9999' });
  const res = await stack.fetch(
    new Request('http://localhost:9999/__stack/faults', {
      method: 'PUT',
      headers: { 'x-careerkit': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ jobspace: { latencyMs: 5 } }),
    }),
  );
  assert.equal(res.status, 200);
  const body = (await res.json()) as Record<string, { latencyMs: number }>;
  assert.equal(body.jobspace.latencyMs, 5);
  assert.equal(body.smartcv.latencyMs, 0);
});

test('isStackPath names the paths the stack serves, and only those', () => {
  for (const path of ['/careerkit', '/careerkit/jobs?page=2', '/careerkit?x=1', '/sandbox/smartcv/oauth/authorize', '/__stack/faults']) {
    assert.equal(isStackPath(path), true, path);
  }
  for (const path of ['/', '/careerkit-docs', '/sandboxes/x', '/src/index.ts', '/callback.html?careerkit=1']) {
    assert.equal(isStackPath(path), false, path);
  }
});

test('the control API refuses other origins, text/plain and requests without X-Careerkit: 1 (issue 11 #7)', async () => {
  const stack = createSandboxStack({ origin: 'http://localhost:9999' });
  const put = (headers: Record<string, string>) =>
    stack.fetch(new Request('http://localhost:9999/__stack/faults', { method: 'PUT', headers, body: JSON.stringify({ jobspace: { hang: true } }) }));
  const good = { 'x-careerkit': '1', 'content-type': 'application/json' };
  const refused = [
    put({ 'content-type': 'text/plain' }),
    put({ 'x-careerkit': '1', 'content-type': 'text/plain' }),
    put({ 'content-type': 'application/json' }),
    put({ ...good, origin: 'https://evil.example' }),
    put({ ...good, 'sec-fetch-site': 'cross-site' }),
    stack.fetch(new Request('http://localhost:9999/__stack/reset', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'text/plain' } })),
  ];
  for (const res of await Promise.all(refused)) assert.equal(res.status, 403);
  assert.equal(stack.simulators.jobspace.faults.settings.hang, false, 'nothing switched');
  const ok = await put({ ...good, origin: 'http://localhost:9999', 'sec-fetch-site': 'same-origin' });
  assert.equal(ok.status, 200);
  assert.equal(stack.simulators.jobspace.faults.settings.hang, true);
  assert.equal((await stack.fetch(new Request('http://localhost:9999/__stack/faults'))).status, 200, 'reading stays open');
});
