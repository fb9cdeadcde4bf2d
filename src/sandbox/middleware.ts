/**
 * The sandbox stack inside a partner's own Node server, in one line: the partner endpoint at `/careerkit`, the three
 * simulators at `/sandbox/{smartcv,tabiya,jobspace}` and the fault switches at `/__stack`, all on the site's own
 * origin, so its pages, its callback page and the SmartCV consent page work without credentials or a second port.
 *
 * ```ts
 * app.use(sandboxMiddleware());                                   // Express / Connect, before any body parser
 * http.createServer(sandboxListener({}, sitePages)).listen(3000); // plain node:http, other paths to `sitePages`
 * ```
 *
 * A development tool: the stack seals handles with a fixed, public key. Never mount it in production.
 *
 * This module is what `careerkit/sandbox` resolves to under the `node` export condition: everything of the portable
 * `index.ts` plus the two Node adapters. Edge runtimes and browsers get `index.ts` alone, without node:http.
 */
export * from './index.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeListener } from '../server/node.js';
import { createSandboxStack, isStackPath, type SandboxStack, type SandboxStackOptions } from './stack.js';

export interface SandboxServerOptions extends Omit<SandboxStackOptions, 'origin' | 'redirectUris'> {
  /**
   * The site's public origin, e.g. `http://localhost:3000`. Default: taken from the `Host` header of the first
   * request (`http:`, or `https:` on a TLS socket). Its loopback twin (`localhost` ⇄ `127.0.0.1`) is allowed too.
   */
  origin?: string;
  /** The SmartCV callback pages of the site, as paths or absolute URLs (matched exactly). Default `['/callback.html']`. */
  redirectUris?: string[];
}

export type SandboxNext = (error?: unknown) => void;
export type NodeRequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export type SandboxMiddleware = ((req: IncomingMessage, res: ServerResponse, next: SandboxNext) => void) & {
  /** The running stack (fault switches, simulators, URLs); undefined until the first request when no `origin` was given. */
  readonly stack: SandboxStack | undefined;
};

/** `localhost` ⇄ `127.0.0.1` for the same scheme and port: browsers treat them as different origins. */
function loopbackTwin(origin: string): string | undefined {
  const url = new URL(origin);
  if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  else if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
  else return undefined;
  return url.origin;
}

function originOf(req: IncomingMessage): string {
  const encrypted = Boolean((req.socket as { encrypted?: boolean } | undefined)?.encrypted);
  const host = req.headers.host;
  // A malformed Host header cannot name the site; the stack then answers for localhost.
  const candidate = `${encrypted ? 'https' : 'http'}://${host ?? 'localhost'}`;
  try {
    return new URL(candidate).origin;
  } catch {
    return 'http://localhost';
  }
}

function stackFor(options: SandboxServerOptions, origin: string): SandboxStack {
  const base = new URL(origin).origin;
  const origins = [base, loopbackTwin(base)].filter((o): o is string => Boolean(o));
  const redirectUris = (options.redirectUris ?? ['/callback.html']).flatMap((uri) =>
    /^https?:\/\//.test(uri) ? [uri] : origins.map((o) => new URL(uri, o).href),
  );
  return createSandboxStack({
    ...options,
    origin: base,
    redirectUris,
    allowedOrigins: [...origins.slice(1), ...(options.allowedOrigins ?? [])],
  });
}

/** The path Express saw before a mount point stripped it (Connect and plain Node keep `req.url` whole). */
const fullUrl = (req: IncomingMessage) => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';

function handler(options: SandboxServerOptions) {
  let stack = options.origin ? stackFor(options, options.origin) : undefined;
  let listener = stack ? nodeListener(stack) : undefined;
  const handle = (req: IncomingMessage, res: ServerResponse, next: SandboxNext) => {
    const url = fullUrl(req);
    if (!isStackPath(url)) {
      next();
      return;
    }
    if (!stack || !listener) {
      stack = stackFor(options, originOf(req));
      listener = nodeListener(stack);
    }
    req.url = url;
    listener(req, res).catch(next);
  };
  return { handle, current: () => stack };
}

/**
 * Express / Connect middleware: answers the stack's paths (`/careerkit/*`, `/sandbox/*`, `/__stack/*`) and passes
 * every other request to `next()`. Mount it before body parsers: the endpoint reads request bodies itself.
 */
export function sandboxMiddleware(options: SandboxServerOptions = {}): SandboxMiddleware {
  const { handle, current } = handler(options);
  const middleware = (req: IncomingMessage, res: ServerResponse, next: SandboxNext) => handle(req, res, next);
  Object.defineProperty(middleware, 'stack', { get: current, enumerable: true });
  return middleware as SandboxMiddleware;
}

/**
 * A `node:http` request listener: the stack's paths, and everything else to `fallback` (default: 404).
 * `http.createServer(sandboxListener({}, (req, res) => servePages(req, res))).listen(3000)`.
 */
export function sandboxListener(options: SandboxServerOptions = {}, fallback?: NodeRequestHandler): NodeRequestHandler & { readonly stack: SandboxStack | undefined } {
  const { handle, current } = handler(options);
  const notFound: NodeRequestHandler = (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  };
  const listener = (req: IncomingMessage, res: ServerResponse) =>
    handle(req, res, (error?: unknown) => {
      if (error !== undefined) {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal error');
        return;
      }
      (fallback ?? notFound)(req, res);
    });
  Object.defineProperty(listener, 'stack', { get: current, enumerable: true });
  return listener as NodeRequestHandler & { readonly stack: SandboxStack | undefined };
}
