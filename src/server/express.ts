/**
 * Express / Connect adapter (`careerkit/server/express`). No express dependency: the middleware is typed with
 * node:http types, which Express's req/res extend.
 *
 * ```ts
 * app.use(careerkitMiddleware(config)); // before any body parser: the endpoint reads raw bodies itself
 * ```
 *
 * A config with `storeUrl` and no `store` gets a RedisStore, as with serveNode and the CLI (it connects in the
 * background; until then the endpoint fails open as with any store outage). `close()` closes it on shutdown.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PartnerEndpointConfig } from './config.js';
import { createPartnerEndpoint, type PartnerEndpoint } from './endpoint.js';
import { nodeListener } from './node.js';
import { basePathOf } from './resolve-config.js';
import { redisStoreFor } from './store-redis.js';

export type ConnectNext = (error?: unknown) => void;
export type ConnectMiddleware = ((req: IncomingMessage, res: ServerResponse, next: ConnectNext) => void) & {
  endpoint: PartnerEndpoint;
  /** Closes the RedisStore built from `storeUrl`, if any (a store passed in is the caller's to close). */
  close(): Promise<void>;
};

/** Answers requests under the endpoint's base path; passes everything else to `next()`. */
export function careerkitMiddleware(config: PartnerEndpointConfig): ConnectMiddleware {
  const store = !config.store && config.storeUrl !== undefined ? redisStoreFor({ ...config, storeUrl: config.storeUrl }) : undefined;
  const endpoint = createPartnerEndpoint(store ? { ...config, store } : config);
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
  return Object.assign(middleware, { endpoint, close: async () => store?.close() });
}
