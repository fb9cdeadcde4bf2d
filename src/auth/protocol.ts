/**
 * What the button's auth chunk and the callback page agree on. Both run on the partner's origin, so they talk
 * through sessionStorage (redirect mode, same tab) and postMessage/BroadcastChannel (popup mode).
 */

/** `source` of every message between the callback page and the button. */
export const MESSAGE_SOURCE = 'careerkit-smartcv';

/** BroadcastChannel name for one sign-in, keyed by the oidc-client-ts state id (survives a severed opener). */
export const channelName = (stateId: string) => `${MESSAGE_SOURCE}:${stateId}`;

/** Marker carried after the state id in the `state` parameter (oidc-client-ts `url_state`): which mode finishes. */
export const POPUP_MARK = 'p';
export const REDIRECT_MARK = 'r';

/** Prefix of oidc-client-ts's state entries (PKCE verifier + state data) in sessionStorage. */
export const STATE_PREFIX = 'careerkit.smartcv.state.';

/** How long a sign-in may take (oidc-client-ts drops older states); a redirect's form draft lives as long. */
export const STATE_LIFETIME_S = 600;

/** Redirect mode, written before leaving the page: `{state, returnUrl, jobId}`. */
export const REDIRECT_KEY = 'careerkit.smartcv.redirect';

/** Redirect mode, written by the callback page for the returning page: `{url, jobId}`. Read once, then removed.
 * The button shell repeats this literal so it need not import anything the auth chunk imports. */
export const RESPONSE_KEY = 'careerkit.smartcv.response';

export interface RedirectRecord {
  state: string;
  returnUrl: string;
  jobId: string | null;
}

export interface ResponseRecord {
  url: string;
  jobId: string | null;
}

export interface CallbackMessage {
  source: typeof MESSAGE_SOURCE;
  /** The full callback URL (code or error, and state). */
  url?: string;
  /** The button's acknowledgement: the popup may close. */
  ack?: boolean;
}

export function isCallbackMessage(data: unknown): data is CallbackMessage {
  return typeof data === 'object' && data !== null && (data as CallbackMessage).source === MESSAGE_SOURCE;
}

/** Splits the echoed `state` parameter into the state id and the mode marker. */
export function splitState(raw: string | null): { id: string; mark: string } | null {
  if (!raw) return null;
  const [id, mark = ''] = raw.split(';');
  return id ? { id, mark } : null;
}

export function readJson<T>(storage: Storage, key: string): T | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}
