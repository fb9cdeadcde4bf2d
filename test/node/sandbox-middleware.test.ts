/**
 * careerkit/sandbox inside a partner's own server, over real HTTP: the Connect-style middleware in a small
 * `app.use` chain (express is not a dependency; the chain below calls middleware the way Connect and Express do,
 * including Express's mount-path stripping) and the plain node:http listener.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sandboxListener, sandboxMiddleware, type SandboxNext } from '../../src/sandbox/middleware.js';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: SandboxNext) => void;

/** A minimal Connect: `use(fn)` or `use('/mount', fn)`; a mount strips its prefix from req.url like Express does. */
function connectApp() {
  const stack: Array<{ mount: string; fn: Middleware }> = [];
  const app = (req: IncomingMessage, res: ServerResponse) => {
    const original = req.url ?? '/';
    Object.assign(req, { originalUrl: original });
    let i = 0;
    const next: SandboxNext = (error) => {
      const layer = stack[i++];
      if (error !== undefined || !layer) {
        res.writeHead(error === undefined ? 404 : 500, { 'content-type': 'text/plain' }).end(error === undefined ? 'no route' : 'error');
        return;
      }
      if (layer.mount !== '/' && original !== layer.mount && !original.startsWith(`${layer.mount}/`)) return next();
      req.url = layer.mount === '/' ? original : original.slice(layer.mount.length) || '/';
      layer.fn(req, res, next);
    };
    next();
  };
  return Object.assign(app, {
    use(mountOrFn: string | Middleware, fn?: Middleware) {
      stack.push(typeof mountOrFn === 'string' ? { mount: mountOrFn, fn: fn! } : { mount: '/', fn: mountOrFn });
    },
  });
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port };
}

const close = (server: Server) =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

const partnerPage: Middleware = (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1>partner page ${req.url}</h1>`);
};

test('sandboxMiddleware serves the endpoint and the three simulators on the site origin; other paths reach the site', async (t) => {
  const app = connectApp();
  const sandbox = sandboxMiddleware();
  app.use(sandbox);
  app.use(partnerPage);
  const { server, port } = await listen(app);
  t.after(() => close(server));
  const site = `http://localhost:${port}`;
  const twin = `http://127.0.0.1:${port}`;

  // The partner's own pages pass through untouched.
  const page = await fetch(`${site}/jobs/42`);
  assert.equal(page.status, 200);
  assert.equal(await page.text(), '<h1>partner page /jobs/42</h1>');
  const current = () => sandbox.stack;
  assert.equal(current(), undefined, 'no stack before a request for it');

  // The endpoint: its config names the in-process simulator and both loopback spellings of the callback page.
  const config = (await (await fetch(`${site}/careerkit/config`, { headers: { origin: site } })).json()) as {
    smartcv: { authorizeUrl: string; clientId: string; redirectUris: string[] };
  };
  assert.equal(current()?.urls.endpoint, `${site}/careerkit`, 'origin taken from the first request for the stack');
  assert.equal(config.smartcv.authorizeUrl, `${site}/sandbox/smartcv/oauth/authorize`);
  assert.deepEqual(config.smartcv.redirectUris.sort(), [`${site}/callback.html`, `${twin}/callback.html`].sort());

  // Jobs through the endpoint come from the Job Space simulator (in process, no network).
  const jobs = await fetch(`${site}/careerkit/jobs?page=1&pageSize=3`, { headers: { origin: site } });
  assert.equal(jobs.status, 200);
  assert.equal(jobs.headers.get('access-control-allow-origin'), site);
  const list = (await jobs.json()) as { items: Array<{ id: string; title: string }>; total: number };
  assert.equal(list.items.length, 3);
  assert.ok(list.total > 100);

  // CORS: the loopback twin is allowed, any other origin is not.
  const fromTwin = await fetch(`${site}/careerkit/jobs?page=1&pageSize=1`, { headers: { origin: twin } });
  assert.equal(fromTwin.headers.get('access-control-allow-origin'), twin);
  await fromTwin.body?.cancel();
  const fromElsewhere = await fetch(`${site}/careerkit/jobs?page=1&pageSize=1`, { headers: { origin: 'https://evil.example' } });
  assert.notEqual(fromElsewhere.headers.get('access-control-allow-origin'), 'https://evil.example');
  await fromElsewhere.body?.cancel();

  // The simulators answer under /sandbox/*: SmartCV's consent page for a registered redirect URI, not for another.
  const authorize = (redirectUri: string) =>
    fetch(
      `${site}/sandbox/smartcv/oauth/authorize?` +
        new URLSearchParams({
          client_id: config.smartcv.clientId,
          response_type: 'code',
          scope: 'profile:read',
          state: 'abc',
          code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
          code_challenge_method: 'S256',
          redirect_uri: redirectUri,
        }),
    );
  const consent = await authorize(`${twin}/callback.html`);
  assert.equal(consent.status, 200);
  assert.match(consent.headers.get('content-type') ?? '', /text\/html/);
  await consent.body?.cancel();
  const unregistered = await authorize(`${site}/elsewhere.html`);
  assert.equal(unregistered.status, 400);
  await unregistered.body?.cancel();

  // Tabiya and The Job Space simulators demand their own credentials, as the real services do.
  assert.equal((await fetch(`${site}/sandbox/jobspace/api/job`, { headers: { accept: 'application/vnd.jb.v1+json' } })).status, 401);
  const tabiya = await fetch(`${site}/sandbox/tabiya/api/partner/models`);
  assert.ok(tabiya.status === 401 || tabiya.status === 403, `tabiya answered ${tabiya.status}`);
  await tabiya.body?.cancel();

  // Fault switches for the partner's own tests.
  const faults = await fetch(`${site}/__stack/faults`);
  assert.equal(faults.status, 200);
  assert.ok('jobspace' in ((await faults.json()) as object));
});

