// Finds the Chromium the tests drive: CHROME_PATH, else Debian's /usr/bin/chromium. Nothing is downloaded.
import { existsSync } from 'node:fs';

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
];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

export function requireChromium() {
  const path = findChromium();
  if (!path) {
    console.error(
      'Chromium not found: set CHROME_PATH or install Debian\'s package with `apt-get install -y chromium`.',
    );
    process.exit(1);
  }
  return path;
}
