/**
 * In-memory simulator of The Job Space API as the seed documents it (the OLD, May 2017 generation:
 * client_credentials token, `GET/POST /api/job`, `POST /api/job/{id}/update`, three lookup routes).
 * Shapes and quirks follow docs/contracts/jobspace.md §6; see ./shapes.ts. One Hono sub-app per route family
 * (./routes), sharing one state object (./state.ts):
 *
 * - `POST /oauth/token`                                                        routes/token.ts
 * - `GET /api/address/country`, `/api/job/type`, `/api/job/category`           routes/lookups.ts
 * - `GET /api/job[/{id}]`, `POST /api/job`, `POST /api/job/{id}/update`        routes/jobs.ts
 * - browser pages: `/media/logo/{handle}.svg`, `/api/job/{id}/apply`           routes/pages.ts
 *
 * Sandbox additions, which the real upstream does not document:
 * - `GET /api/job` also takes filters and `q`, and reports `meta.aggregations` (./filters.ts). Without them the
 *   documented behaviour is unchanged.
 * - `organisation` (NEW docs' include) is served on every job so lists can name the employer.
 * - `page[size]` is capped at 100.
 * - Browser-facing pages, exempt from Accept/Bearer and not counted in `stats()`: logos (jobs' `media` paths; the
 *   upstream serves absolute CDN URLs) and the apply page (undocumented upstream, so not a dead end here).
 */
import { Hono } from 'hono';
import { faultMiddleware } from '../faults.js';
import type { Simulator } from '../simulator.js';
import { fail } from './responses.js';
import { jobRoutes } from './routes/jobs.js';
import { lookupRoutes } from './routes/lookups.js';
import { isBrowserPage, pageRoutes } from './routes/pages.js';
import { tokenRoutes } from './routes/token.js';
import { errorBody, statusText } from './shapes.js';
import { createJobspaceState, JOBSPACE_MEDIA_TYPE, type JobspaceSandboxOptions, type JobspaceStats } from './state.js';

export { HOSTILE_JOB_IDS, LAYOUT_JOB_IDS, FIRST_JOB_ID } from './seed.js';
export type { JobspaceJob, JobspaceJobList, JobspaceErrorBody, DateObject } from './shapes.js';
export { JOBSPACE_MEDIA_TYPE, TOKEN_LIFETIME_SECONDS, type JobspaceSandboxOptions, type JobspaceStats } from './state.js';

export interface JobspaceSimulator extends Simulator {
  /** Counters of received requests since creation or the last reset. */
  stats(): JobspaceStats;
}

const upstreamErrors = {
  rateLimited: () =>
    new Response(JSON.stringify(errorBody(429, 'Too Many Attempts.')), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '60', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' },
    }),
  serverError: () =>
    new Response(JSON.stringify(errorBody(500, statusText(500))), { status: 500, headers: { 'content-type': 'application/json' } }),
};

export function createJobspaceSandbox(options: JobspaceSandboxOptions): JobspaceSimulator {
  const state = createJobspaceState(options);
  const { faults, now, tokens, stats } = state;
  const app = new Hono();

  app.onError((_err, c) => fail(c, 500));
  app.notFound((c) => fail(c, 404));
  app.use('/api/*', faultMiddleware(faults, upstreamErrors));
  app.use('/oauth/*', faultMiddleware(faults, upstreamErrors));

  // The seed sends the vendor media type on every call, the token call included.
  app.use('*', async (c, next) => {
    if (isBrowserPage(c.req.path)) return next();
    const accept = c.req.header('accept') ?? '';
    if (!accept.toLowerCase().split(',').some((part) => part.trim().split(';')[0] === JOBSPACE_MEDIA_TYPE)) return fail(c, 406);
    return next();
  });

  app.use('/api/*', async (c, next) => {
    if (isBrowserPage(c.req.path)) return next();
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const expiresAt = match ? tokens.get(match[1]) : undefined;
    if (expiresAt === undefined || now() >= expiresAt) return fail(c, 401, undefined, 'Unauthenticated');
    return next();
  });

  app.route('/', tokenRoutes(state));
  app.route('/', lookupRoutes());
  app.route('/', jobRoutes(state));
  app.route('/', pageRoutes(state));

  for (const path of ['/oauth/token', '/api/job', '/api/job/:id{[0-9]+}', '/api/job/:id{[0-9]+}/update', '/api/job/type', '/api/job/category', '/api/address/country']) {
    app.all(path, (c) => fail(c, 405));
  }

  return {
    name: 'jobspace',
    faults,
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      if (isBrowserPage(path)) return app.fetch(request);
      stats.requests++;
      if (path === '/oauth/token') stats.tokenRequests++;
      stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;
      return app.fetch(request);
    },
    reset: state.reset,
    stats: () => ({ ...stats, byPath: { ...stats.byPath } }),
  };
}
