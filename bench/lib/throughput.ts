/**
 * Section 5: the endpoint under load (autocannon, 50 connections) in a separate server process, and the proxy
 * overhead: the same job-list request straight to the Job Space simulator vs through the endpoint.
 */
import { fileURLToPath } from 'node:url';
import autocannon, { type AutocannonRequest } from 'autocannon';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import { JOBSPACE_MEDIA_TYPE } from '../../src/sandbox/jobspace/index.js';
import type { PartnerEndpointConfig } from '../../src/server/config.js';
import { forkChild } from './child.js';
import { warmEndpoint } from './server.js';
import { median, round } from './stats.js';

export interface LoadRow {
  name: string;
  path: string;
  durationS: number;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export interface SequentialRow {
  name: string;
  path: string;
  requests: number;
  medianMs: number;
}

export interface ThroughputResult {
  load: LoadRow[];
  sequential: SequentialRow[];
  /** Endpoint ÷ direct: median latency of sequential requests (> 1 = the endpoint adds time; TTL 0 = a real proxied call). */
  overheadRatioUncached: number;
  overheadRatioCached: number;
  /** Endpoint (TTL 0) ÷ direct requests/s under load: > 1 when in-flight collapsing saves upstream work. */
  loadRatioUncached: number;
}

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

async function startChild(endpoint: Partial<PartnerEndpointConfig>): Promise<{ origin: string; stop: () => Promise<void> }> {
  const { message, stop } = await forkChild<{ origin: string }>(CHILD, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_ENDPOINT: JSON.stringify(endpoint) },
    what: 'bench server',
    startMs: 30_000,
  });
  return { origin: message.origin, stop };
}

async function load(
  name: string,
  origin: string,
  path: string,
  durationS: number,
  extra: { headers?: Record<string, string>; requests?: AutocannonRequest[] } = {},
): Promise<LoadRow> {
  const connections = 50;
  const r = await autocannon({ url: origin + path, connections, duration: durationS, ...extra });
  return {
    name,
    path,
    durationS,
    connections,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
}

/** One request at a time, alternating between the targets so machine noise hits both alike; medians. */
async function sequential(targets: Target[], count: number): Promise<SequentialRow[]> {
  const times = targets.map(() => [] as number[]);
  const warmUp = 50;
  for (let i = 0; i < count + warmUp; i++) {
    for (const [k, target] of targets.entries()) {
      const t = performance.now();
      const res = await fetch(target.url, { headers: target.headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${target.url} answered ${res.status}`);
      if (i >= warmUp) times[k].push(performance.now() - t);
    }
  }
  return targets.map((target, k) => {
    const url = new URL(target.url);
    return { name: target.name, path: url.pathname + url.search, requests: count, medianMs: round(median(times[k]), 3) };
  });
}

async function jobspaceToken(origin: string): Promise<string> {
  const res = await fetch(`${origin}/sandbox/jobspace/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: JOBSPACE_MEDIA_TYPE },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: SANDBOX_CREDENTIALS.jobspace.clientId,
      client_secret: SANDBOX_CREDENTIALS.jobspace.clientSecret,
    }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`Job Space token: ${res.status}`);
  return body.access_token;
}

export const SKILL_QUERIES = ['customer service', 'javscript', 'acounting', 'teamwork', 'python', 'first aid', 'excel', 'cooking'];
const JOBS_PATH = '/careerkit/jobs?page=1&pageSize=20';
const DIRECT_PATH = '/sandbox/jobspace/api/job?page%5Bnumber%5D=1&page%5Bsize%5D=20';

export async function measureThroughput(durationS = 10, shortS = 4, sequentialCount = 150): Promise<ThroughputResult> {
  const loadRows: LoadRow[] = [];
  const seq: SequentialRow[] = [];

  // Server A: the endpoint as deployed (cache on), rate limit off for a one-address flood.
  const a = await startChild({});
  try {
    await warmEndpoint(a.origin);
    loadRows.push(await load('GET /jobs (cached)', a.origin, JOBS_PATH, durationS));
    loadRows.push(
      await load('GET /taxonomy/skills?q= (index)', a.origin, '/careerkit/taxonomy/skills', durationS, {
        requests: SKILL_QUERIES.map((q) => ({ method: 'GET', path: `/careerkit/taxonomy/skills?q=${encodeURIComponent(q)}` })),
      }),
    );
    const token = await jobspaceToken(a.origin);
    const directHeaders = { authorization: `Bearer ${token}`, accept: JOBSPACE_MEDIA_TYPE };
    seq.push(
      ...(await sequential(
        [
          { name: 'direct to the Job Space simulator (A)', url: a.origin + DIRECT_PATH, headers: directHeaders },
          { name: 'through the endpoint, cached', url: a.origin + JOBS_PATH, headers: {} },
        ],
        sequentialCount,
      )),
    );
  } finally {
    await a.stop();
  }

  // Server B: no job cache, so every endpoint request is a real proxied upstream call.
  const b = await startChild({ cacheTtlSeconds: { jobs: 0 } });
  try {
    const token = await jobspaceToken(b.origin);
    const directHeaders = { authorization: `Bearer ${token}`, accept: JOBSPACE_MEDIA_TYPE };
    seq.push(
      ...(await sequential(
        [
          { name: 'direct to the Job Space simulator (B)', url: b.origin + DIRECT_PATH, headers: directHeaders },
          { name: 'through the endpoint, TTL 0', url: b.origin + JOBS_PATH, headers: {} },
        ],
        sequentialCount,
      )),
    );
    loadRows.push(await load('direct: Job Space /api/job', b.origin, DIRECT_PATH, shortS, { headers: directHeaders }));
    loadRows.push(await load('GET /jobs (TTL 0: collapsing only)', b.origin, JOBS_PATH, shortS));
  } finally {
    await b.stop();
  }

  const byName = (n: string) => seq.find((s) => s.name === n)!.medianMs;
  const rps = (n: string) => loadRows.find((r) => r.name === n)!.requestsPerSecond;
  return {
    load: loadRows,
    sequential: seq,
    overheadRatioUncached: round(byName('through the endpoint, TTL 0') / byName('direct to the Job Space simulator (B)'), 2),
    overheadRatioCached: round(byName('through the endpoint, cached') / byName('direct to the Job Space simulator (A)'), 2),
    loadRatioUncached: round(rps('GET /jobs (TTL 0: collapsing only)') / Math.max(1, rps('direct: Job Space /api/job')), 2),
  };
}
