/** The Job Space simulator's state, shared by its route modules: the jobs, issued tokens and request counters. */
import { FaultSwitch, seededRandom } from '../faults.js';
import type { SimulatorOptions } from '../simulator.js';
import { renderJob, type JobRecord } from './records.js';
import { seedJobs } from './seed.js';
import type { JobspaceJob } from './shapes.js';

export interface JobspaceSandboxOptions extends SimulatorOptions {
  clientId: string;
  clientSecret: string;
  /** Number of seeded jobs (default 320). */
  jobCount?: number;
}

export interface JobspaceStats {
  /** Every request received, token calls and failed ones included. */
  requests: number;
  tokenRequests: number;
  /** Requests per path, e.g. `{"/api/job": 3, "/api/job/1001": 1}`. */
  byPath: Record<string, number>;
}

export const JOBSPACE_MEDIA_TYPE = 'application/vnd.jb.v1+json';
export const TOKEN_LIFETIME_SECONDS = 86400;

export type JobspaceState = ReturnType<typeof createJobspaceState>;

export function createJobspaceState(options: JobspaceSandboxOptions) {
  const baseUrl = (options.baseUrl ?? 'http://localhost').replace(/\/$/, '');
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => Date.now());
  const jobCount = options.jobCount ?? 320;
  const faults = new FaultSwitch(seededRandom(seed ^ 0x5eed));

  const jobs = new Map<number, JobRecord>();
  /** Access token → expiry (ms). */
  const tokens = new Map<string, number>();
  const stats: JobspaceStats = { requests: 0, tokenRequests: 0, byPath: {} };

  // Records are replaced, never mutated, so each one's rendering (DateObjects are costly) can be kept.
  const rendered = new WeakMap<JobRecord, JobspaceJob>();
  const render = (job: JobRecord) => {
    let out = rendered.get(job);
    if (!out) rendered.set(job, (out = renderJob(job, baseUrl)));
    return out;
  };

  const reseed = () => {
    jobs.clear();
    for (const job of seedJobs({ count: jobCount, seed, now: now() })) jobs.set(job.id, job);
  };
  reseed();

  const reset = () => {
    reseed();
    tokens.clear();
    faults.reset();
    Object.assign(stats, { requests: 0, tokenRequests: 0, byPath: {} });
  };

  return { options, baseUrl, now, faults, jobs, tokens, stats, render, reset };
}
