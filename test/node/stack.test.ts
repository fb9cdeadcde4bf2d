import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSandboxStack } from '../../src/sandbox/stack.js';

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
