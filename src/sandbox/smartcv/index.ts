/**
 * In-memory simulator of SmartCV (Tabbio OAuth), following the seed API documentation and the gaps filled in
 * docs/contracts/smartcv.md. One Hono sub-app per route family (./routes), sharing one state object (./state.ts):
 *
 * - `GET  /oauth/authorize`, `POST /oauth/authorize/decision`  consent page and form      routes/authorize.ts
 * - `POST /api/oauth/token`                                     code exchange (PKCE)        routes/token.ts
 * - `GET  /api/oauth/profile`, `POST /api/oauth/revoke`         Bearer                      routes/profile.ts
 * - `GET  /avatars/<id>.svg`, `GET /cvs/<id>.pdf`               files the profiles link to  routes/files.ts
 *
 * Tests drive the consent page with `approveForTest` / `submitConsentForTest` (exported below).
 */
import { Hono } from 'hono';
import { faultMiddleware } from '../faults.js';
import type { Simulator } from '../simulator.js';
import { apiError, htmlError } from './responses.js';
import { authorizeRoutes } from './routes/authorize.js';
import { fileRoutes } from './routes/files.js';
import { profileRoutes } from './routes/profile.js';
import { tokenRoutes } from './routes/token.js';
import { ANONYMOUS, createSmartcvState, type SmartcvSandboxOptions } from './state.js';

export {
  SEEDED_CANDIDATES,
  SEEDED_CANDIDATE_IDS,
  type SeededCandidate,
  type SeededCandidateId,
  type SmartcvProfile,
} from './profiles.js';
export { approveForTest, denyForTest, submitConsentForTest, type ConsentDriveOptions } from './testing.js';
export { createPkcePair, s256 } from './crypto.js';
export { SMARTCV_ERROR_STATUS, type SmartcvErrorCode } from './responses.js';
export {
  CODE_TTL_MS,
  SMARTCV_SCOPE,
  TOKEN_TTL_SECONDS,
  TRANSACTION_TTL_MS,
  type SmartcvClient,
  type SmartcvSandboxOptions,
} from './state.js';

const FAULT_RETRY_AFTER_SECONDS = 60;

export function createSmartcvSandbox(options: SmartcvSandboxOptions): Simulator {
  const state = createSmartcvState(options);
  const { faults, now, rateLimit } = state;
  const app = new Hono();

  app.use(
    '/api/*',
    faultMiddleware(faults, {
      rateLimited: () =>
        apiError('RATE_LIMIT_EXCEEDED', 'Rate limit exceeded', {
          'x-ratelimit-limit': String(rateLimit),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(now() / 1000) + FAULT_RETRY_AFTER_SECONDS),
          'retry-after': String(FAULT_RETRY_AFTER_SECONDS),
        }),
      serverError: () => apiError('INTERNAL_ERROR', 'An unexpected error occurred'),
    }),
  );

  app.route('/', authorizeRoutes(state));
  app.route('/', tokenRoutes(state));
  app.route('/', profileRoutes(state));
  app.all('/api/*', () => state.rateLimited(ANONYMOUS, () => apiError('NOT_FOUND', 'No such API route')));
  app.route('/', fileRoutes(state));

  app.notFound(() => htmlError(404, 'NOT_FOUND', 'Page not found', 'There is no SmartCV page at this address.'));
  app.onError((_error, c) =>
    c.req.path.startsWith('/api/')
      ? apiError('INTERNAL_ERROR', 'An unexpected error occurred')
      : htmlError(500, 'INTERNAL_ERROR', 'Something went wrong', 'SmartCV could not handle this request.'),
  );

  return { name: 'smartcv', faults, fetch: async (request) => app.fetch(request), reset: state.reset };
}
