/**
 * The SmartCV callback page's logic (`careerkit/callback`). It never exchanges the code itself: it hands the
 * answer to the page that started the sign-in, which holds the PKCE verifier.
 * - popup: posts the answer to the opener (target origin = this page's origin) and on a BroadcastChannel keyed
 *   by the state (for openers severed by COOP), waits for the button's acknowledgement, then closes.
 * - redirect: checks the state against the record the button left in sessionStorage, leaves the answer for the
 *   returning page (read once) and goes back to the page the button is on (same origin only).
 * Safe to run twice (React StrictMode, a reload): one answer is handed over once.
 */
import {
  channelName,
  isCallbackMessage,
  MESSAGE_SOURCE,
  POPUP_MARK,
  readJson,
  REDIRECT_KEY,
  REDIRECT_MARK,
  RESPONSE_KEY,
  splitState,
  type RedirectRecord,
  type ResponseRecord,
} from './protocol.js';

/**
 * `popup`: handed to the button, which acknowledged. `redirect`: left for the returning page, navigating.
 * `orphaned`: popup answer nobody took (the button's page was closed or navigated away).
 * `invalid`: no answer in the URL, or a state this tab did not start (forged, expired or already used).
 */
export type CallbackOutcome = 'popup' | 'redirect' | 'orphaned' | 'invalid';

export interface CallbackOptions {
  /** The callback URL; default `location.href`. */
  url?: string;
  /** How to go back in redirect mode; default `location.replace`. */
  navigate?: (url: string) => void;
  /** Popup mode: how long to wait for the button's acknowledgement (ms, default 3000). */
  ackTimeoutMs?: number;
}

const runs = new Map<string, Promise<CallbackOutcome>>();

export function completeSmartcvCallback(options: CallbackOptions = {}): Promise<CallbackOutcome> {
  // Keyed by the given URL, or by "this page" (its URL is cleaned on the first run).
  const key = options.url ?? '';
  let run = runs.get(key);
  if (!run) {
    run = handle(options.url ?? location.href, options);
    runs.set(key, run);
  }
  return run;
}

async function handle(url: string, options: CallbackOptions): Promise<CallbackOutcome> {
  const answer = new URL(url, location.href);
  const state = splitState(answer.searchParams.get('state'));
  // The code stays out of the history and of any Referer (the page also sets `no-referrer`).
  if (!options.url) history.replaceState(history.state, '', answer.pathname);
  if (!state || answer.origin !== location.origin) return 'invalid';
  if (state.mark === POPUP_MARK) return handToOpener(answer.href, state.id, options.ackTimeoutMs ?? 3000);
  if (state.mark !== REDIRECT_MARK) return 'invalid';

  const record = readJson<RedirectRecord>(sessionStorage, REDIRECT_KEY);
  if (!record || record.state !== state.id) return 'invalid';
  const back = new URL(record.returnUrl, location.href);
  if (back.origin !== location.origin) return 'invalid';
  const response: ResponseRecord = { url: answer.href, jobId: record.jobId ?? null };
  sessionStorage.setItem(RESPONSE_KEY, JSON.stringify(response));
  sessionStorage.removeItem(REDIRECT_KEY);
  (options.navigate ?? ((href: string) => location.replace(href)))(back.href);
  return 'redirect';
}

function handToOpener(url: string, stateId: string, ackTimeoutMs: number): Promise<CallbackOutcome> {
  const message = { source: MESSAGE_SOURCE, url };
  const channel = new BroadcastChannel(channelName(stateId));
  return new Promise((resolve) => {
    const finish = (outcome: CallbackOutcome) => {
      clearTimeout(timer);
      channel.close();
      resolve(outcome);
      if (outcome === 'popup') window.close();
    };
    const timer = setTimeout(() => finish('orphaned'), ackTimeoutMs);
    channel.onmessage = (event) => {
      if (isCallbackMessage(event.data) && event.data.ack) finish('popup');
    };
    const opener = window.opener as Window | null;
    try {
      // Explicit target origin: delivered only if the opener is on this (the partner's) origin.
      opener?.postMessage(message, location.origin);
    } catch {
      // A severed or cross-origin opener: the channel below still reaches the button.
    }
    channel.postMessage(message);
  });
}
