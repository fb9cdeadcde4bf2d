/**
 * Deno: `deno run --allow-net --allow-env examples/edge/deno.ts` (or Deno Deploy).
 * Listens on PORT (default 8787; 0 picks a free port) and prints the URL it serves.
 */
import { handlerFor } from './handler.js';

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(
    options: { port: number; hostname: string; onListen(address: { hostname: string; port: number }): void },
    handler: (request: Request, info: { remoteAddr: { hostname: string } }) => Promise<Response>,
  ): unknown;
};

const env = Deno.env.toObject();
const handler = await handlerFor(env);

Deno.serve(
  {
    port: Number(env.PORT ?? 8787),
    hostname: env.HOST ?? '127.0.0.1',
    onListen: ({ hostname, port }) => console.log(`careerkit listening on http://${hostname}:${port}`),
  },
  (request, info) => handler.fetch(request, { clientIp: info.remoteAddr.hostname }),
);
