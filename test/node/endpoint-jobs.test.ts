import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorBody, Job, JobLookups, JobPage } from '../../src/types.js';
import { harness, json, type Harness } from './endpoint-harness.js';

const hasNull = (value: unknown): boolean =>
  value === null || (typeof value === 'object' && Object.values(value as object).some(hasNull));

const errorCode = async (res: Response) => (await json<ErrorBody>(res)).error.code;

/** Every job the endpoint lists for a query, through its own paging. */
async function everyJob(h: Harness, query: Record<string, string>): Promise<{ items: Job[]; total: number }> {
  const items: Job[] = [];
  let total = 0;
  for (let page = 1; page < 50; page += 1) {
    const res = await h.call('/jobs', { query: { ...query, page: String(page), pageSize: '100' } });
    assert.equal(res.status, 200);
    const body = await json<JobPage>(res);
    total = body.total;
    items.push(...body.items);
    if (body.items.length < 100) break;
  }
  return { items, total };
}

test('GET /jobs answers a normalized JobPage: string ids, numeric salaries, ISO dates, no nulls', async () => {
  const h = harness();
  const res = await h.call('/jobs');
  assert.equal(res.status, 200);
  const page = await json<JobPage>(res);
  assert.equal(page.page, 1);
  assert.equal(page.pageSize, 20);
  assert.equal(page.items.length, 20);
  assert.ok(page.total >= 300, `total ${page.total}`);
  assert.equal(hasNull(page), false);
  for (const job of page.items) {
    assert.equal(typeof job.id, 'string');
    assert.ok(job.title.length > 0);
    if (job.salary?.from !== undefined) assert.equal(typeof job.salary.from, 'number');
    if (job.postedAt) assert.equal(new Date(job.postedAt).toISOString(), job.postedAt);
    if (job.location?.country?.code) assert.match(job.location.country.code, /^[A-Z]{2}$/);
    assert.ok(job.type?.name && job.category?.name, 'type and category named');
  }
  const second = await json<JobPage>(await h.call('/jobs', { query: { page: '2', pageSize: '7' } }));
  assert.equal(second.items.length, 7);
  assert.equal(second.pageSize, 7);
  assert.deepEqual(second.items.map((j) => j.id), page.items.slice(7, 14).map((j) => j.id), 'page 2 of 7 follows page 1 of 20');
  const beyond = await json<JobPage>(await h.call('/jobs', { query: { page: '999', pageSize: '100' } }));
  assert.deepEqual(beyond.items, []);
  assert.equal(beyond.total, page.total);
});

test('GET /jobs validates page, pageSize (≤ 100) and filters → 400 INVALID_REQUEST with fields', async () => {
  const h = harness();
  const cases: Array<[Record<string, string>, string]> = [
    [{ pageSize: '101' }, 'pageSize'],
    [{ pageSize: '0' }, 'pageSize'],
    [{ page: '0' }, 'page'],
    [{ page: '-1' }, 'page'],
    [{ page: '1.5' }, 'page'],
    [{ pageSize: 'ten' }, 'pageSize'],
    [{ country: 'K E' }, 'country'],
    [{ type: "1' OR 1=1" }, 'type'],
    [{ q: 'x'.repeat(201) }, 'q'],
  ];
  for (const [query, field] of cases) {
    const res = await h.call('/jobs', { query });
    assert.equal(res.status, 400, JSON.stringify(query));
    const body = await json<ErrorBody>(res);
    assert.equal(body.error.code, 'INVALID_REQUEST');
    assert.ok(body.error.fields?.[field], `${JSON.stringify(query)} names ${field}`);
  }
  assert.equal(h.jobspace.stats().requests, 0, 'no upstream call for bad input');
});

