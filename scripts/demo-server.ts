/**
 * The demo career site (`demo/`) on a Vite dev server, with the whole sandbox stack (partner endpoint at
 * `/careerkit`, simulators at `/sandbox/*`, fault switches at `/__stack/*`) and the script-tag bundles at `/cdn/*`,
 * all on one origin. `npm start` and the end-to-end tests both run it.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createServer, type InlineConfig, type Plugin, type ViteDevServer } from 'vite';
import { buildCdn } from './build.mjs';
import { sandboxStackPlugin } from '../src/sandbox/vite-plugin.js';
import { sandboxTaxonomyLoader, type SandboxTaxonomy } from '../src/sandbox/taxonomy-data.node.js';

const ROOT = resolve(import.meta.dirname, '..');

export interface DemoOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  host?: string;
  /** Where the script-tag bundles are built and served from (as `/cdn/*`). Default: a new temp folder, removed on close. */
  cdnDir?: string;
  /** Watch files and reload pages (npm start); off for tests, so colleagues' edits can't restart the server mid-run. */
  watch?: boolean;
  /** Which taxonomy the Tabiya simulator serves: the full ESCO model, or Tabiya's 1,000-skill sample (the default, fast). */
  taxonomy?: SandboxTaxonomy;
}

export interface Demo {
  /** Base URL, ending in `/`. */
  url: string;
  server: ViteDevServer;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/** Pages served byte for byte, without Vite's client or transforms: what a partner without a build step serves. */
const RAW_PAGES = ['/script-tag.html', '/callback-cdn.html'];

/**
 * Serves the built script-tag bundles at `/cdn` and the raw pages as static files, untouched by Vite (exactly
 * what a partner would host).
 */
function cdnPlugin(dir: string): Plugin {
  const base = resolve(dir);
  return {
    name: 'careerkit-demo-cdn',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        if (!RAW_PAGES.includes(path)) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(join(ROOT, 'demo', path)).pipe(res);
      });
      server.middlewares.use('/cdn', (req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const file = normalize(join(base, path));
        if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** The Vite config of the demo (also what `vite.config.ts` exports). */
export function demoViteConfig(options: DemoOptions = {}): InlineConfig {
  const cdnDir = options.cdnDir ?? join(tmpdir(), 'careerkit-demo-cdn');
  return {
    configFile: false,
    root: join(ROOT, 'demo'),
    // Its own cache, so a test run and a running `npm start` never re-optimize each other's dependencies.
    cacheDir: join(ROOT, 'node_modules', '.vite', options.watch === false ? 'demo-test' : 'demo'),
    publicDir: false,
    logLevel: options.watch === false ? 'warn' : 'info',
    // Two registered SmartCV callbacks: the Vite-built page and the script-tag one (script-tag.html's redirect-uri).
    // The recruiter page alone may post jobs (the sandbox's stand-in for a recruiter session).
    plugins: [
      cdnPlugin(cdnDir),
      sandboxStackPlugin({
        redirectPaths: ['/callback.html', '/callback-cdn.html'],
        taxonomy: options.taxonomy && sandboxTaxonomyLoader(options.taxonomy),
        adminPages: ['/recruiter.html'],
      }),
    ],
    // Pre-bundled up front: a dependency found late makes Vite reload the page (bad mid-sign-in, bad in tests).
    optimizeDeps: {
      include: [
        'lit',
        'lit/decorators.js',
        'lit/directives/if-defined.js',
        'lit/directives/live.js',
        '@lit/context',
        '@lit/react',
        '@lit-labs/virtualizer/virtualize.js',
        'oidc-client-ts',
        'dompurify',
        'react',
        'react-dom/client',
        'react/jsx-dev-runtime',
      ],
    },
    server: {
      port: options.port ?? 0,
      strictPort: options.port !== undefined && options.port !== 0,
      host: options.host ?? 'localhost',
      fs: { allow: [ROOT] },
      ...(options.watch === false ? { watch: null, hmr: false } : {}),
    },
    build: { outDir: join(ROOT, 'dist', 'demo'), emptyOutDir: true },
  };
}

/** Builds the script-tag bundles, then starts the demo server. */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const ownDir = !options.cdnDir;
  const cdnDir = options.cdnDir ?? mkdtempSync(join(tmpdir(), 'careerkit-demo-cdn-'));
  await buildCdn({ outdir: cdnDir });
  const server = await createServer(demoViteConfig({ ...options, cdnDir }));
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null;
  const host = options.host ?? 'localhost';
  const url = `http://${host}:${address?.port ?? options.port}/`;
  const close = async () => {
    await server.close();
    if (ownDir) rmSync(cdnDir, { recursive: true, force: true });
  };
  return { url, server, close };
}
