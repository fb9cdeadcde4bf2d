/**
 * A @web/test-runner BrowserLauncher for WebKit: Debian's webkit2gtk-driver (WebKitWebDriver + MiniBrowser) under
 * a private Xvfb, through our small W3C WebDriver client. One session, one test file at a time (MiniBrowser has one
 * automation window). Typed `puppeteer` with a page adapter, so @web/test-runner-commands' sendKeys works through
 * WebDriver key actions; emulateMedia fails with a clear message (WebDriver has no media emulation).
 */
import type { BrowserLauncher } from '@web/test-runner';
import { WebKitDriverServer, type WebDriverSession } from './webdriver.js';

/** The subset of a Puppeteer Page that @web/test-runner-commands calls. */
function pageAdapter(session: WebDriverSession) {
  const split = (combo: string) => {
    const parts = combo.split('+');
    return { key: parts.at(-1)!, modifiers: parts.slice(0, -1) };
  };
  return {
    keyboard: {
      type: (text: string) => session.keys([...text]),
      press: (combo: string) => {
        const { key, modifiers } = split(combo);
        return session.keys([key], modifiers);
      },
      down: (key: string) => session.keyDown(key),
      up: (key: string) => session.keyUp(key),
    },
    // WTR's set-viewport command: WebDriver sizes the window (MiniBrowser has no separate viewport).
    setViewport: ({ width, height }: { width: number; height: number }) => session.setWindowRect(width, height),
    emulateMediaFeatures() {
      throw new Error('emulateMedia: WebDriver (WebKitWebDriver) has no media-feature emulation');
    },
    emulateMediaType() {
      throw new Error('emulateMedia: WebDriver (WebKitWebDriver) has no media-type emulation');
    },
  };
}

export function webkitLauncher(): BrowserLauncher & { getPage(sessionId: string): ReturnType<typeof pageAdapter> } {
  let server: WebKitDriverServer | undefined;
  let session: WebDriverSession | undefined;
  let starting: Promise<WebDriverSession> | undefined;
  let active: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const getSession = () =>
    (starting ??= (async () => {
      server = await WebKitDriverServer.start();
      // Unit tests open the SmartCV popup from scripted clicks (no user gesture), as Playwright's Chromium allows;
      // the end-to-end flows click for real and keep WebKit's default popup blocking.
      session = await server.newSession(['--javascript-can-open-windows-automatically=true']);
      await session.setWindowRect(800, 600).catch(() => {});
      return session;
    })());
  return {
    name: 'WebKit',
    type: 'puppeteer',
    concurrency: 1,
    async initialize() {},
    async stop() {
      await session?.delete();
      await server?.stop();
    },
    startSession(sessionId, url) {
      // One window: sessions take turns.
      const run = queue.then(async () => {
        const s = await getSession();
        active = sessionId;
        await s.navigate(url);
      });
      queue = run.catch(() => {});
      return run;
    },
    isActive: (sessionId) => active === sessionId,
    getBrowserUrl: async (sessionId) => (active === sessionId ? session?.currentUrl() : undefined),
    getPage(sessionId) {
      if (active !== sessionId || !session) throw new Error(`no WebKit page for session ${sessionId}`);
      return pageAdapter(session);
    },
    async stopSession(sessionId) {
      if (active === sessionId) {
        active = undefined;
        await session?.navigate('about:blank').catch(() => {});
      }
      return {};
    },
    async startDebugSession() {
      throw new Error('Debugging is not supported by the WebKit launcher; use the Chromium run.');
    },
  };
}
