/**
 * `GET /api/job` (paginated, with the sandbox's filters and aggregations), `GET /api/job/{id}`, `POST /api/job`
 * and `POST /api/job/{id}/update` (form bodies, Laravel-style 422 errors).
 */
import { Hono, type Context } from 'hono';
import { aggregate, filterJobs } from '../filters.js';
import { findOrganisation, readForm, recordFromForm } from '../form.js';
import type { JobRecord } from '../records.js';
import { fail } from '../responses.js';
import type { JobspaceJobList } from '../shapes.js';
import type { JobspaceState } from '../state.js';
import { validateJobForm } from '../validation.js';

const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;

function clampInt(value: string | undefined, fallback: number, min: number, max: number): number {
  const n = value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < min) return fallback;
  return Math.min(n, max);
}

export function jobRoutes({ jobs, now, render }: JobspaceState): Hono {
  const app = new Hono();

  app.get('/api/job', (c) => {
    const started = performance.now();
    const matches = filterJobs([...jobs.values()], {
      country: c.req.query('filter[country]'),
      type: c.req.query('filter[type]'),
      category: c.req.query('filter[category]'),
      q: c.req.query('q'),
    }).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    const perPage = clampInt(c.req.query('page[size]'), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const page = clampInt(c.req.query('page[number]'), 1, 1, Number.MAX_SAFE_INTEGER);
    const items = matches.slice((page - 1) * perPage, page * perPage).map((j) => render(j));
    const body: JobspaceJobList = {
      data: items,
      meta: {
        took: Math.max(1, Math.round(performance.now() - started)),
        pagination: {
          total: matches.length,
          count: items.length,
          per_page: perPage,
          current_page: page,
          // Laravel's paginator never reports fewer than one page.
          total_pages: Math.max(1, Math.ceil(matches.length / perPage)),
        },
        aggregations: aggregate(matches),
      },
    };
    return c.json(body);
  });

  app.get('/api/job/:id{[0-9]+}', (c) => {
    const job = jobs.get(Number(c.req.param('id')));
    return job ? c.json({ data: render(job) }) : fail(c, 404);
  });

  const saveJob = async (c: Context, existing?: JobRecord) => {
    const input = await readForm(c);
    const result = validateJobForm(
      input,
      (organisation, reference) => {
        const org = findOrganisation(organisation);
        return [...jobs.values()].some((j) => j.organisationId === org?.id && j.reference === reference && j.id !== existing?.id);
      },
      (organisation) => findOrganisation(organisation) !== undefined,
    );
    if (!result.ok) return fail(c, 422, result.errors);
    const id = existing?.id ?? Math.max(0, ...jobs.keys()) + 1;
    const record = recordFromForm(result.form, id, now(), existing);
    jobs.set(id, record);
    return c.json({ data: render(record) });
  };

  app.post('/api/job', (c) => saveJob(c));
  app.post('/api/job/:id{[0-9]+}/update', (c) => {
    const existing = jobs.get(Number(c.req.param('id')));
    return existing ? saveJob(c, existing) : fail(c, 404);
  });

  return app;
}
