/** The Job Space routes: lists (filtered from the job scan, see jobs/scan.ts), lookups, one job, and admin writes. */
import { Hono } from 'hono';
import type { JobInput, JobLookups, JobPage } from '../../types.js';
import { cachedJson, json, limitBody, readJson, required, type EndpointContext, type EndpointDeps, type EndpointEnv } from '../context.js';
import { forbidden } from '../errors.js';
import { jobFilter, normalizedSearch } from '../jobs/scan.js';
import { errorHandler, guard } from '../middleware.js';
import { jobIdSchema, jobInputSchema, jobsQuerySchema, parse } from '../validation.js';

export function jobsRoutes(deps: EndpointDeps): Hono<EndpointEnv> {
  const { config, cache, jobScan, jobs } = deps;
  const client = () => required(deps.jobspace, 'The Job Space');
  const app = new Hono<EndpointEnv>();
  app.onError(errorHandler(deps));
  app.use('*', guard(deps, { header: 'non-get' }));

  app.get('/', async (c) => {
    const jobspace = client();
    const query = parse(jobsQuerySchema, c.req.query(), 'job query');
    const trace = c.get('state').trace;
    // Keyed and filtered by the normalized words: "nurse!", "nurse#" and "Nurse" are one answer, not three.
    const filters = { country: query.country, type: query.type, category: query.category, q: normalizedSearch(query.q) };
    const filtered = Object.values(filters).some((f) => f !== undefined);
    const key = `jobs:${await jobs.current()}:${query.page}:${query.pageSize}:${JSON.stringify(filters)}`;
    return cachedJson(c, cache, key, config.ttl.jobs, async (): Promise<JobPage> => {
      if (!filtered || config.given.jobspace?.upstreamFilters) {
        const page = await jobspace.listJobs(query.page, query.pageSize, trace, filters);
        return { items: page.items, page: query.page, pageSize: query.pageSize, total: page.total };
      }
      const matching = (await jobScan.jobs(trace)).filter(jobFilter(filters)).map((s) => s.job);
      const start = (query.page - 1) * query.pageSize;
      return { items: matching.slice(start, start + query.pageSize), page: query.page, pageSize: query.pageSize, total: matching.length };
    });
  });

  app.get('/lookups', (c) =>
    cachedJson(c, cache, 'jobs:lookups', config.ttl.lookups, (): Promise<JobLookups> => client().lookups(c.get('state').trace)),
  );

  app.get('/:id', async (c) => {
    const jobspace = client();
    const id = parse(jobIdSchema, c.req.param('id'), 'job id');
    return cachedJson(c, cache, `job:${await jobs.current()}:${id}`, config.ttl.jobs, () => jobspace.getJob(id, c.get('state').trace));
  });

  const requireAdmin = async (c: EndpointContext) => {
    const allowed = config.given.authorizeAdmin ? await config.given.authorizeAdmin(c.req.raw) : false;
    if (allowed !== true) throw forbidden('Creating or updating jobs is not allowed for this request');
  };

  /** After a write: cached lists, jobs and the scan stop being served at once, on every instance. */
  const written = () => jobs.bump();

  app.post('/', limitBody(config.maxBodyBytes), async (c) => {
    const jobspace = client();
    await requireAdmin(c);
    const input: JobInput = parse(jobInputSchema, await readJson(c), 'job');
    const job = await jobspace.createJob(input, c.get('state').trace);
    await written();
    return json(job, 201);
  });

  app.post('/:id', limitBody(config.maxBodyBytes), async (c) => {
    const jobspace = client();
    await requireAdmin(c);
    const id = parse(jobIdSchema, c.req.param('id'), 'job id');
    const input: JobInput = parse(jobInputSchema, await readJson(c), 'job');
    const job = await jobspace.updateJob(id, input, c.get('state').trace);
    await written();
    return json(job);
  });

  return app;
}
