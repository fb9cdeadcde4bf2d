/**
 * Drive the SmartCV consent page the way a browser would (authorize → consent form → decision), through the
 * simulator's own fetch handler. For tests and benchmarks that need a real authorization code quickly.
 */
import type { Simulator } from '../simulator.js';

export interface ConsentDriveOptions {
  clientId: string;
  redirectUri: string;
  state?: string;
  /** S256 challenge; use `createPkcePair()`. */
  codeChallenge?: string;
  /** Default `S256` when a challenge is given. */
  codeChallengeMethod?: string;
  /** Default `profile:read`. */
  scope?: string;
  /** Seeded candidate id (default `complete`). */
  profileId?: string;
  decision?: 'approve' | 'deny';
}

/** Any URL works: the simulator only looks at paths. */
const ORIGIN = 'http://smartcv.sandbox';

/** Runs authorize + decision and answers the redirect the browser would follow. Throws when no redirect comes. */
export async function submitConsentForTest(sim: Pick<Simulator, 'fetch'>, options: ConsentDriveOptions): Promise<URL> {
  const authorize = new URL('/oauth/authorize', ORIGIN);
  const params = authorize.searchParams;
  params.set('client_id', options.clientId);
  params.set('redirect_uri', options.redirectUri);
  params.set('response_type', 'code');
  params.set('scope', options.scope ?? 'profile:read');
  if (options.state !== undefined) params.set('state', options.state);
  if (options.codeChallenge !== undefined) {
    params.set('code_challenge', options.codeChallenge);
    params.set('code_challenge_method', options.codeChallengeMethod ?? 'S256');
  }
  const page = await sim.fetch(new Request(authorize));
  if (page.status === 302) return new URL(page.headers.get('location')!);
  const html = await page.text();
  const transaction = /name="transaction" value="([^"]+)"/.exec(html)?.[1];
  if (page.status !== 200 || !transaction) {
    throw new Error(`SmartCV authorize answered ${page.status} without a consent form: ${html.slice(0, 300)}`);
  }
  const form = new URLSearchParams({
    transaction,
    profile: options.profileId ?? 'complete',
    decision: options.decision ?? 'approve',
  });
  const decision = await sim.fetch(
    new Request(new URL('/oauth/authorize/decision', ORIGIN), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    }),
  );
  const location = decision.headers.get('location');
  if (decision.status !== 302 || !location) {
    throw new Error(`SmartCV consent decision answered ${decision.status}: ${(await decision.text()).slice(0, 300)}`);
  }
  return new URL(location);
}

/** Approves as `profileId` and answers the authorization code and echoed state. */
export async function approveForTest(
  sim: Pick<Simulator, 'fetch'>,
  options: Omit<ConsentDriveOptions, 'decision'>,
): Promise<{ code: string; state: string | null; redirect: URL }> {
  const redirect = await submitConsentForTest(sim, { ...options, decision: 'approve' });
  const code = redirect.searchParams.get('code');
  if (!code) throw new Error(`SmartCV did not issue a code: ${redirect.search}`);
  return { code, state: redirect.searchParams.get('state'), redirect };
}

/** Denies; answers the redirect (carrying `error=access_denied`). */
export function denyForTest(sim: Pick<Simulator, 'fetch'>, options: Omit<ConsentDriveOptions, 'decision' | 'profileId'>) {
  return submitConsentForTest(sim, { ...options, decision: 'deny' });
}
