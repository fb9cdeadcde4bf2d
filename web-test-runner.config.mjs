import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { defaultReporter } from '@web/test-runner';
import { getRequestListener } from '@hono/node-server';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { requireChromium, BROWSER_ENV, BROWSER_LOCALE, CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { selectedEngine, whyNotAvailable } from './test/support/engines.mjs';
import { firefoxLauncher } from './test/support/firefox-launcher.ts';
import { webkitLauncher } from './test/support/webkit-launcher.ts';
import { createSandboxStack, isStackPath } from './src/sandbox/stack.ts';

const commonjs = fromRollup(rollupCommonjs);

// CK_ENGINE picks the engine: chromium (default; npm's Chromium unless CHROME_PATH or a system one), firefox, webkit.
const engine = selectedEngine();
const missing = whyNotAvailable(engine);
if (missing) {
  console.error(`browser (${engine}) not run: ${missing}`);
  process.exit(1);
}

async function browserFor(name) {
  if (name === 'firefox') return firefoxLauncher();
  if (name === 'webkit') return webkitLauncher();
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: await requireChromium(), headless: true, args: CHROMIUM_FLAGS, env: { ...process.env, ...BROWSER_ENV } },
    createBrowserContext: ({ browser }) => browser.newContext({ locale: BROWSER_LOCALE }),
  });
}
const replace = fromRollup(rollupReplace);
const port = Number(process.env.WTR_PORT ?? 8765);
const origin = `http://localhost:${port}`;

// Endpoint + the three simulators, in process, on the test page's own origin: the browser tests run
// against the real stack, never against mocks of our client.
// A second registered callback page, for `<ck-apply-button redirect-uri>`.
const stack = createSandboxStack({ origin, redirectUris: [`${origin}/callback.html`, `${origin}/callback-cdn.html`] });
/** Served paths to hold back once, with how long (the `stallOnce` middleware). */
const stalls = new Map();
const listener = getRequestListener((request) => stack.fetch(request));

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.{ts,tsx}'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  port,
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  // Firefox and WebKit take long to start on a loaded 2-core machine.
  browserStartTimeout: 120000,
  plugins: [
    replace({ preventAssignment: true, 'process.env.NODE_ENV': JSON.stringify('development') }),
    commonjs({ include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'] }),
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  middleware: [
    // A test can hold one served file back for a while (`POST /__test/stall?path=/src/…&ms=…`), e.g. a language
    // file on a slow network. The next request for that path within 30 s waits `ms`, then is served as usual. Our
    // sources go out with `no-store`: the runner gives them a year's max-age, so a browser reused a module an
    // earlier test page loaded without asking the server, and the file a test holds back was never requested.
    async function stallOnce(ctx, next) {
      if (ctx.path === '/__test/stall' && ctx.method === 'POST') {
        stalls.set(String(ctx.query.path), { ms: Math.min(Number(ctx.query.ms) || 0, 20_000), until: Date.now() + 30_000 });
        ctx.status = 204;
        return;
      }
      const stall = stalls.get(ctx.path);
      if (stall) {
        stalls.delete(ctx.path);
        if (Date.now() < stall.until) await new Promise((resolve) => setTimeout(resolve, stall.ms));
      }
      // The runner's own cache middleware sets a year's max-age after this one returns: have the last word when
      // the headers go out.
      if (ctx.path.startsWith('/src/')) {
        const writeHead = ctx.res.writeHead;
        ctx.res.writeHead = function (...args) {
          this.setHeader('cache-control', 'no-store');
          return writeHead.apply(this, args);
        };
      }
      await next();
    },
    // The registered SmartCV redirect URI (`/callback.html`) is the demo's callback page.
    function smartcvCallbackPage(ctx, next) {
      if (ctx.path === '/callback.html') ctx.url = ctx.url.replace('/callback.html', '/demo/callback.html');
      return next();
    },
    async function sandboxStack(ctx, next) {
      if (!isStackPath(ctx.path)) return next();
      ctx.respond = false;
      await listener(ctx.req, ctx.res);
    },
  ],
  browsers: [await browserFor(engine)],
  filterBrowserLogs: ({ args }) => !String(args?.[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
