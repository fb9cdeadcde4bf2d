/** Helpers for the apply-button tests: stack control, popup capture, consent driving. Real stack, no mocks. */
import { waitUntil } from '@open-wc/testing';

export async function resetStack(faults: Record<string, unknown> = {}): Promise<void> {
  await fetch('/__stack/reset', { method: 'POST', headers: { 'x-careerkit': '1', 'content-type': 'application/json' } });
  if (Object.keys(faults).length) {
    await fetch('/__stack/faults', { method: 'PUT', headers: { 'x-careerkit': '1', 'content-type': 'application/json' }, body: JSON.stringify(faults) });
  }
}

/** Wraps window.open to keep the windows it returns (or to answer null: a blocked popup). */
export function capturePopups(options: { block?: boolean } = {}) {
  const original = window.open;
  const opened: Window[] = [];
  window.open = function open(this: Window, ...args: Parameters<typeof window.open>) {
    if (options.block) return null;
    const popup = original.apply(this, args);
    if (popup) opened.push(popup);
    return popup;
  } as typeof window.open;
  return {
    opened,
    restore() {
      window.open = original;
      for (const popup of opened) if (!popup.closed) popup.close();
    },
  };
}

/**
 * For a `describe`: before each test a fresh stack, an empty sessionStorage and captured popups; after it the
 * popups close. Answers the capture of the running test (same shape as `capturePopups()`).
 */
export function popupsPerTest(): ReturnType<typeof capturePopups> {
  let current: ReturnType<typeof capturePopups> | undefined;
  beforeEach(async () => {
    await resetStack();
    sessionStorage.clear();
    current = capturePopups();
  });
  afterEach(() => current?.restore());
  return {
    get opened() {
      return current?.opened ?? [];
    },
    restore: () => current?.restore(),
  };
}

/** Waits until `popup` shows SmartCV's consent form, then approves (as `profile`) or denies. */
export async function answerConsent(popup: Window, decision: 'approve' | 'deny', profile = 'complete'): Promise<void> {
  await waitUntil(
    () => {
      try {
        return popup.location.pathname.endsWith('/oauth/authorize') && popup.document.readyState === 'complete' && !!popup.document.querySelector('#consent');
      } catch {
        return false;
      }
    },
    'consent page did not open in the popup',
    { timeout: 5000 },
  );
  const doc = popup.document;
  const radio = doc.querySelector<HTMLInputElement>(`input[name="profile"][value="${profile}"]`);
  if (!radio) throw new Error(`no candidate ${profile} on the consent page`);
  radio.click();
  doc.querySelector<HTMLButtonElement>(`button[name="decision"][value="${decision}"]`)!.click();
}

/** Drives authorize + consent with fetch (the browser follows the redirect) and answers the callback URL. */
export async function consentByFetch(authorizeUrl: string, decision: 'approve' | 'deny' = 'approve', profile = 'complete'): Promise<string> {
  const page = await fetch(authorizeUrl);
  const doc = new DOMParser().parseFromString(await page.text(), 'text/html');
  const form = doc.querySelector<HTMLFormElement>('#consent');
  if (!form) throw new Error(`no consent form (HTTP ${page.status})`);
  const body = new URLSearchParams();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')) body.set(input.name, input.value);
  body.set('profile', profile);
  body.set('decision', decision);
  const answer = await fetch(new URL(form.getAttribute('action')!, authorizeUrl), { method: 'POST', body });
  return answer.url;
}

/** Resolves with the next event of `type` on `target` (rejects after `timeout` ms). */
export function nextEvent<T = unknown>(target: EventTarget, type: string, timeout = 8000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Every place a browser could keep a token. */
export async function storedEverywhere(): Promise<string> {
  const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
  const databases = (await indexedDB.databases?.()) ?? [];
  return [dump(sessionStorage), dump(localStorage), document.cookie, databases.map((d) => d.name).join(',')].join('\n');
}
