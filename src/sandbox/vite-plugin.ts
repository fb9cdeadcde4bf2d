/**
 * A Vite plugin that serves the whole sandbox stack (partner endpoint + simulators) from the dev server,
 * on the page's own origin. Used by `npm start`, Storybook dev and the story tests.
 */
import type { Plugin } from 'vite';
import { getRequestListener } from '@hono/node-server';
import { createSandboxStack, isStackPath, type SandboxStack, type SandboxStackOptions } from './stack.js';

/**
 * `adminPages`: pages whose requests the sandbox endpoint treats as a signed-in recruiter (`authorizeAdmin`), by the
 * same-origin Referer. A demo stand-in for a partner's session check; every other page stays read-only.
 */
export function sandboxStackPlugin(
  options: { redirectPaths?: string[]; taxonomy?: SandboxStackOptions['taxonomy']; adminPages?: string[] } = {},
): Plugin {
  let stack: SandboxStack | undefined;
  return {
    name: 'careerkit-sandbox-stack',
    configureServer(server) {
      const listener = getRequestListener((request) => {
        if (!stack) {
          const origin = new URL(request.url).origin;
          const paths = options.redirectPaths ?? ['/callback.html'];
          const adminPages = new Set(options.adminPages ?? []);
          const authorizeAdmin = (incoming: Request) => {
            try {
              const referer = new URL(incoming.headers.get('referer') ?? '');
              return referer.origin === origin && adminPages.has(referer.pathname);
            } catch {
              return false;
            }
          };
          stack = createSandboxStack({
            origin,
            redirectUris: paths.map((p) => origin + p),
            taxonomy: options.taxonomy,
            endpoint: adminPages.size ? { authorizeAdmin } : {},
          });
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
