/**
 * The whole sandbox stack as one fetch handler: the partner endpoint at `/careerkit` in front of the three
 * simulators at `/sandbox/{smartcv,tabiya,jobspace}`, wired together in process (no network), plus a small
 * control API at `/__stack` for fault switches. `npm start`, the tests and Storybook all run this.
 */
import { createPartnerEndpoint, type EndpointRequestInfo, type PartnerEndpoint } from '../server/endpoint.js';
import type { PartnerEndpointConfig } from '../server/config.js';
import { PUBLISHED_SANDBOX_KEY } from '../server/handle.js';
import { SANDBOX_CREDENTIALS } from './credentials.js';
import type { FaultSettings } from './faults.js';
import { createJobspaceSandbox, type JobspaceSimulator } from './jobspace/index.js';
import { createSmartcvSandbox } from './smartcv/index.js';
import type { Simulator } from './simulator.js';
import { createTabiyaSandbox, type TabiyaSandboxOptions } from './tabiya/index.js';

export interface SandboxStackOptions {
  /** Public origin the stack is served on, e.g. `http://localhost:8787`. */
  origin: string;
  /** Redirect URIs registered for the sandbox SmartCV client. Default `[origin + '/callback.html']`. */
  redirectUris?: string[];
  /** Extra CORS origins for the endpoint besides `origin`. */
  allowedOrigins?: string[];
  /** Taxonomy data for the Tabiya simulator (browsers must pass it; Node loads the shipped sample). */
  taxonomy?: TabiyaSandboxOptions['dataset'];
  /** Overrides for the endpoint's config. */
  endpoint?: Partial<PartnerEndpointConfig>;
  seed?: number;
}

export interface SandboxStack {
  /** `info` reaches the endpoint: `clientIp` (the socket address from an adapter) its rate limits, `waitUntil` the skill index build. */
  fetch(request: Request, info?: EndpointRequestInfo): Promise<Response>;
  readonly endpoint: PartnerEndpoint;
  readonly simulators: { smartcv: Simulator; tabiya: Simulator; jobspace: JobspaceSimulator };
  readonly urls: { endpoint: string; smartcv: string; tabiya: string; jobspace: string };
}

/** Paths the stack answers; a dev server hands these to `stack.fetch` and serves everything else itself. */
const STACK_PATH_PREFIXES = ['/careerkit', '/sandbox', '/__stack'];

