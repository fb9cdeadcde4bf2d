/**
 * What every edge entry here serves: the partner endpoint configured from environment variables (the same
 * variables as `careerkit serve`, see docs/server.md), or, when `CAREERKIT_SANDBOX_ORIGIN` is set, the sandbox
 * stack (endpoint + SmartCV, Job Space and Tabiya simulators, no credentials) for trying a runtime out.
 *
 * Copy this file with the entry for your runtime. Nothing here imports Node modules.
 */
import { configFromEnv, createPartnerEndpoint } from 'careerkit/server';

export type Env = Record<string, string | undefined>;

export interface Handler {
  /** `waitUntil`: the platform's hook keeping background work (the skill index build) alive after the answer. */
  fetch(request: Request, info?: { clientIp?: string; waitUntil?: (work: Promise<unknown>) => void }): Promise<Response>;
}

export async function handlerFor(env: Env): Promise<Handler> {
  const sandboxOrigin = env.CAREERKIT_SANDBOX_ORIGIN;
  if (sandboxOrigin) {
    // Loaded only in sandbox mode. The taxonomy comes from a URL (e.g. data/taxonomy/tabiya-sample.json.gz served
    // anywhere): edge runtimes have no file system.
    const { createSandboxStack, loadDatasetFromUrl } = await import('careerkit/sandbox');
    const taxonomyUrl = env.CAREERKIT_SANDBOX_TAXONOMY_URL;
    return createSandboxStack({
      origin: sandboxOrigin.replace(/\/$/, ''),
      taxonomy: () =>
        taxonomyUrl ? loadDatasetFromUrl(taxonomyUrl) : Promise.reject(new Error('set CAREERKIT_SANDBOX_TAXONOMY_URL for the taxonomy')),
    });
  }
  return createPartnerEndpoint(configFromEnv(env));
}
