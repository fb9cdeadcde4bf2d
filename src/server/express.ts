/**
 * Express / Connect adapter (`careerkit/server/express`). No express dependency: the middleware is typed with
 * node:http types, which Express's req/res extend.
 *
 * ```ts
 * app.use(careerkitMiddleware(config)); // before any body parser: the endpoint reads raw bodies itself
 * ```
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PartnerEndpointConfig } from './config.js';
import { createPartnerEndpoint, type PartnerEndpoint } from './endpoint.js';
import { nodeListener } from './node.js';
import { basePathOf } from './resolve-config.js';

export type ConnectNext = (error?: unknown) => void;
export type ConnectMiddleware = ((req: IncomingMessage, res: ServerResponse, next: ConnectNext) => void) & {
  endpoint: PartnerEndpoint;
};

/** Answers requests under the endpoint's base path; passes everything else to `next()`. */
export function careerkitMiddleware(config: PartnerEndpointConfig): ConnectMiddleware {
  const endpoint = createPartnerEndpoint(config);
  const basePath = basePathOf(config);
  const listener = nodeListener(endpoint);
  const middleware = (req: IncomingMessage, res: ServerResponse, next: ConnectNext) => {
    // Express strips a mount path from req.url; the endpoint routes on the full path.
    const full = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const path = full.split('?')[0] ?? '/';
    if (path !== basePath && !path.startsWith(`${basePath}/`)) {
      next();
      return;
    }
    req.url = full;
    listener(req, res).catch(next);
  };
  return Object.assign(middleware, { endpoint });
}