test('filters (country by ISO or id, type, category incl. parent, q) are applied by the endpoint over a cached scan', async () => {
  const h = harness();
  const kenya = await everyJob(h, { country: 'KE' });
  assert.ok(kenya.items.length > 10);
  assert.equal(kenya.total, kenya.items.length);
  assert.ok(kenya.items.every((j) => j.location?.country?.code === 'KE'));
  const byId = await everyJob(h, { country: kenya.items[0]!.location!.country!.id });
  assert.equal(byId.total, kenya.total);

  const all = await everyJob(h, {});
  assert.equal(kenya.total, all.items.filter((j) => j.location?.country?.code === 'KE').length);

  const it = await everyJob(h, { category: '300' }); // IT_TELECOMS, a parent category
  assert.ok(it.items.length > 0);
  assert.ok(it.items.every((j) => ['301', '302', '303'].includes(j.category!.id)), 'a parent matches its children');

  const permanent = await everyJob(h, { type: '1', country: 'GB' });
  assert.ok(permanent.items.every((j) => j.type?.id === '1' && j.location?.country?.code === 'GB'));

  const engineers = await everyJob(h, { q: 'Engineer' });
  assert.ok(engineers.items.length > 0);
  assert.ok(engineers.items.every((j) => /engineer/i.test([j.title, j.summary, j.organisation?.name, j.reference].join(' '))));

  const listCalls = h.jobspace.stats().byPath['/api/job'] ?? 0;
  await everyJob(h, { country: 'ZA' });
  assert.equal(h.jobspace.stats().byPath['/api/job'], listCalls, 'other filters reuse the cached full scan');
});

test('upstreamFilters: deployments that filter get the filters passed through, with the same answers', async () => {
  const local = harness();
  const passed = harness({
    endpoint: { jobspace: { baseUrl: local.stack.urls.jobspace, clientId: 'jobspace_sandbox_client', clientSecret: 'jobspace_sandbox_secret', upstreamFilters: true } },
  });
  const queries: Record<string, string>[] = [{ country: 'KE' }, { category: '300' }, { type: '2', q: 'nurse' }];
  for (const query of queries) {
    const a = await json<JobPage>(await local.call('/jobs', { query: { ...query, pageSize: '100' } }));
    const b = await json<JobPage>(await passed.call('/jobs', { query: { ...query, pageSize: '100' } }));
    assert.equal(b.total, a.total, JSON.stringify(query));
    assert.deepEqual(b.items.map((j) => j.id).sort(), a.items.map((j) => j.id).sort());
  }
  assert.equal(passed.jobspace.stats().byPath['/api/job'], 3, 'one upstream call per filtered query');
});

test('GET /jobs/lookups: countries, types, categories in one answer, cached', async () => {
  const h = harness();
  const res = await h.call('/jobs/lookups');
  assert.equal(res.status, 200);
  const lookups = await json<JobLookups>(res);
  assert.ok(lookups.countries.some((c) => c.code === 'GB' && c.id === '229' && c.name === 'United Kingdom'));
  assert.ok(lookups.types.some((t) => t.id === '1' && t.name === 'Permanent, full-time'));
  assert.ok(lookups.categories.length > 10);
  assert.ok(!lookups.categories.some((c) => c.name.toLowerCase() === 'root'));
  assert.equal(hasNull(lookups), false);
  const before = h.jobspace.stats().requests;
  assert.equal((await h.call('/jobs/lookups')).status, 200);
  assert.equal(h.jobspace.stats().requests, before, 'second answer from the cache');
});

test('GET /jobs/:id → the job; unknown → 404 NOT_FOUND; malformed → 400', async () => {
  const h = harness();
  const res = await h.call('/jobs/1001');
  assert.equal(res.status, 200);
  const job = await json<Job>(res);
  assert.equal(job.id, '1001');
  assert.ok(job.descriptionHtml && job.applyUrl);
  const missing = await h.call('/jobs/999999');
  assert.equal(missing.status, 404);
  assert.equal(await errorCode(missing), 'NOT_FOUND');
  for (const bad of ['abc', '1e3', '%20', '12345678901234']) {
    const r = await h.call(`/jobs/${bad}`);
    assert.equal(r.status, 400, bad);
    assert.equal(await errorCode(r), 'INVALID_REQUEST');
  }
});

