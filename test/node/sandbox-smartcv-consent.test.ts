// The SmartCV consent page in real Chromium: axe (light and dark), keyboard-only approval, reflow at 320 px,
// and the post-consent redirect surviving the page's own CSP (form-action governs that redirect).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createPkcePair, createSmartcvSandbox } from '../../src/sandbox/smartcv.js';
import type { Simulator } from '../../src/sandbox/simulator.js';
import { CHROMIUM_FLAGS, requireChromium } from '../../scripts/chromium.mjs';

const CLIENT = { clientId: 'tabbio_consent_test', clientSecret: 'secret', redirectUris: [] as string[] };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: ServerType;
let origin: string;
let sim: Simulator;
let browser: Browser;
/** Callback URLs the browser arrived at. */
const callbacks: URL[] = [];

before(async () => {
  let handler: (request: Request) => Promise<Response> = async () => new Response('starting', { status: 503 });
  server = serve({ fetch: (request) => handler(request), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const port = (server.address() as AddressInfo).port;
  // The partner's callback on another origin (localhost vs 127.0.0.1), so the cross-origin redirect is exercised.
  CLIENT.redirectUris = [`http://localhost:${port}/callback`];
  sim = createSmartcvSandbox({ clients: [CLIENT], baseUrl: origin });
  handler = async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== '/callback') return sim.fetch(request);
    callbacks.push(url);
    return new Response('<!doctype html><title>callback</title>', { headers: { 'content-type': 'text/html' } });
  };
  browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openConsent(options: { colorScheme?: 'light' | 'dark'; width?: number; challenge?: string; injectAxe?: boolean } = {}) {
  // The page's CSP forbids scripts, so it is bypassed only where axe must be injected.
  const context = await browser.newContext({
    bypassCSP: options.injectAxe ?? false,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1024, height: 800 },
  });
  const page = await context.newPage();
  const authorize = new URL('/oauth/authorize', origin);
  authorize.search = new URLSearchParams({
    client_id: CLIENT.clientId,
    redirect_uri: CLIENT.redirectUris[0]!,
    response_type: 'code',
    scope: 'profile:read',
    state: 'kbd-state',
    ...(options.challenge ? { code_challenge: options.challenge, code_challenge_method: 'S256' } : {}),
  }).toString();
  const response = await page.goto(authorize.href);
  assert.equal(response?.status(), 200);
  return page;
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

describe('SmartCV consent page in Chromium', () => {
  test('axe finds no violations, in light and dark colour schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openConsent({ colorScheme, injectAxe: true });
      assert.deepEqual(await axeViolations(page), [], colorScheme);
      await page.context().close();
    }
  });

  test('keyboard only: pick a candidate with arrow keys, Tab to Approve, Enter → partner callback with a usable code', async () => {
    const pkce = await createPkcePair();
    const page = await openConsent({ challenge: pkce.challenge });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), 'complete');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => (document.querySelector('input[name=profile]:checked') as HTMLInputElement).value), 'many-skills');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLButtonElement).value), 'approve');
    const focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.equal(focusOutline, 'solid', 'focus is visible');
    callbacks.length = 0;
    await Promise.all([page.waitForURL(/localhost:\d+\/callback/), page.keyboard.press('Enter')]);
    const callback = callbacks[0];
    assert.ok(callback, 'the browser followed the redirect despite the page CSP');
    assert.equal(callback.searchParams.get('state'), 'kbd-state');

    const token = await sim.fetch(
      new Request(`${origin}/api/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          client_id: CLIENT.clientId,
          client_secret: CLIENT.clientSecret,
          code: callback.searchParams.get('code'),
          grant_type: 'authorization_code',
          code_verifier: pkce.verifier,
        }),
      }),
    );
    assert.equal(token.status, 200);
    const { data } = (await token.json()) as { data: { access_token: string } };
    const profile = await sim.fetch(new Request(`${origin}/api/oauth/profile`, { headers: { authorization: `Bearer ${data.access_token}` } }));
    assert.equal(((await profile.json()) as { data: { name: string } }).data.name, 'Mateo Fernández-Oyelaran');
    await page.context().close();
  });

  test('Deny by keyboard sends access_denied to the callback', async () => {
    const page = await openConsent();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLButtonElement).value), 'deny');
    callbacks.length = 0;
    await Promise.all([page.waitForURL(/localhost:\d+\/callback/), page.keyboard.press('Space')]);
    assert.equal(callbacks[0]?.searchParams.get('error'), 'access_denied');
    await page.context().close();
  });

  test('reflows at 320 px without horizontal scrolling', async () => {
    const page = await openConsent({ width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    await page.context().close();
  });
});
