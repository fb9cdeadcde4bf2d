/**
 * The bench's localhost server: the whole sandbox stack (endpoint + simulators) plus the built script-tag files at
 * `/cdn/*` and the bench pages at `/pages/*`, on 127.0.0.1 with a free port.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createSandboxStack, type SandboxStack } from '../../src/sandbox/stack.js';
import type { PartnerEndpointConfig } from '../../src/server/config.js';
import { CDN_DIR, PAGES_DIR } from './paths.js';

export interface BenchServer {
  origin: string;
  stack: SandboxStack;
  close(): Promise<void>;
}

export async function startBenchServer(endpoint: Partial<PartnerEndpointConfig> = {}): Promise<BenchServer> {
  // The stack needs the origin, known only once the port is bound; requests before that cannot arrive.
  const target: { stack?: SandboxStack } = {};
  const app = new Hono();
  app.use('/cdn/*', serveStatic({ root: CDN_DIR, rewriteRequestPath: (p) => p.replace(/^\/cdn/, '') }));
  app.use('/pages/*', serveStatic({ root: PAGES_DIR, rewriteRequestPath: (p) => p.replace(/^\/pages/, '') }));
  app.all('*', (c) => target.stack!.fetch(c.req.raw));

  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ server: s, port: info.port }));
    s.once('error', reject);
  });
  const origin = `http://127.0.0.1:${port}`;
  // The endpoint's per-IP limit would reject a load test from one address, so the bench turns it off.
  const stack = (target.stack = createSandboxStack({ origin, endpoint: { rateLimitPerMinute: 0, ...endpoint } }));
  return {
    origin,
    stack,
    close: () =>
      new Promise<void>((resolve) => {
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * Brings the endpoint to a steady state before timing: job list and lookups cached, config read, and the skill
 * index built (its first build runs on the server's event loop and would otherwise land inside a measured load).
 */
export async function warmEndpoint(origin: string, pageSizes: number[] = [12, 20]): Promise<void> {
  for (const path of ['/careerkit/config', '/careerkit/jobs/lookups', ...pageSizes.map((n) => `/careerkit/jobs?page=1&pageSize=${n}`)]) {
    const res = await fetch(origin + path);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  }
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${origin}/careerkit/taxonomy/skills?q=customer`);
    const body = (await res.json().catch(() => ({}))) as { source?: string };
    if (body.source === 'index') return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the endpoint skill index was not ready within 20 s');
}
