/**
 * One small page driver for the end-to-end flows in every engine: Chromium (npm's build) and Firefox (firefox-esr
 * over WebDriver BiDi) through puppeteer-core, WebKit (WebKitWebDriver + MiniBrowser under Xvfb) through our W3C
 * WebDriver client. Selectors pierce open shadow roots with ` >>> ` (host >>> inner). Clicks are real input events
 * from the automation protocol; a `<select>` is changed by value plus a change event (same as a user's pick).
 */
import { writeFile } from 'node:fs/promises';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { BROWSER_ENV, CHROMIUM_FLAGS, requireChromium } from '../../scripts/chromium.mjs';
import type { Engine } from './engines.mjs';
import { launchFirefox } from './firefox-launcher.js';
import { ELEMENT_KEY, WebKitDriverServer, type ElementRef, type WebDriverSession } from './webdriver.js';

/** A function run in the page: its source is sent, so it must not close over anything. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PageFn = (...args: any[]) => unknown;

export interface Driver {
  readonly engine: Engine;
  readonly version: string;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate<T>(fn: PageFn, ...args: unknown[]): Promise<T>;
  /** Clicks the element the deep selector finds (waits for it first). */
  click(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Runs `whilePopupOpen` on the popup opened by `open()`, back on the opener afterwards; waits for it to close. */
  withPopup(open: () => Promise<void>, whilePopupOpen: () => Promise<void>): Promise<void>;
  /** Errors thrown in the page since the last goto (uncaught errors and unhandled rejections). */
  pageErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * In-page: finds `host >>> inner >>> deeper`; each step matches in its scope or in any open shadow root nested in
 * it (as Playwright's locators do), the next step searches the match's shadow root.
 */
export function deepQuery(selector: string): Element | null {
  const within = (scope: Document | ShadowRoot, part: string): Element | null => {
    const direct = scope.querySelector(part);
    if (direct) return direct;
    for (const el of scope.querySelectorAll('*')) {
      const inner = el.shadowRoot ? within(el.shadowRoot, part) : null;
      if (inner) return inner;
    }
    return null;
  };
  let scope: Document | ShadowRoot | null = document;
  let found: Element | null = null;
  for (const part of selector.split('>>>').map((s) => s.trim())) {
    if (!scope) return null;
    found = within(scope, part);
    if (!found) return null;
    scope = found.shadowRoot;
  }
  return found;
}

const deepQuerySource = `(${deepQuery.toString()})`;

/**
 * The expression that runs `fn(...args)` in the page, with `deepQuery` in scope (no in-page eval: CSP-safe).
 * `__name` is the helper tsx/esbuild (keepNames) inserts for named inner functions: an identity here.
 */
const expression = (fn: PageFn, args: unknown[]) =>
  `(() => { const __name = (f) => f; const deepQuery = ${deepQuerySource}; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` in the page until it answers something truthy. */
export async function waitFor<T>(driver: Driver, fn: PageFn, args: unknown[] = [], what = fn.toString(), timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      last = await driver.evaluate<T>(fn, ...args);
      if (last) return last as T;
    } catch (error) {
      last = error;
      // A navigation in progress destroys the script's context: try again.
    }
    if (Date.now() > end) throw new Error(`${driver.engine}: timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await sleep(100);
  }
}

/** Waits until the deep selector matches an element. */
export const waitForSelector = (driver: Driver, selector: string, timeout?: number) =>
  waitFor(driver, (s: string) => !!deepQuery(s), [selector], `selector ${selector}`, timeout);

export const waitForUrl = (driver: Driver, pattern: RegExp, timeout = 15_000) =>
  (async () => {
    const end = Date.now() + timeout;
    for (;;) {
      const url = await driver.url().catch(() => '');
      if (pattern.test(url)) return url;
      if (Date.now() > end) throw new Error(`${driver.engine}: URL ${url} never matched ${pattern}`);
      await sleep(100);
    }
  })();

/** In-page after every load: collect uncaught errors (WebDriver has no page-error events). */
function installErrorTrap() {
  const w = window as unknown as { __ckErrors?: string[] };
  if (w.__ckErrors) return;
  const errors: string[] = (w.__ckErrors = []);
  addEventListener('error', (e) => errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.message ?? e.reason)));
}

class PuppeteerDriver implements Driver {
  private errors: string[] = [];
  constructor(
    readonly engine: Engine,
    readonly version: string,
    private readonly browser: Browser,
    private page: Page,
  ) {
    this.watch(page);
  }

  private watch(page: Page) {
    page.on('pageerror', (error) => this.errors.push(error instanceof Error ? error.message : String(error)));
  }

  static async launch(engine: 'chromium' | 'firefox'): Promise<PuppeteerDriver> {
    const browser =
      engine === 'firefox'
        ? await launchFirefox()
        : await puppeteer.launch({
            executablePath: await requireChromium(),
            headless: true,
            args: CHROMIUM_FLAGS,
            env: { ...process.env, ...BROWSER_ENV },
          });
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    return new PuppeteerDriver(engine, await browser.version(), browser, page);
  }

  async goto(url: string) {
    this.errors = [];
    await this.page.goto(url);
  }

  async url() {
    return this.page.url();
  }

  evaluate<T>(fn: PageFn, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(expression(fn, args)) as Promise<T>;
  }

  async click(selector: string) {
    await waitForSelector(this, selector);
    const handle = (await this.page.evaluateHandle(expression((s: string) => deepQuery(s), [selector]))) as ElementHandle<Element>;
    await handle.click();
    await handle.dispose();
  }

  async screenshot(path: string) {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: true });
  }

  async withPopup(open: () => Promise<void>, whilePopupOpen: () => Promise<void>) {
    const opener = this.page;
    const popupPromise = new Promise<Page>((resolve) => opener.once('popup', (p) => p && resolve(p)));
    await open();
    const popup = await popupPromise;
    const closed = new Promise<void>((resolve) => popup.once('close', () => resolve()));
    this.watch(popup);
    this.page = popup;
    try {
      await whilePopupOpen();
      await Promise.race([closed, sleep(10_000).then(() => Promise.reject(new Error('the popup did not close')))]);
    } finally {
      this.page = opener;
    }
  }

  async pageErrors() {
    return [...this.errors];
  }

  async close() {
    await this.browser.close();
  }
}

class WebDriverDriver implements Driver {
  readonly engine = 'webkit' as const;
  constructor(
    private readonly server: WebKitDriverServer,
    private readonly session: WebDriverSession,
  ) {}

  get version() {
    return this.session.browserVersion;
  }

  static async launch(): Promise<WebDriverDriver> {
    const server = await WebKitDriverServer.start();
    try {
      const session = await server.newSession();
      await session.setWindowRect(1200, 800).catch(() => {});
      return new WebDriverDriver(server, session);
    } catch (error) {
      await server.stop();
      throw error;
    }
  }

  private async trapErrors() {
    await this.evaluate(installErrorTrap).catch(() => {});
  }

  async goto(url: string) {
    await this.session.navigate(url);
    await this.trapErrors();
  }

  url() {
    return this.session.currentUrl();
  }

  evaluate<T>(fn: PageFn, ...args: unknown[]): Promise<T> {
    return this.session.execute<T>(`return ${expression(fn, args)};`);
  }

  async click(selector: string) {
    await waitForSelector(this, selector);
    // WebKitWebDriver does not hand out references to elements inside shadow roots: click with the mouse at the
    // element's centre instead (a real pointer event, so a user gesture for popups).
    const element = await this.session.execute<ElementRef | null>(`return ${expression((s: string) => deepQuery(s), [selector])};`);
    if (element?.[ELEMENT_KEY]) {
      await this.session.click(element);
    } else {
      const centre = await this.evaluate<{ x: number; y: number }>((s: string) => {
        const el = deepQuery(s)!;
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, selector);
      await this.session.clickAt(centre.x, centre.y);
    }
    await this.trapErrors();
  }

  async screenshot(path: string) {
    await writeFile(path, await this.session.screenshot());
  }

  async withPopup(open: () => Promise<void>, whilePopupOpen: () => Promise<void>) {
    const opener = await this.session.windowHandle();
    const before = new Set(await this.session.windowHandles());
    await open();
    let popup: string | undefined;
    for (let i = 0; i < 100 && !popup; i++) {
      popup = (await this.session.windowHandles()).find((h) => !before.has(h));
      if (!popup) await sleep(100);
    }
    if (!popup) throw new Error('webkit: no popup window opened');
    await this.session.switchToWindow(popup);
    try {
      await whilePopupOpen();
      for (let i = 0; ; i++) {
        if (!(await this.session.windowHandles()).includes(popup)) break;
        if (i > 100) throw new Error('webkit: the popup did not close');
        await sleep(100);
      }
    } finally {
      await this.session.switchToWindow(opener);
    }
  }

  async pageErrors() {
    return (await this.evaluate<string[] | undefined>(() => (window as unknown as { __ckErrors?: string[] }).__ckErrors)) ?? [];
  }

  async close() {
    await this.session.delete();
    await this.server.stop();
  }
}

export function launchDriver(engine: Engine): Promise<Driver> {
  return engine === 'webkit' ? WebDriverDriver.launch() : PuppeteerDriver.launch(engine);
}
