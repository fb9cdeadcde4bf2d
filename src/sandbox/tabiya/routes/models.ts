/** `/info` (build info) and `/models` (the released models). */
import type { Hono } from 'hono';
import { apiJson } from '../http.js';
import type { TabiyaState } from '../state.js';
import { readRoutes } from './reads.js';

/** Build info `/info` reports: the contract's commit, labelled as the sandbox. */
const BUILD = { date: '2026-08-05T12:00:00.000Z', version: 'v2.3.0-sandbox', buildNumber: 'sandbox', sha: 'f992f804693fba794c010fc48adf437101ca95fe' };

export const modelRoutes = (state: TabiyaState): Hono =>
  readRoutes(state, (register) => {
    register('/info', (c) => apiJson({ ...BUILD, path: `${state.baseUrl}${c.req.path}`, database: 'connected' }), 'info');
    register('/models', (_c, data) => apiJson(data.models.filter((m) => m.model.info.released).map((m) => data.modelInfo(m))));
  });