test('client_credentials token: fetched once for many requests, refreshed once on 401', async () => {
  const h = harness();
  await Promise.all([
    h.call('/jobs'),
    h.call('/jobs/lookups'),
    h.call('/jobs/1002'),
    h.call('/jobs', { query: { country: 'GB' } }),
    ...Array.from({ length: 20 }, (_, i) => h.call(`/jobs/${1010 + i}`)),
  ]);
  for (let i = 0; i < 10; i += 1) await h.call('/jobs', { query: { page: String(i + 2) } });
  assert.equal(h.jobspace.stats().tokenRequests, 1);

  // The upstream forgets its tokens: the next call gets 401, the endpoint fetches one new token and retries once.
  h.jobspace.reset();
  const res = await h.call('/jobs/1003');
  assert.equal(res.status, 200);
  assert.equal(h.jobspace.stats().tokenRequests, 1);
  assert.equal(h.jobspace.stats().byPath['/api/job/1003'], 2);
});

test('refused partner credentials → 502 UPSTREAM_UNAVAILABLE, never a retry loop', async () => {
  const base = harness();
  const h = harness({ endpoint: { jobspace: { baseUrl: base.stack.urls.jobspace, clientId: 'wrong', clientSecret: 'wrong' } } });
  const res = await h.call('/jobs');
  assert.equal(res.status, 502);
  assert.equal(await errorCode(res), 'UPSTREAM_UNAVAILABLE');
  assert.equal(h.jobspace.stats().tokenRequests, 1);
});

test('100 concurrent identical /jobs requests → one upstream list call', async () => {
  const h = harness();
  await h.call('/jobs/1001'); // token first, so only list calls are counted below
  const answers = await Promise.all(Array.from({ length: 100 }, () => h.call('/jobs', { query: { pageSize: '50' } })));
  assert.ok(answers.every((r) => r.status === 200));
  const bodies = new Set(await Promise.all(answers.map((r) => r.text())));
  assert.equal(bodies.size, 1);
  assert.equal(h.jobspace.stats().byPath['/api/job'], 1);
  const logged = h.logs.filter((l) => l.route === '/jobs');
  assert.equal(logged.filter((l) => l.cache === 'miss').length, 1);
  assert.equal(logged.filter((l) => l.cache === 'hit').length, 99);
});

