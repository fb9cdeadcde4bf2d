// PLACEHOLDER: replaced by the partner-endpoint work (issue 3).
import { Hono } from 'hono';
import type { PartnerEndpointConfig } from './config.js';

export interface PartnerEndpoint {
  fetch(request: Request): Promise<Response>;
  readonly app: Hono;
  /** Forget caches and cached tokens (tests, sandbox reset). */
  reset?(): Promise<void> | void;
}

export function createPartnerEndpoint(config: PartnerEndpointConfig): PartnerEndpoint {
  const app = new Hono().basePath(config.basePath ?? '/careerkit');
  app.get('/healthz', (c) => c.json({ ok: true }));
  return { app, fetch: async (request) => app.fetch(request) };
}
