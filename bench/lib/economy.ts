/**
 * Section 6: upstream calls the endpoint spends. 100 concurrent identical job-list requests on a cold cache
 * (target: 1 upstream list call), and one full Apply (target: 3 SmartCV API calls: token, profile, revoke)
 * against SmartCV's 100-per-hour partner budget.
 */
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import { approveForTest, createPkcePair } from '../../src/sandbox/smartcv/index.js';
import { startBenchServer } from './server.js';

export interface EconomyResult {
  concurrentRequests: number;
  okResponses: number;
  upstreamListCalls: number;
  upstreamTokenCalls: number;
  applyOk: boolean;
  smartcvCalls: Array<{ path: string; status: number; rateLimitRemaining: number | null; rateLimit: number | null }>;
  smartcvCallsPerApply: number;
  smartcvBudgetPerHour: number | null;
  appliesPerHour: number | null;
}

export async function measureEconomy(concurrent = 100): Promise<EconomyResult> {
  const server = await startBenchServer();
  try {
    const { origin, stack } = server;
    const jobspace = stack.simulators.jobspace;
    const before = jobspace.stats();
    const responses = await Promise.all(
      Array.from({ length: concurrent }, () =>
        fetch(`${origin}/careerkit/jobs?page=1&pageSize=20`).then(async (res) => {
          await res.arrayBuffer();
          return res.status;
        }),
      ),
    );
    const after = jobspace.stats();
    const listCalls = (after.byPath['/api/job'] ?? 0) - (before.byPath['/api/job'] ?? 0);

    // One Apply, as the button drives it: consent in SmartCV, then code → handle → profile through the endpoint.
    const smartcv = stack.simulators.smartcv;
    const pkce = await createPkcePair();
    const redirectUri = `${origin}/callback.html`;
    const { code } = await approveForTest(smartcv, {
      clientId: SANDBOX_CREDENTIALS.smartcv.clientId,
      redirectUri,
      codeChallenge: pkce.challenge,
      state: 'bench',
    });
    const calls: EconomyResult['smartcvCalls'] = [];
    const original = smartcv.fetch.bind(smartcv);
    smartcv.fetch = async (request: Request) => {
      const response = await original(request);
      const path = new URL(request.url).pathname;
      if (path.startsWith('/api/')) {
        const header = (name: string) => (response.headers.has(name) ? Number(response.headers.get(name)) : null);
        calls.push({ path, status: response.status, rateLimitRemaining: header('x-ratelimit-remaining'), rateLimit: header('x-ratelimit-limit') });
      }
      return response;
    };
    let applyOk = false;
    try {
      const browserHeaders = { origin, 'x-careerkit': '1' };
      const tokenRes = await fetch(`${origin}/careerkit/smartcv/token`, {
        method: 'POST',
        headers: { ...browserHeaders, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          code_verifier: pkce.verifier,
          redirect_uri: redirectUri,
          client_id: SANDBOX_CREDENTIALS.smartcv.clientId,
        }),
      });
      const token = (await tokenRes.json()) as { access_token?: string };
      if (!tokenRes.ok || !token.access_token) throw new Error(`token route answered ${tokenRes.status}`);
      const profileRes = await fetch(`${origin}/careerkit/smartcv/profile`, {
        headers: { ...browserHeaders, authorization: `Bearer ${token.access_token}` },
      });
      const profile = (await profileRes.json()) as { name?: string };
      applyOk = profileRes.ok && typeof profile.name === 'string';
    } finally {
      smartcv.fetch = original;
    }
    const budget = calls.find((c) => c.rateLimit !== null)?.rateLimit ?? null;
    return {
      concurrentRequests: concurrent,
      okResponses: responses.filter((s) => s === 200).length,
      upstreamListCalls: listCalls,
      upstreamTokenCalls: after.tokenRequests - before.tokenRequests,
      applyOk,
      smartcvCalls: calls,
      smartcvCallsPerApply: calls.length,
      smartcvBudgetPerHour: budget,
      appliesPerHour: budget && calls.length ? Math.floor(budget / calls.length) : null,
    };
  } finally {
    await server.close();
  }
}