test('ETag + If-None-Match → 304 without a body; a different answer has a different ETag', async () => {
  const h = harness();
  const first = await h.call('/jobs', { query: { pageSize: '5' } });
  const etag = first.headers.get('etag');
  assert.match(etag ?? '', /^"[\w-]{10,}"$/);
  assert.equal(first.headers.get('access-control-expose-headers')?.includes('ETag'), true);
  const again = await h.call('/jobs', { query: { pageSize: '5' }, headers: { 'if-none-match': etag! } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  assert.equal(again.headers.get('etag'), etag);
  const listOf = await h.call('/jobs', { query: { pageSize: '5' }, headers: { 'if-none-match': `"nope", W/${etag}` } });
  assert.equal(listOf.status, 304, 'weak comparison over a list');
  const other = await h.call('/jobs', { query: { pageSize: '6' }, headers: { 'if-none-match': etag! } });
  assert.equal(other.status, 200);
  assert.notEqual(other.headers.get('etag'), etag);
  const lookups = await h.call('/jobs/lookups');
  const lookups304 = await h.call('/jobs/lookups', { headers: { 'if-none-match': lookups.headers.get('etag')! } });
  assert.equal(lookups304.status, 304);
});

test('Job Space 500, 429, hang and malformed JSON → 502, 429 + Retry-After, 504, 502', async () => {
  const h = harness({ endpoint: { upstreamTimeoutMs: 120 } });
  await h.call('/jobs/1001'); // a token before the faults
  const faults = h.jobspace.faults;

  faults.set({ errorRate: 1 });
  let res = await h.call('/jobs', { query: { page: '2' } });
  assert.equal(res.status, 502);
  assert.equal(await errorCode(res), 'UPSTREAM_UNAVAILABLE');

  faults.reset();
  faults.set({ rateLimited: true });
  res = await h.call('/jobs', { query: { page: '3' } });
  assert.equal(res.status, 429);
  assert.equal(res.headers.get('retry-after'), '60');
  const body = await json<ErrorBody>(res);
  assert.equal(body.error.code, 'RATE_LIMITED');
  assert.equal(body.error.retryAfter, 60);

  faults.reset();
  faults.set({ hang: true });
  const started = Date.now();
  res = await h.call('/jobs', { query: { page: '4' } });
  assert.equal(res.status, 504);
  assert.equal(await errorCode(res), 'UPSTREAM_TIMEOUT');
  assert.ok(Date.now() - started < 2000);

  faults.reset();
  faults.set({ malformedJson: true });
  res = await h.call('/jobs/1004');
  assert.equal(res.status, 502);
  assert.equal(await errorCode(res), 'UPSTREAM_UNAVAILABLE');

  faults.reset();
  res = await h.call('/jobs', { query: { page: '2' } });
  assert.equal(res.status, 200, 'failures are not cached');
});

const newJob = {
  title: 'Senior Data Analyst',
  descriptionHtml: '<p>Analyse data for our clients.</p>',
  reference: 'ACME-TEST-0001',
  typeId: '1',
  categoryId: '6',
  countryId: '229',
  organisation: 'acme',
  benefits: 'Pension, 25 days holiday',
  skills: 'SQL, Python',
  premise: '1 Example Street',
  city: 'Sheffield',
  locationDisplay: 'Sheffield',
  postcode: 'S1 4DP',
  salary: { from: 30000, to: 36000, currency: 'GBP', frequency: 'ANNUALLY', text: '£30k-£36k' },
};

test('POST /jobs and /jobs/:id: default deny 403, custom header, JSON body, validated before the upstream', async () => {
  const denied = harness();
  const res = await denied.call('/jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(newJob) });
  assert.equal(res.status, 403);
  assert.equal(await errorCode(res), 'FORBIDDEN');
  assert.equal((await denied.call('/jobs/1001', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, 403);

  const h = harness({ endpoint: { authorizeAdmin: (request) => request.headers.get('authorization') === 'Bearer admin' } });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}, csrf = true) =>
    h.call(path, {
      method: 'POST',
      csrf,
      headers: { 'content-type': 'application/json', authorization: 'Bearer admin', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  assert.equal((await post('/jobs', newJob, { authorization: 'Bearer nope' })).status, 403);
  assert.equal((await post('/jobs', newJob, {}, false)).status, 403, 'custom header required');
  assert.equal((await post('/jobs', newJob, { 'content-type': 'text/plain' })).status, 415);
  assert.equal((await post('/jobs', '{"title":')).status, 400);

  const invalid = await post('/jobs', { ...newJob, title: 'abc', typeId: 'x', salary: { from: -5 }, extra: 1 });
  assert.equal(invalid.status, 400);
  const fields = (await json<ErrorBody>(invalid)).error.fields ?? {};
  for (const f of ['title', 'typeId', 'salary.from']) assert.ok(fields[f], `names ${f}: ${JSON.stringify(fields)}`);
  assert.equal(h.jobspace.stats().byPath['/api/job'] ?? 0, 0, 'nothing sent upstream');

  const created = await post('/jobs', newJob);
  assert.equal(created.status, 201);
  const job = await json<Job>(created);
  assert.equal(job.title, newJob.title);
  assert.equal(job.reference, newJob.reference);
  assert.equal(job.salary?.from, 30000);

  // The upstream's own validation (reference unique per organisation) comes back per field, in our names.
  const duplicate = await post('/jobs', newJob);
  assert.equal(duplicate.status, 400);
  assert.match((await json<ErrorBody>(duplicate)).error.fields?.reference ?? '', /taken/);

  const missingUpstream = await post('/jobs', { ...newJob, reference: 'ACME-TEST-0002', city: undefined });
  assert.equal(missingUpstream.status, 400);
  assert.ok((await json<ErrorBody>(missingUpstream)).error.fields?.city, 'main_area reported as city');

  await h.call(`/jobs/${job.id}`); // cache it
  const updated = await post(`/jobs/${job.id}`, { ...newJob, title: 'Lead Data Analyst' });
  assert.equal(updated.status, 200);
  assert.equal((await json<Job>(updated)).title, 'Lead Data Analyst');
  const read = await json<Job>(await h.call(`/jobs/${job.id}`));
  assert.equal(read.title, 'Lead Data Analyst', 'cached answers are dropped after a write');
  const unknown = await post('/jobs/999999', newJob);
  assert.equal(unknown.status, 404);
});
