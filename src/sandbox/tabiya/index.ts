/**
 * In-memory simulator of the Tabiya Open Taxonomy Platform API (the Tabiya API documentation, restated in
 * full in docs/contracts/tabiya.md). Paths are relative to the simulator's base URL. One Hono sub-app per route
 * family (./routes), sharing one state object (./state.ts):
 *
 * - `POST /oauth2/token`  Cognito-style client_credentials                                routes/token.ts
 * - `/api/partner/*` (X-API-Key) and `/api/app/*` (Bearer or anonymous): the gateway      routes/gateway.ts
 * - Reads under both prefixes: `/info`, `/models`                                         routes/models.ts
 *   `/models/{m}/skills[/{id}[/parents|children|occupations|related|history]]`            routes/skills.ts
 *   `/models/{m}/skillGroups[/{id}[/children|parents|history]]`                           routes/skill-groups.ts
 *   `/models/{m}/occupations[/{id}[/parent|children|skills|history]]`,
 *   `/models/{m}/occupationGroups[/{id}[/parent|children|history]]`                       routes/occupations.ts
 *
 * Every model searches in the upstream's regex mode (no embeddings): keyset cursors, newest first. Relation lists
 * are ordered by the related id ascending, as the upstream's repository sorts them. Quirks kept on purpose: bad ids
 * → 400 INVALID_JSON_SCHEMA; unknown model → MODEL_NOT_FOUND, but GET_MODEL_NOT_FOUND on group routes; by-id
 * lookups ignore the model (and skill-by-id never checks it); error bodies carry no Content-Type; `path` URLs
 * carry neither `/app` nor `/partner`. Writes are not simulated: POST/PUT/PATCH get FORBIDDEN (no manager role).
 */
import { Hono } from 'hono';
import type { Simulator } from '../simulator.js';
import { apiError } from './http.js';
import { gatewayAuth, gatewayFaults, PREFIXES } from './routes/gateway.js';
import { modelRoutes } from './routes/models.js';
import { occupationRoutes } from './routes/occupations.js';
import { skillGroupRoutes } from './routes/skill-groups.js';
import { skillRoutes } from './routes/skills.js';
import { tokenRoutes } from './routes/token.js';
import { createTabiyaState, type TabiyaSandboxOptions } from './state.js';

export type * from '../taxonomy-data.js';
export { parseDataset, loadDatasetFromUrl, combineDatasets, TaxonomyDataError } from '../taxonomy-data.js';
export { upstreamRegexSearch, searchSkillsUpstreamStyle, newestFirst, escapeRegExp, type SearchField } from './search.js';
export { TABIYA_TOKEN_PATH, TABIYA_TOKEN_TTL_SECONDS } from './routes/token.js';
export type { TabiyaSandboxOptions } from './state.js';

export function createTabiyaSandbox(options: TabiyaSandboxOptions): Simulator {
  const state = createTabiyaState(options);
  const app = new Hono();

  app.route('/', tokenRoutes(state));
  app.use('/api/*', gatewayAuth(state));
  app.use('/api/*', gatewayFaults(state));
  const reads = [modelRoutes(state), skillRoutes(state), skillGroupRoutes(state), occupationRoutes(state)];
  for (const prefix of PREFIXES) for (const routes of reads) app.route(prefix, routes);
  app.notFound(() => apiError(404, 'NOT_FOUND', 'Not Found'));

  return { name: 'tabiya', faults: state.faults, fetch: async (request) => app.fetch(request), reset: state.reset };
}
