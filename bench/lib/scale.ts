/**
 * Section "scale": several endpoint instances on one Redis. Throughput and p99 of a cached GET /jobs and of skill
 * search (the per-instance index) for 1 memory-store instance, 1 Redis instance and 3 Redis instances (one
 * process each, one autocannon per instance splitting the same 48 connections: a load balancer in spirit), and
 * what each instance holds: resident memory and the skill index's build time and heap.
 *
 * Every request counts against the per-client rate limit (set high enough never to refuse), so the Redis figures
 * include one counter round trip per request plus one GET for a cached answer. On a 2-core machine shared with
 * the load generator, 3 instances cannot run 3x faster: the figure shows Redis is not the bottleneck, not linear
 * scaling.
 */
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { redisServerPath, startRedis } from '../../test/node/redis-harness.js';
import { forkChild } from './child.js';
import { warmEndpoint } from './server.js';
import { round } from './stats.js';
import { SKILL_QUERIES } from './throughput.js';

interface Instance {
  origin: string;
  indexBuildMs: number;
  indexHeapMb: number;
  rssMb: number;
  heapMb: number;
  stop(): Promise<void>;
}

export interface ScaleLoadRow {
  setup: 'memory x1' | 'redis x1' | 'redis x3';
  route: 'GET /jobs (cached)' | 'GET /taxonomy/skills?q= (index)';
  requestsPerSecond: number;
  /** Highest p99 among the instances (a merged histogram is not available from autocannon). */
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface ScaleResult {
  durationS: number;
  connections: number;
  load: ScaleLoadRow[];
  /** Redis ÷ memory store, one instance: requests per second (< 1 = Redis costs throughput) and p99. */
  redisVsMemory: { jobsRps: number; jobsP99: number; skillsRps: number; skillsP99: number };
  /** 3 instances ÷ 1 instance on Redis, requests per second. */
  threeVsOne: { jobsRps: number; skillsRps: number };
  perInstance: { rssMb: number; heapMb: number; indexBuildMs: number; indexHeapMb: number; indexSize: number };
}

const CHILD = fileURLToPath(new URL('./scale-child.ts', import.meta.url));
const JOBS_PATH = '/careerkit/jobs?page=1&pageSize=20';

async function startInstance(storeUrl?: string): Promise<Instance> {
  const { message, stop } = await forkChild<Omit<Instance, 'stop'>>(CHILD, {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, ...(storeUrl ? { BENCH_STORE_URL: storeUrl } : {}) },
    what: 'scale instance',
    startMs: 60_000,
  });
  return { ...message, stop };
}

