/**
 * Runs the partner endpoint and the three simulators inside the browser and routes the careerkit client's
 * fetch to them, so stories need no server and no network (the static build works wherever it is hosted).
 *
 * Besides the main stack at `<origin>/careerkit`, each fault scenario has a stack of its own at
 * `<origin>/__story/<scenario>/careerkit` whose simulators always fail that way. Stories that show a state
 * point their element's `endpoint` there: no global switch to reset, and a docs page can show the error, the
 * rate-limited and the normal story side by side.
 */
import { configure } from '../../src/client/client.js';
import type { FaultSettings } from '../../src/sandbox/faults.js';
import { createSandboxStack, type SandboxStack } from '../../src/sandbox/stack.js';
import { loadDatasetFromUrl, type TaxonomyDataset } from '../../src/sandbox/taxonomy-data.js';

/** Fault scenarios, each served by its own stack. */
export const SCENARIOS = {
  /** Every upstream answer takes a minute: the elements show their loading state (until the client's 10 s timeout). */
  slow: { latencyMs: 60_000 },
  /** Every upstream request fails with a 500. */
  error: { errorRate: 1 },
  /** Every upstream request answers 429 with `Retry-After: 60`. */
  'rate-limited': { rateLimited: true },
} satisfies Record<string, Partial<FaultSettings>>;

export type Scenario = keyof typeof SCENARIOS;

const SCENARIO_PREFIX = '/__story/';

let stack: SandboxStack | undefined;
const scenarioStacks = new Map<Scenario, SandboxStack>();
let dataset: Promise<TaxonomyDataset> | undefined;

/** The taxonomy sample, fetched once relative to the page (so a build hosted under any path finds it). */
const taxonomy = () =>
  (dataset ??= loadDatasetFromUrl(new URL('data/taxonomy/tabiya-sample.json.gz', document.baseURI).href).catch((error: unknown) => {
    dataset = undefined;
    throw error;
  }));

function makeStack(): SandboxStack {
  const origin = location.origin;
  return createSandboxStack({ origin, redirectUris: [`${origin}/callback.html`], taxonomy });
}

function scenarioStack(name: Scenario): SandboxStack {
  let scenario = scenarioStacks.get(name);
  if (!scenario) {
    scenario = makeStack();
    for (const simulator of Object.values(scenario.simulators)) simulator.faults.set(SCENARIOS[name]);
    scenarioStacks.set(name, scenario);
  }
  return scenario;
}

const logos = new Map<string, Promise<string>>();

/** A simulator logo as a data URL: `<img>` loads bypass our fetch, and a static host has no `/sandbox/` to serve them. */
function logoDataUrl(url: string): Promise<string> {
  let data = logos.get(url);
  if (!data) {
    data = storyStack()
      .fetch(new Request(url))
      .then(async (response) => (response.ok ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await response.text())}` : url));
    logos.set(url, data);
  }
  return data;
}

/** Replaces sandbox logo URLs in a jobs answer with data URLs. */
async function inlineLogos(response: Response): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response;
  const sandbox = `${location.origin}/sandbox/`;
  const body = (await response.json()) as { logoUrl?: string; items?: Array<{ logoUrl?: string }> };
  await Promise.all(
    [body, ...(Array.isArray(body.items) ? body.items : [])].map(async (job) => {
      if (typeof job.logoUrl === 'string' && job.logoUrl.startsWith(sandbox)) job.logoUrl = await logoDataUrl(job.logoUrl);
    }),
  );
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}

/** Sends a request to the main stack, or to a scenario's stack with the `/__story/<name>` prefix removed. */
const stackFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  let target = storyStack();
  if (url.pathname.startsWith(SCENARIO_PREFIX)) {
    const [name, ...rest] = url.pathname.slice(SCENARIO_PREFIX.length).split('/');
    if (name in SCENARIOS) {
      url.pathname = `/${rest.join('/')}`;
      target = scenarioStack(name as Scenario);
    }
  }
  const response = await target.fetch(url.href === request.url ? request : new Request(url, request));
  return url.pathname.startsWith('/careerkit/jobs') ? inlineLogos(response) : response;
};

export function storyStack(): SandboxStack {
  if (!stack) throw new Error('startStoryStack() has not run');
  return stack;
}

export async function startStoryStack(): Promise<SandboxStack> {
  if (stack) return stack;
  stack = makeStack();
  configure({ endpoint: `${location.origin}/careerkit`, fetch: stackFetch });
  return stack;
}

/** The endpoint URL of a fault scenario's stack, for an element's `endpoint` attribute. */
export function scenarioEndpoint(name: Scenario): string {
  return `${location.origin}${SCENARIO_PREFIX}${name}/careerkit`;
}

/** Sets a fault on the main stack's simulators (e.g. from the browser console while reviewing). */
export function setFaults(faults: Partial<FaultSettings>, which: Array<'smartcv' | 'tabiya' | 'jobspace'> = ['jobspace', 'tabiya', 'smartcv']) {
  for (const name of which) storyStack().simulators[name].faults.set(faults);
}

export function resetFaults() {
  for (const sim of Object.values(storyStack().simulators)) sim.faults.reset();
}
