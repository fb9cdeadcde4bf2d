/**
 * Bun: `bun run examples/edge/bun.ts`. Listens on PORT (default 8787; 0 picks a free port) and prints the URL.
 */
import { handlerFor } from './handler.js';

declare const Bun: {
  env: Record<string, string | undefined>;
  serve(options: {
    port: number;
    hostname: string;
    fetch(request: Request, server: { requestIP(request: Request): { address: string } | null }): Promise<Response>;
  }): { hostname: string; port: number };
};

const handler = await handlerFor(Bun.env);

const server = Bun.serve({
  port: Number(Bun.env.PORT ?? 8787),
  hostname: Bun.env.HOST ?? '127.0.0.1',
  fetch: (request, srv) => handler.fetch(request, { clientIp: srv.requestIP(request)?.address }),
});
console.log(`careerkit listening on http://${server.hostname}:${server.port}`);