async function loadAcross(
  setup: ScaleLoadRow['setup'],
  route: ScaleLoadRow['route'],
  instances: Instance[],
  connections: number,
  durationS: number,
): Promise<ScaleLoadRow> {
  const each = Math.max(1, Math.floor(connections / instances.length));
  const results = await Promise.all(
    instances.map((instance) =>
      route === 'GET /jobs (cached)'
        ? autocannon({ url: instance.origin + JOBS_PATH, connections: each, duration: durationS })
        : autocannon({
            url: `${instance.origin}/careerkit/taxonomy/skills`,
            connections: each,
            duration: durationS,
            requests: SKILL_QUERIES.map((q) => ({ method: 'GET', path: `/careerkit/taxonomy/skills?q=${encodeURIComponent(q)}` })),
          }),
    ),
  );
  return {
    setup,
    route,
    requestsPerSecond: Math.round(results.reduce((sum, r) => sum + r.requests.average, 0)),
    p99Ms: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

async function indexSize(origin: string): Promise<number> {
  const res = await fetch(`${origin}/careerkit/readyz`);
  const body = (await res.json()) as { index?: { size?: number } };
  return body.index?.size ?? 0;
}

export async function measureScale(durationS = 5, connections = 48): Promise<ScaleResult> {
  if (!redisServerPath()) throw new Error('redis-server is not installed (Debian: apt-get install redis-server)');
  const load: ScaleLoadRow[] = [];
  const routes: ScaleLoadRow['route'][] = ['GET /jobs (cached)', 'GET /taxonomy/skills?q= (index)'];
  const run = async (setup: ScaleLoadRow['setup'], instances: Instance[]) => {
    for (const instance of instances) await warmEndpoint(instance.origin, [20]);
    for (const route of routes) load.push(await loadAcross(setup, route, instances, connections, durationS));
  };

  const memory = await startInstance();
  let perInstance: ScaleResult['perInstance'];
  try {
    await run('memory x1', [memory]);
  } finally {
    await memory.stop();
  }

  const redis = await startRedis();
  try {
    const instances: Instance[] = [];
    try {
      for (let i = 0; i < 3; i++) instances.push(await startInstance(redis.url));
      const first = instances[0]!;
      perInstance = {
        rssMb: first.rssMb,
        heapMb: first.heapMb,
        indexBuildMs: first.indexBuildMs,
        indexHeapMb: first.indexHeapMb,
        indexSize: await indexSize(first.origin),
      };
      await run('redis x1', [first]);
      await run('redis x3', instances);
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
    }
  } finally {
    await redis.stop();
  }

  const row = (setup: ScaleLoadRow['setup'], route: ScaleLoadRow['route']) => load.find((r) => r.setup === setup && r.route === route)!;
  const ratio = (a: number, b: number) => round(a / Math.max(b, 0.001), 2);
  return {
    durationS,
    connections,
    load,
    redisVsMemory: {
      jobsRps: ratio(row('redis x1', routes[0]!).requestsPerSecond, row('memory x1', routes[0]!).requestsPerSecond),
      jobsP99: ratio(row('redis x1', routes[0]!).p99Ms, row('memory x1', routes[0]!).p99Ms),
      skillsRps: ratio(row('redis x1', routes[1]!).requestsPerSecond, row('memory x1', routes[1]!).requestsPerSecond),
      skillsP99: ratio(row('redis x1', routes[1]!).p99Ms, row('memory x1', routes[1]!).p99Ms),
    },
    threeVsOne: {
      jobsRps: ratio(row('redis x3', routes[0]!).requestsPerSecond, row('redis x1', routes[0]!).requestsPerSecond),
      skillsRps: ratio(row('redis x3', routes[1]!).requestsPerSecond, row('redis x1', routes[1]!).requestsPerSecond),
    },
    perInstance: perInstance!,
  };
}

/** The section's rows for the bench table: [section, measure, result, note]. */
export function scaleRows(d: ScaleResult): [string, string, string, string][] {
  const section = 'Scale (Redis)';
  const rows: [string, string, string, string][] = d.load.map((r) => [
    section,
    `${r.route}, ${r.setup}`,
    `${r.requestsPerSecond.toLocaleString('en')} req/s · p99 ${r.p99Ms} ms · errors ${r.errors} · non-2xx ${r.non2xx}`,
    `${d.connections} connections in all, ${d.durationS} s`,
  ]);
  rows.push([section, 'Redis ÷ memory store, 1 instance', `jobs ${d.redisVsMemory.jobsRps}× req/s, ${d.redisVsMemory.jobsP99}× p99 · skills ${d.redisVsMemory.skillsRps}× req/s, ${d.redisVsMemory.skillsP99}× p99`, 'every request: one counter INCR; cached answers: one GET']);
  rows.push([section, '3 instances ÷ 1 instance, on Redis', `jobs ${d.threeVsOne.jobsRps}× · skills ${d.threeVsOne.skillsRps}× req/s`, '2 cores shared with the load generator']);
  const p = d.perInstance;
  rows.push([section, 'per instance (sample taxonomy)', `RSS ${p.rssMb} MB · heap ${p.heapMb} MB · index ${p.indexSize.toLocaleString('en')} skills fetched from Tabiya and built in ${p.indexBuildMs} ms, heap +${p.indexHeapMb} MB`, 'the index is derived data: each instance builds its own']);
  return rows;
}
