/**
 * The shared browser client against the real sandbox stack (partner endpoint + Job Space simulator) on the
 * test page's origin. Requests are observed through the client's `fetch` option, never mocked.
 */
import { expect } from '@open-wc/testing';
import { createClient } from '../../src/client/client.js';
import { CareerkitError } from '../../src/client/errors.js';

const ENDPOINT = '/careerkit';

const stack = (path: string, body?: unknown) =>
  fetch(path, { method: body === undefined ? 'POST' : 'PUT', headers: { 'x-careerkit': '1', 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

async function rejection(promise: Promise<unknown>): Promise<CareerkitError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CareerkitError);
    return error as CareerkitError;
  }
  throw new Error('expected the call to fail');
}

describe('careerkit client (against the stack)', () => {
  beforeEach(() => stack('/__stack/reset'));
  afterEach(() => stack('/__stack/reset'));

  it('returns typed job pages, lookups and single jobs', async () => {
    const client = createClient(ENDPOINT);
    const page = await client.jobs({ pageSize: 3 });
    expect(page.items).to.have.length(3);
    expect(page.page).to.equal(1);
    expect(page.total).to.be.greaterThan(3);
    for (const job of page.items) {
      expect(job.id).to.be.a('string');
      expect(job.title).to.be.a('string').and.not.empty;
    }
    const lookups = await client.lookups();
    expect(lookups.countries.length).to.be.greaterThan(0);
    expect(lookups.types.length).to.be.greaterThan(0);
    expect(lookups.categories.length).to.be.greaterThan(0);
    expect(lookups.countries[0]).to.have.keys(['id', 'name', ...(lookups.countries[0].code ? ['code'] : [])]);

    const job = await client.job(page.items[0].id);
    expect(job.id).to.equal(page.items[0].id);
    expect(job.descriptionHtml).to.be.a('string');
  });

  it('filters by the query it is given', async () => {
    const client = createClient(ENDPOINT);
    const { types } = await client.lookups();
    const all = await client.jobs({ pageSize: 5 });
    const filtered = await client.jobs({ pageSize: 5, type: types[0].id });
    expect(filtered.total).to.be.lessThan(all.total);
    for (const job of filtered.items) expect(job.type?.id).to.equal(types[0].id);
  });

  it("turns the endpoint's errors into CareerkitError with its code and status", async () => {
    const client = createClient(ENDPOINT, { retries: 0 });
    const invalid = await rejection(client.job('not-a-number'));
    expect(invalid.code).to.equal('INVALID_REQUEST');
    expect(invalid.status).to.equal(400);

    const missing = await rejection(client.job('999999999'));
    expect(missing.code).to.equal('NOT_FOUND');
    expect(missing.status).to.equal(404);

    await stack('/__stack/faults', { jobspace: { errorRate: 1 } });
    const upstream = await rejection(client.jobs({ pageSize: 2, q: 'upstream-down' }));
    expect(upstream.status).to.be.within(500, 599);
    expect(upstream.code).to.match(/^UPSTREAM_/);
  });

  it('carries retryAfter on 429', async () => {
    await stack('/__stack/faults', { jobspace: { rateLimited: true } });
    const client = createClient(ENDPOINT, { retries: 0 });
    const error = await rejection(client.jobs({ pageSize: 2, q: 'rate-limited' }));
    expect(error.status).to.equal(429);
    expect(error.code).to.equal('RATE_LIMITED');
    expect(error.isRateLimited).to.equal(true);
    expect(error.retryAfter).to.be.a('number').greaterThan(0);
  });

  it('reports an aborted call as ABORTED', async () => {
    await stack('/__stack/faults', { jobspace: { latencyMs: 2000 } });
    const client = createClient(ENDPOINT);
    const controller = new AbortController();
    const pending = client.jobs({ pageSize: 2, q: 'slow' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending);
    expect(error.code).to.equal('ABORTED');
    expect(error.isAbort).to.equal(true);
  });

  it('a caller that aborts as a retryable answer arrives gets ABORTED at once, not after the Retry-After wait', async () => {
    const controller = new AbortController();
    const methods: string[] = [];
    const busy: typeof fetch = async () => {
      methods.push('GET');
      controller.abort(); // the candidate navigates away while the 429 is on its way
      return new Response(JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'busy' } }), { status: 429, headers: { 'retry-after': '5' } });
    };
    const started = performance.now();
    const error = await rejection(createClient(ENDPOINT, { fetch: busy }).lookups({ signal: controller.signal }));
    expect(performance.now() - started, 'no 5 s wait for a caller that has gone').to.be.lessThan(2500);
    expect(error.code).to.equal('ABORTED');
    expect(methods).to.have.length(1);
  });

  it('sends X-Careerkit: 1 and no credentials', async () => {
    const seen: Request[] = [];
    const client = createClient(ENDPOINT, {
      fetch: (input, init) => {
        const request = new Request(input, init);
        seen.push(request.clone());
        return fetch(request);
      },
    });
    await client.lookups();
    expect(seen).to.have.length(1);
    expect(seen[0].headers.get('x-careerkit')).to.equal('1');
    expect(seen[0].credentials).to.equal('omit');
    expect(new URL(seen[0].url).pathname).to.equal('/careerkit/jobs/lookups');
  });

  it('drops empty query values so URLs stay canonical', async () => {
    const urls: string[] = [];
    const client = createClient(ENDPOINT, {
      fetch: (input, init) => {
        const request = new Request(input, init);
        urls.push(request.url);
        return fetch(request);
      },
    });
    await client.jobs({ page: 2, pageSize: 4, q: '', country: undefined, type: '' });
    const params = new URL(urls[0]).searchParams;
    expect([...params.keys()].sort()).to.deep.equal(['page', 'pageSize']);
    expect(params.get('page')).to.equal('2');
  });
  /** Wraps the real stack: the first `failures` answers come from `fail`, then the real endpoint answers. */
  const flaky = (failures: number, fail: () => Response | Promise<Response>) => {
    const methods: string[] = [];
    const run: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      methods.push(request.method);
      return methods.length <= failures ? Promise.resolve(fail()) : fetch(request);
    };
    return { run, methods };
  };

  it('retries a GET on 5xx and network failures, then answers', async () => {
    const { run, methods } = flaky(2, () => new Response('{}', { status: 502 }));
    const page = await createClient(ENDPOINT, { fetch: run }).jobs({ pageSize: 2 });
    expect(page.items).to.have.length(2);
    expect(methods).to.deep.equal(['GET', 'GET', 'GET']);

    const offline = flaky(1, () => Promise.reject(new TypeError('Failed to fetch')));
    await createClient(ENDPOINT, { fetch: offline.run }).lookups();
    expect(offline.methods).to.have.length(2);
  });

  it('gives up after its retries with the last answer, and never retries a POST', async () => {
    const down = flaky(9, () => new Response(JSON.stringify({ error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' } }), { status: 503 }));
    const error = await rejection(createClient(ENDPOINT, { fetch: down.run, retries: 1 }).lookups());
    expect(error.code).to.equal('UPSTREAM_UNAVAILABLE');
    expect(down.methods).to.have.length(2);

    const post = flaky(9, () => new Response('{}', { status: 502 }));
    await rejection(createClient(ENDPOINT, { fetch: post.run }).matchSkills(['welding']));
    expect(post.methods).to.deep.equal(['POST']);
  });

  it('waits a short Retry-After, but hands a long one to the element at once', async () => {
    const limited = (seconds: number) => () =>
      new Response(JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'busy' } }), { status: 429, headers: { 'retry-after': String(seconds) } });
    const short = flaky(1, limited(1));
    const started = performance.now();
    await createClient(ENDPOINT, { fetch: short.run }).lookups();
    expect(performance.now() - started).to.be.greaterThan(900);
    expect(short.methods).to.have.length(2);

    const long = flaky(1, limited(60));
    const error = await rejection(createClient(ENDPOINT, { fetch: long.run }).lookups());
    expect(error.code).to.equal('RATE_LIMITED');
    expect(error.retryAfter).to.equal(60);
    expect(long.methods).to.have.length(1);
  });

  it('reports a call slower than its timeout as TIMEOUT, without retrying it', async () => {
    await stack('/__stack/faults', { jobspace: { latencyMs: 3000 } });
    const seen: string[] = [];
    const client = createClient(ENDPOINT, { timeout: 200, fetch: (input, init) => (seen.push(String(input)), fetch(input, init)) });
    const error = await rejection(client.jobs({ pageSize: 2, q: 'too-slow' }));
    expect(error.code).to.equal('TIMEOUT');
    expect(seen).to.have.length(1);
  });
  it('caps the whole call, retries included, at its total timeout', async () => {
    const slow = flaky(9, () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('{}', { status: 504 })), 400)));
    const started = performance.now();
    const error = await rejection(createClient(ENDPOINT, { fetch: slow.run, totalTimeout: 700 }).lookups());
    expect(error.status).to.equal(504);
    expect(performance.now() - started).to.be.lessThan(1500);
    expect(slow.methods.length).to.be.within(1, 2);
  });
});
