/**
 * Cloudflare Worker (or `npx workerd serve` locally): the partner endpoint at the edge.
 * Deploy: `wrangler deploy examples/edge/worker.ts`, with the variables of docs/server.md set as secrets/vars
 * (`wrangler secret put CAREERKIT_SEALING_KEY`, …). Shared state across isolates needs a Store: see docs/server.md,
 * "Scaling out".
 *
 * The in-memory skill index is built in the background; a Worker cancels work a request started once that
 * request has answered, so the endpoint hands the build to `ctx.waitUntil` (passed below as `info.waitUntil`).
 */
import { handlerFor, type Env, type Handler } from './handler.js';

let handler: Promise<Handler> | undefined;

export default {
  async fetch(request: Request, env: Env, ctx: { waitUntil(work: Promise<unknown>): void }): Promise<Response> {
    // One endpoint per isolate, built on the first request (a Worker gets its env only then).
    handler ??= handlerFor(env);
    return (await handler).fetch(request, {
      clientIp: request.headers.get('cf-connecting-ip') ?? undefined,
      waitUntil: (work) => ctx.waitUntil(work),
    });
  },
};
