/**
 * The job-list version (src/server/jobs/version.ts): shared through the Store so a write through one instance
 * reaches all; never hands back a version it already handed out when the counter is lost; a store outage keeps
 * this instance's own writes visible to itself. Real MemoryStores; the outage is a MemoryStore whose calls throw.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JobsVersion } from '../../src/server/jobs/version.js';
import { MemoryStore } from '../../src/server/store.js';

const version = (store: MemoryStore) => {
  const seen = { changes: 0, storeErrors: 0 };
  const jobs = new JobsVersion({ store, onChange: () => (seen.changes += 1), onStoreError: () => (seen.storeErrors += 1) });
  return { jobs, seen };
};

test('a write through one instance moves every instance to a new version, and renews their scans', async () => {
  const store = new MemoryStore();
  const a = version(store);
  const b = version(store);
  const before = [await a.jobs.current(), await b.jobs.current()];
  assert.equal(before[0], before[1], 'one shared version');
  await a.jobs.bump();
  const after = await b.jobs.current();
  assert.notEqual(after, before[1]);
  assert.equal(await a.jobs.current(), after, 'both instances agree again');
  assert.equal(b.seen.changes, 1, "B's job scan is renewed once");
  assert.equal(await b.jobs.current(), after, 'stable until the next write');
  assert.equal(b.seen.changes, 1);
});

test('a counter that is lost (evicted or expired) never brings back an older version', async () => {
  const store = new MemoryStore({ maxCounters: 1 });
  const a = version(store);
  const handed = new Set<string>([await a.jobs.current()]);
  await a.jobs.bump();
  await a.jobs.bump();
  handed.add(await a.jobs.current());
  await store.increment('rl:someone', 60); // the only counter slot: the version counter is evicted
  assert.equal(await store.count('jobs:version'), 0);
  const now = await a.jobs.current();
  assert.ok(!handed.has(now), `${now} was handed out before (${[...handed].join(', ')})`);
});

test('with the store down, an instance still sees its own writes at once', async () => {
  class DownStore extends MemoryStore {
    override async count(): Promise<number> {
      throw new Error('store down');
    }
    override async increment(): Promise<number> {
      throw new Error('store down');
    }
  }
  const a = version(new DownStore());
  const before = await a.jobs.current();
  await a.jobs.bump();
  assert.notEqual(await a.jobs.current(), before);
  assert.ok(a.seen.storeErrors >= 2, 'each failure is reported');
});
