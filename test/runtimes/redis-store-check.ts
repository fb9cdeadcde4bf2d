/**
 * RedisStore on a non-Node runtime (bundled by run.ts, run with Bun or Deno): counters, answers and locks against
 * the redis-server at REDIS_URL. Prints `redis-store ok` or throws.
 */
import { RedisStore } from '../../src/server/store-redis.js';

declare const Deno: { env: { get(name: string): string | undefined } } | undefined;
const url = typeof Deno !== 'undefined' ? Deno.env.get('REDIS_URL') : process.env.REDIS_URL;
if (!url) throw new Error('REDIS_URL is not set');

const stores = [new RedisStore({ url, prefix: 'rt:' }), new RedisStore({ url, prefix: 'rt:' })];
try {
  for (const store of stores) if (!(await store.connected(5000))) throw new Error('no connection');
  const [a, b] = stores as [RedisStore, RedisStore];
  const key = `hits:${Date.now()}`;
  await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).increment(key, 60)));
  if ((await b.count(key)) !== 50) throw new Error(`counter: ${await b.count(key)} instead of 50`);
  await a.set(key, 'answer', 60);
  if ((await b.get(key)) !== 'answer') throw new Error('answer not shared');
  const locks = await Promise.all([a.acquire(key, 5000), b.acquire(key, 5000)]);
  if (locks.filter(Boolean).length !== 1) throw new Error(`lock held by ${locks.filter(Boolean).length}`);
  await (locks[0] ? a : b).release(key);
  if (!(await (locks[0] ? b : a).acquire(key, 5000))) throw new Error('released lock not free');
  console.log('redis-store ok');
} finally {
  await Promise.all(stores.map((s) => s.close()));
}
