/**
 * Node adapter (`careerkit/server/node`): serves the partner endpoint, or any fetch handler such as the sandbox
 * stack, over node:http with @hono/node-server. Node-only; keep it out of edge bundles.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { getRequestListener, serve, type HttpBindings, type Http2Bindings } from '@hono/node-server';
import type { PartnerEndpointConfig } from './config.js';
import { createPartnerEndpoint } from './endpoint.js';

/** Anything with the endpoint's fetch signature (the endpoint itself, the sandbox stack…). */
export interface FetchTarget {
  fetch(request: Request, info?: { clientIp?: string }): Promise<Response>;
}

export interface ServeNodeOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. Use 0.0.0.0 to listen on every interface. */
  host?: string;
}

export interface NodeServer {
  server: Server;
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  target: FetchTarget;
  close(): Promise<void>;
}

const isConfig = (value: PartnerEndpointConfig | FetchTarget): value is PartnerEndpointConfig =>
  Array.isArray((value as PartnerEndpointConfig).allowedOrigins);

/** The node:http request listener for a target: passes the socket address on for rate limiting. */
export function nodeListener(target: FetchTarget) {
  return getRequestListener((request: Request, env: HttpBindings | Http2Bindings) =>
    target.fetch(request, { clientIp: env.incoming.socket?.remoteAddress }),
  );
}

/**
 * A config with `storeUrl` and no `store` gets a RedisStore (loaded on demand, so node-redis stays out of edge
 * bundles); the first connection is awaited for up to 2 s, then the store keeps trying in the background.
 */
export async function withStore(config: PartnerEndpointConfig): Promise<{ config: PartnerEndpointConfig; close?: () => Promise<void> }> {
  if (config.store || config.storeUrl === undefined) return { config };
  const { redisStoreFor } = await import('./store-redis.js');
  const store = redisStoreFor({ ...config, storeUrl: config.storeUrl });
  await store.connected(2000);
  return { config: { ...config, store }, close: () => store.close() };
}

/** Starts an HTTP server; resolves once it listens. */
export async function serveNode(target: PartnerEndpointConfig | FetchTarget, options: ServeNodeOptions = {}): Promise<NodeServer> {
  let closeStore: (() => Promise<void>) | undefined;
  let handler: FetchTarget;
  if (isConfig(target)) {
    const resolved = await withStore(target);
    closeStore = resolved.close;
    handler = createPartnerEndpoint(resolved.config);
  } else handler = target;
  const host = options.host ?? '127.0.0.1';
  return new Promise<NodeServer>((resolve, reject) => {
    const server = serve(
      {
        fetch: (request: Request, env: HttpBindings | Http2Bindings) => handler.fetch(request, { clientIp: env.incoming.socket?.remoteAddress }),
        port: options.port ?? 8787,
        hostname: host,
      },
      (info: AddressInfo) => {
        const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          server: server as Server,
          url: `http://${shownHost}:${info.port}`,
          target: handler,
          close: () =>
            new Promise<void>((done, fail) => {
              (server as Server).closeAllConnections?.();
              server.close((error?: Error) => {
                void closeStore?.();
                if (error) fail(error);
                else done();
              });
            }),
        });
      },
    );
    server.once('error', (error) => {
      void closeStore?.();
      reject(error);
    });
  });
}
