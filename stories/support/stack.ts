/**
 * Runs the partner endpoint and the three simulators inside the browser and routes the careerkit client's
 * fetch to them, so stories need no server and no network.
 */
import { configure } from '../../src/client/client.js';
import { createSandboxStack, type SandboxStack } from '../../src/sandbox/stack.js';
import { loadDatasetFromUrl } from '../../src/sandbox/taxonomy-data.js';

let stack: SandboxStack | undefined;

export function storyStack(): SandboxStack {
  if (!stack) throw new Error('startStoryStack() has not run');
  return stack;
}

export async function startStoryStack(): Promise<SandboxStack> {
  if (stack) return stack;
  const origin = location.origin;
  stack = createSandboxStack({
    origin,
    redirectUris: [`${origin}/callback.html`],
    taxonomy: () => loadDatasetFromUrl(new URL('data/taxonomy/tabiya-sample.json.gz', document.baseURI).href),
  });
  const stackFetch: typeof fetch = (input, init) => stack!.fetch(new Request(input, init));
  configure({ endpoint: `${origin}/careerkit`, fetch: stackFetch });
  return stack;
}

/** Sets a simulator fault for the current story (reset by `resetFaults`). */
export async function setFaults(faults: Parameters<SandboxStack['simulators']['jobspace']['faults']['set']>[0], which: Array<'smartcv' | 'tabiya' | 'jobspace'> = ['jobspace', 'tabiya', 'smartcv']) {
  for (const name of which) storyStack().simulators[name].faults.set(faults);
}

export function resetFaults() {
  for (const sim of Object.values(storyStack().simulators)) sim.faults.reset();
}