export function isStackPath(pathOrUrl: string): boolean {
  const path = pathOrUrl.split(/[?#]/)[0]!;
  return STACK_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}


type SimulatorName = keyof SandboxStack['simulators'];
const SIMULATOR_NAMES: SimulatorName[] = ['smartcv', 'tabiya', 'jobspace'];

export function createSandboxStack(options: SandboxStackOptions): SandboxStack {
  const origin = options.origin.replace(/\/$/, '');
  const urls = {
    endpoint: `${origin}/careerkit`,
    smartcv: `${origin}/sandbox/smartcv`,
    tabiya: `${origin}/sandbox/tabiya`,
    jobspace: `${origin}/sandbox/jobspace`,
  };
  const redirectUris = options.redirectUris ?? [`${origin}/callback.html`];
  const seed = options.seed ?? 1;

  const simulators = {
    smartcv: createSmartcvSandbox({
      baseUrl: urls.smartcv,
      seed,
      clients: [{ ...SANDBOX_CREDENTIALS.smartcv, redirectUris }],
    }),
    tabiya: createTabiyaSandbox({
      baseUrl: urls.tabiya,
      seed,
      apiKey: SANDBOX_CREDENTIALS.tabiya.apiKey,
      m2m: { clientId: SANDBOX_CREDENTIALS.tabiya.clientId, clientSecret: SANDBOX_CREDENTIALS.tabiya.clientSecret },
      dataset: options.taxonomy,
    }),
    jobspace: createJobspaceSandbox({ baseUrl: urls.jobspace, seed, ...SANDBOX_CREDENTIALS.jobspace }),
  };

  /** Sends a request to the simulator whose base URL prefixes it, with the prefix stripped. */
  const dispatchToSimulator = (request: Request): Promise<Response> | undefined => {
    const url = new URL(request.url);
    for (const name of SIMULATOR_NAMES) {
      const prefix = `/sandbox/${name}`;
      if (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`)) {
        const inner = new URL(url);
        inner.pathname = url.pathname.slice(prefix.length) || '/';
        // Copy the parts by hand: `new Request(url, request)` loses the body in Firefox (its Request has no
        // readable `body` stream to take over), so a form POST reached the simulator empty.
        const body = request.method === 'GET' || request.method === 'HEAD' ? Promise.resolve(undefined) : request.arrayBuffer();
        return body.then((bytes) =>
          simulators[name].fetch(new Request(inner, { method: request.method, headers: request.headers, body: bytes, signal: request.signal, redirect: request.redirect })),
        );
      }
    }
    return undefined;
  };

  const upstreamFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    return dispatchToSimulator(request) ?? fetch(request);
  };

  const endpoint = createPartnerEndpoint({
    basePath: '/careerkit',
    allowedOrigins: [origin, ...(options.allowedOrigins ?? [])],
    // A fixed, published development key: the stack is a sandbox, never a production deployment.
    sealingKey: PUBLISHED_SANDBOX_KEY,
    sandbox: true,
    smartcv: { baseUrl: urls.smartcv, ...SANDBOX_CREDENTIALS.smartcv, redirectUris },
    // New jobs need an organisation the simulator knows (the OLD create form requires one).
    jobspace: { baseUrl: urls.jobspace, ...SANDBOX_CREDENTIALS.jobspace, organisation: 'acme' },
    tabiya: { baseUrl: urls.tabiya, auth: { kind: 'apiKey', apiKey: SANDBOX_CREDENTIALS.tabiya.apiKey } },
    fetch: upstreamFetch,
    log: false,
    ...options.endpoint,
  });

  /**
   * The control API changes the sandbox for everyone using it, so a web page elsewhere must not reach it: changes
   * need `X-Careerkit: 1` and a JSON content type (both force a CORS preflight, which this API never allows), and a
   * browser's `Origin` / `Sec-Fetch-Site` must say same origin. Reading the fault state is open.
   */
  const controlRefusal = (request: Request): string | undefined => {
    const requestOrigin = request.headers.get('origin');
    if (requestOrigin !== null && requestOrigin !== origin && requestOrigin !== new URL(request.url).origin) return 'same-origin pages only';
    const site = request.headers.get('sec-fetch-site');
    if (site !== null && site !== 'same-origin' && site !== 'none') return 'same-origin pages only';
    if (request.method === 'GET' || request.method === 'HEAD') return undefined;
    if (request.headers.get('x-careerkit') !== '1') return 'send "X-Careerkit: 1"';
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return 'send Content-Type: application/json';
    return undefined;
  };

  const control = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
    const refusal = controlRefusal(request);
    if (refusal) return json({ error: { code: 'FORBIDDEN', message: `The sandbox control API answers ${refusal}` } }, 403);
    const state = () => Object.fromEntries(SIMULATOR_NAMES.map((n) => [n, simulators[n].faults.settings]));
    if (url.pathname === '/__stack/faults' && request.method === 'GET') return json(state());
    if (url.pathname === '/__stack/faults' && (request.method === 'PUT' || request.method === 'POST')) {
      const body = (await request.json().catch(() => null)) as Partial<Record<SimulatorName, Partial<FaultSettings>>> | null;
      if (!body || typeof body !== 'object') return json({ error: { code: 'INVALID_REQUEST', message: 'JSON body expected' } }, 400);
      for (const name of SIMULATOR_NAMES) if (body[name]) simulators[name].faults.set(body[name]);
      return json(state());
    }
    if (url.pathname === '/__stack/reset' && request.method === 'POST') {
      for (const name of SIMULATOR_NAMES) simulators[name].reset();
      await endpoint.reset?.();
      return json(state());
    }
    return json({ error: { code: 'NOT_FOUND', message: 'No such control route' } }, 404);
  };

  return {
    endpoint,
    simulators,
    urls,
    async fetch(request, info) {
      const path = new URL(request.url).pathname;
      if (path.startsWith('/__stack/')) return control(request);
      const simulated = dispatchToSimulator(request);
      if (simulated) return simulated;
      return endpoint.fetch(request, info);
    },
  };
}
