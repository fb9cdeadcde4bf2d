/**
 * A minimal W3C WebDriver client over fetch, for WebKit (Debian's webkit2gtk-driver: WebKitWebDriver driving
 * MiniBrowser under Xvfb). Only what the browser suite and the end-to-end flows need: sessions, navigation,
 * scripts, elements, clicks, keys, windows, screenshots. (webdriverio was not taken: it pulls driver downloaders
 * at install time.) Spec: https://www.w3.org/TR/webdriver2/
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { BROWSER_ENV } from '../../scripts/chromium.mjs';
import { WEBKIT_DRIVER, WEBKIT_MINIBROWSER } from './engines.mjs';

/** The W3C identifier of an element reference in a script result. */
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4a52e4a52e4a';
export type ElementRef = { [ELEMENT_KEY]: string };

export class WebDriverError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`WebDriver ${code}: ${message}`);
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts a private Xvfb (unless DISPLAY is set) and answers its display, e.g. `:99`, and a stop function. */
export async function startXvfb(): Promise<{ display: string; stop(): Promise<void> }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop: async () => {} };
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const fd = child.stdio[3] as NodeJS.ReadableStream;
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    fd.on('data', (c) => {
      text += c;
      if (text.includes('\n')) resolve(text.trim());
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
    child.once('error', reject);
  });
  return {
    display: `:${number}`,
    async stop() {
      if (child.exitCode === null) {
        child.kill();
        await once(child, 'exit');
      }
    },
  };
}

/** A running WebKitWebDriver on a free local port, and the Xvfb it draws into. */
export class WebKitDriverServer {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly xvfb: { stop(): Promise<void> },
  ) {}

  static async start(): Promise<WebKitDriverServer> {
    if (!existsSync(WEBKIT_DRIVER)) throw new Error(`${WEBKIT_DRIVER} not found (apt-get install webkit2gtk-driver)`);
    const xvfb = await startXvfb();
    const port = await freePort();
    const child = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
      env: { ...process.env, ...BROWSER_ENV, DISPLAY: xvfb.display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (c) => (stderr = (stderr + c).slice(-4000)));
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (child.exitCode !== null) break;
      try {
        const res = await fetch(`${url}/status`);
        if (res.ok) return new WebKitDriverServer(url, child, xvfb);
      } catch {
        /* not listening yet */
      }
      await delay(100);
    }
    child.kill();
    await xvfb.stop();
    throw new Error(`WebKitWebDriver did not start: ${stderr.trim()}`);
  }

  /** A new MiniBrowser session (W3C capabilities for WebKitGTK); `args` are extra MiniBrowser flags. */
  async newSession(args: string[] = []): Promise<WebDriverSession> {
    const body = {
      capabilities: {
        alwaysMatch: {
          acceptInsecureCerts: true,
          'webkitgtk:browserOptions': { binary: WEBKIT_MINIBROWSER, args: ['--automation', ...args] },
        },
      },
    };
    const value = (await command(`${this.url}/session`, 'POST', body)) as { sessionId: string; capabilities: Record<string, unknown> };
    return new WebDriverSession(`${this.url}/session/${value.sessionId}`, value.capabilities);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      this.child.kill();
      await once(this.child, 'exit');
    }
    await this.xvfb.stop();
  }
}

async function command(url: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({ value: { error: 'invalid response', message: `HTTP ${res.status}` } }))) as {
    value: { error?: string; message?: string } | unknown;
  };
  const value = json.value as { error?: string; message?: string } | null;
  if (!res.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
    throw new WebDriverError(String(value?.error ?? res.status), String(value?.message ?? ''));
  }
  return json.value;
}

/** WebDriver key codes for the key names the tests use (Playwright/Puppeteer names). */
const KEYS: Record<string, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

/** `Tab`, `KeyI`, `Digit1`, `a` → the WebDriver key value. */
export function keyValue(name: string): string {
  if (Object.hasOwn(KEYS, name)) return KEYS[name];
  const key = /^Key([A-Z])$/.exec(name);
  if (key) return key[1].toLowerCase();
  const digit = /^Digit(\d)$/.exec(name);
  if (digit) return digit[1];
  if ([...name].length === 1) return name;
  throw new Error(`key ${name} has no WebDriver code in test/support/webdriver.ts`);
}

export class WebDriverSession {
  constructor(
    readonly url: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  private cmd(path: string, method: 'GET' | 'POST' | 'DELETE' = 'GET', body?: unknown) {
    return command(`${this.url}${path}`, method, method === 'POST' ? (body ?? {}) : undefined);
  }

  get browserVersion(): string {
    return String(this.capabilities.browserVersion ?? '');
  }

  navigate(url: string) {
    return this.cmd('/url', 'POST', { url });
  }

  async currentUrl(): Promise<string> {
    return (await this.cmd('/url')) as string;
  }

  /** Runs `body` (a function body; `arguments` holds args) in the page. */
  execute<T = unknown>(body: string, args: unknown[] = []): Promise<T> {
    return this.cmd('/execute/sync', 'POST', { script: body, args }) as Promise<T>;
  }

  /** Runs an async function body; it must call `arguments[arguments.length - 1](result)`. */
  executeAsync<T = unknown>(body: string, args: unknown[] = []): Promise<T> {
    return this.cmd('/execute/async', 'POST', { script: body, args }) as Promise<T>;
  }

  async click(element: ElementRef) {
    await this.cmd(`/element/${element[ELEMENT_KEY]}/click`, 'POST');
  }

  /** Key actions: each entry presses (down+up) one key; modifiers in `hold` stay down around them. */
  /** A real mouse click (pointer actions) at viewport coordinates. */
  async clickAt(x: number, y: number) {
    const actions = [
      { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ];
    await this.cmd('/actions', 'POST', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
    await this.cmd('/actions', 'DELETE').catch(() => {});
  }

  async keys(sequence: string[], hold: string[] = []) {
    const actions = [
      ...hold.map((k) => ({ type: 'keyDown', value: keyValue(k) })),
      ...sequence.flatMap((k) => [
        { type: 'keyDown', value: keyValue(k) },
        { type: 'keyUp', value: keyValue(k) },
      ]),
      ...hold.reverse().map((k) => ({ type: 'keyUp', value: keyValue(k) })),
    ];
    await this.cmd('/actions', 'POST', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async keyDown(name: string) {
    await this.cmd('/actions', 'POST', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: keyValue(name) }] }] });
  }

  async keyUp(name: string) {
    await this.cmd('/actions', 'POST', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyUp', value: keyValue(name) }] }] });
  }

  async setWindowRect(width: number, height: number) {
    await this.cmd('/window/rect', 'POST', { width, height });
  }

  async windowHandles(): Promise<string[]> {
    return (await this.cmd('/window/handles')) as string[];
  }

  async windowHandle(): Promise<string> {
    return (await this.cmd('/window')) as string;
  }

  async switchToWindow(handle: string) {
    await this.cmd('/window', 'POST', { handle });
  }

  /** PNG bytes of the viewport. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from((await this.cmd('/screenshot')) as string, 'base64');
  }

  async delete() {
    await this.cmd('', 'DELETE').catch(() => {});
  }
}
