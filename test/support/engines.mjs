// The three engines the suites run in, and whether each is installed here. Chromium always is (npm dependency);
// Firefox and WebKit come from Debian packages (firefox-esr; webkit2gtk-driver + Xvfb) and run when installed.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const WEBKIT_MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER_PATH ||
  ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'].find(
    (path) => existsSync(path),
  ) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const onPath = (name) => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** `undefined` when the engine can run here, else why not (one line, with the package to install). */
export function whyNotAvailable(engine) {
  if (engine === 'chromium') return undefined;
  if (engine === 'firefox') return existsSync(FIREFOX) ? undefined : `${FIREFOX} not found (apt-get install firefox-esr, or set FIREFOX_PATH)`;
  if (engine === 'webkit') {
    if (!existsSync(WEBKIT_DRIVER)) return `${WEBKIT_DRIVER} not found (apt-get install webkit2gtk-driver)`;
    if (!existsSync(WEBKIT_MINIBROWSER)) return `MiniBrowser not found at ${WEBKIT_MINIBROWSER} (apt-get install webkit2gtk-driver)`;
    if (!process.env.DISPLAY && !onPath('Xvfb')) return 'no DISPLAY and no Xvfb (apt-get install xvfb)';
    return undefined;
  }
  return `unknown engine ${engine}`;
}

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engine a runner was asked for (CK_ENGINE), default chromium. */
export function selectedEngine() {
  const engine = process.env.CK_ENGINE || 'chromium';
  if (!ENGINES.includes(engine)) throw new Error(`CK_ENGINE=${engine}: expected one of ${ENGINES.join(', ')}`);
  return engine;
}
