import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSandboxStack, isStackPath } from '../../src/sandbox/stack.js';

test('fault switches are set and read through the control API', async () => {
  const stack = createSandboxStack({ origin: 'http://localhost:9999' });
  const res = await stack.fetch(
    new Request('http://localhost:9999/__stack/faults', { method: 'PUT', body: JSON.stringify({ jobspace: { latencyMs: 5 } }) }),
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
