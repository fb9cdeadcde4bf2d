/**
 * A @web/test-runner BrowserLauncher for Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (no
 * separate driver, nothing downloaded). Typed `puppeteer` so @web/test-runner-commands (sendKeys, emulateMedia)
 * reach the page through getPage(). One browser, one page per test file.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserLauncher } from '@web/test-runner';
import { BROWSER_ENV, BROWSER_LOCALE } from '../../scripts/chromium.mjs';
import { FIREFOX } from './engines.mjs';

export async function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    env: { ...process.env, ...BROWSER_ENV },
    extraPrefsFirefox: {
      'intl.locale.requested': BROWSER_LOCALE,
      'intl.accept_languages': BROWSER_LOCALE,
      // No first-run pages, updates or telemetry traffic during the tests.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
}

/**
 * The page with Playwright-style key combos (`Shift+Tab`) for sendKeys' press: Puppeteer's keyboard.press takes
 * one key, so modifiers go down before it and up after it.
 */
function withKeyCombos(page: Page): Page {
  const keyboard = page.keyboard;
  const press: typeof keyboard.press = async (combo, options) => {
    const keys = String(combo).split('+') as Array<Parameters<typeof keyboard.press>[0]>;
    const key = keys.pop()!;
    for (const modifier of keys) await keyboard.down(modifier);
    await keyboard.press(key, options);
    for (const modifier of keys.reverse()) await keyboard.up(modifier);
  };
  return new Proxy(page, {
    get(target, prop, receiver) {
      if (prop === 'keyboard') return new Proxy(keyboard, { get: (k, p) => (p === 'press' ? press : Reflect.get(k, p).bind?.(k) ?? Reflect.get(k, p)) });
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function firefoxLauncher(): BrowserLauncher & { getPage(sessionId: string): Page } {
  let browser: Browser | undefined;
  let starting: Promise<Browser> | undefined;
  const pages = new Map<string, Page>();
  const getBrowser = () => (starting ??= launchFirefox().then((b) => (browser = b)));
  return {
    name: 'Firefox',
    type: 'puppeteer',
    async initialize() {},
    async stop() {
      await browser?.close();
    },
    async startSession(sessionId, url) {
      const page = await (await getBrowser()).newPage();
      pages.set(sessionId, page);
      await page.setViewport({ width: 800, height: 600 });
      await page.goto(url);
    },
    isActive: (sessionId) => pages.has(sessionId),
    getBrowserUrl: (sessionId) => pages.get(sessionId)?.url(),
    getPage(sessionId) {
      const page = pages.get(sessionId);
      if (!page) throw new Error(`no Firefox page for session ${sessionId}`);
      return withKeyCombos(page);
    },
    async stopSession(sessionId) {
      const page = pages.get(sessionId);
      pages.delete(sessionId);
      await page?.close().catch(() => {});
      return {};
    },
    async startDebugSession() {
      throw new Error('Debugging is not supported by the Firefox launcher; use the Chromium run.');
    },
  };
}
