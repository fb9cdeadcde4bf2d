/**
 * One endpoint instance for the scale section, in its own process: the sandbox stack with a RedisStore when
 * BENCH_STORE_URL is set (else the memory store), a per-client limit high enough never to refuse but counted on
 * every request (as deployed), and the skill index built before it reports. Sends back its origin, the index
 * build time and its memory (after a forced GC: run with --expose-gc).
 */
import type { Store } from '../../src/server/store.js';
import { RedisStore } from '../../src/server/store-redis.js';
import { startBenchServer } from './server.js';

const gc = (globalThis as { gc?: () => void }).gc;
const storeUrl = process.env.BENCH_STORE_URL;
let store: Store | undefined;
if (storeUrl) {
  const redis = new RedisStore({ url: storeUrl, prefix: 'bench:' });
  if (!(await redis.connected(5000))) throw new Error(`Redis at ${storeUrl} is not reachable`);
  store = redis;
}
const server = await startBenchServer({ rateLimitPerMinute: 1_000_000, ...(store ? { store } : {}) });
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
await server.stack.endpoint.ready();
const indexBuildMs = Math.round(performance.now() - started);
gc?.();
const memory = process.memoryUsage();
process.send?.({
  origin: server.origin,
  indexBuildMs,
  indexHeapMb: Math.round(((memory.heapUsed - heapBefore) / 1024 ** 2) * 10) / 10,
  rssMb: Math.round((memory.rss / 1024 ** 2) * 10) / 10,
  heapMb: Math.round((memory.heapUsed / 1024 ** 2) * 10) / 10,
});
process.on('disconnect', () => {
  void Promise.all([server.close(), store?.close?.()]).then(() => process.exit(0));
});
