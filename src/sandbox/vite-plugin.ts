/**
 * A Vite plugin that serves the whole sandbox stack (partner endpoint + simulators) from the dev server,
 * on the page's own origin. Used by `npm start`, Storybook dev and the story tests.
 */
import type { Plugin } from 'vite';
import { getRequestListener } from '@hono/node-server';
import { createSandboxStack, isStackPath, type SandboxStack, type SandboxStackOptions } from './stack.js';

export function sandboxStackPlugin(options: { redirectPaths?: string[]; taxonomy?: SandboxStackOptions['taxonomy'] } = {}): Plugin {
  let stack: SandboxStack | undefined;
  return {
    name: 'careerkit-sandbox-stack',
    configureServer(server) {
      const listener = getRequestListener((request) => {
        if (!stack) {
          const origin = new URL(request.url).origin;
          const paths = options.redirectPaths ?? ['/callback.html'];
          stack = createSandboxStack({ origin, redirectUris: paths.map((p) => origin + p), taxonomy: options.taxonomy });
          // With a chosen (large) taxonomy, build the skill index now, so the first searches are answered by it
          // rather than by the upstream fallback.
          if (options.taxonomy) void stack.endpoint.ready?.().catch(() => undefined);
        }
        return stack.fetch(request);
      });
      server.middlewares.use((req, res, next) => {
        if (isStackPath(req.url ?? '')) void listener(req, res);
        else next();
      });
    },
  };
}