test('sandboxMiddleware with a fixed origin and callback path, mounted under a prefix by an Express-style app', async (t) => {
  const app = connectApp();
  const sandbox = sandboxMiddleware({ origin: 'http://localhost:9', redirectUris: ['/auth/smartcv-callback'] });
  assert.equal(sandbox.stack?.urls.smartcv, 'http://localhost:9/sandbox/smartcv', 'stack ready before the first request');
  // Mounted at /careerkit, Express strips the prefix from req.url; the middleware routes on originalUrl.
  app.use('/careerkit', sandbox);
  app.use(partnerPage);
  const { server, port } = await listen(app);
  t.after(() => close(server));

  const config = (await (await fetch(`http://127.0.0.1:${port}/careerkit/config`)).json()) as { smartcv: { redirectUris: string[] } };
  assert.deepEqual(config.smartcv.redirectUris.sort(), ['http://127.0.0.1:9/auth/smartcv-callback', 'http://localhost:9/auth/smartcv-callback']);
  // Outside the mount the app never calls it; the site answers.
  assert.equal(await (await fetch(`http://127.0.0.1:${port}/sandbox/smartcv/oauth/authorize`)).text(), '<h1>partner page /sandbox/smartcv/oauth/authorize</h1>');
});

test('sandboxListener serves the stack on plain node:http and hands other paths to the fallback, else 404', async (t) => {
  const withSite = await listen(sandboxListener({}, (req, res) => res.writeHead(200).end(`site ${req.url}`)));
  const bare = await listen(sandboxListener());
  t.after(() => Promise.all([close(withSite.server), close(bare.server)]));

  const base = `http://127.0.0.1:${withSite.port}`;
  assert.equal(await (await fetch(`${base}/about?x=1`)).text(), 'site /about?x=1');
  const jobs = await fetch(`${base}/careerkit/jobs?page=1&pageSize=2`, { headers: { origin: base } });
  assert.equal(jobs.status, 200);
  assert.equal(((await jobs.json()) as { items: unknown[] }).items.length, 2);
  // Paths that merely start like the stack's are the site's.
  assert.equal(await (await fetch(`${base}/careerkit-docs`)).text(), 'site /careerkit-docs');

  const other = await fetch(`http://127.0.0.1:${bare.port}/index.html`);
  assert.equal(other.status, 404);
  await other.body?.cancel();
  assert.equal((await fetch(`http://127.0.0.1:${bare.port}/careerkit/healthz`)).status, 200);
});
