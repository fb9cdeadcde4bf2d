// Finds the Chromium the tests drive: CHROME_PATH, else Debian's /usr/bin/chromium, else the Chromium build that
// ships inside the devDependency @sparticuz/chromium (extracted once to /tmp/chromium). Nothing is downloaded:
// `npm install` alone is enough on a fresh machine.
import { existsSync } from 'node:fs';

/** The browser's language, pinned in every runner: a browser started without LANG reports `en-US@posix`. */
export const BROWSER_LOCALE = 'en-US';
/** LANG for the environment of every browser the tests start. */
export const BROWSER_ENV = { LANG: 'en_US.UTF-8' };

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  `--lang=${BROWSER_LOCALE}`,
];

/** A system Chromium: CHROME_PATH (when it exists), else Debian's package. */
export function findSystemChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

/** Where the Chromium comes from, for the summary: `CHROME_PATH`, `system` or `npm`. */
export let chromiumSource = 'npm';

/** The system Chromium, else the npm one (extracted to /tmp/chromium on first use). */
export async function findChromium() {
  const system = findSystemChromium();
  if (system) {
    chromiumSource = system === process.env.CHROME_PATH ? 'CHROME_PATH' : 'system';
    return system;
  }
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    chromiumSource = 'npm';
    return await packaged.executablePath();
  } catch (error) {
    console.error(`@sparticuz/chromium could not provide Chromium: ${error instanceof Error ? error.message : error}`);
    return undefined;
  }
}

export async function requireChromium() {
  const path = await findChromium();
  if (!path) {
    console.error('Chromium not found: run `npm install` (devDependency @sparticuz/chromium), or set CHROME_PATH.');
    process.exit(1);
  }
  return path;
}
