/**
 * Node, for comparison: `node examples/edge/node.ts` after a build (or simply `npx careerkit serve`).
 * Listens on PORT (default 8787; 0 picks a free port) and prints the URL.
 */
import { serveNode } from 'careerkit/server/node';
import { handlerFor } from './handler.js';

const handler = await handlerFor(process.env);
const running = await serveNode(handler, { port: Number(process.env.PORT ?? 8787), host: process.env.HOST ?? '127.0.0.1' });
console.log(`careerkit listening on ${running.url}`);
