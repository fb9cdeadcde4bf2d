/**
 * SmartCV sign-in with oidc-client-ts (authorization code, PKCE S256 and state always; metadata set by hand,
 * no id_token, no refresh, no user store), the popup and redirect transports, the token exchange at the
 * partner endpoint and the profile read.
 *
 * The endpoint answers a sealed handle, never the SmartCV token. The handle lives in memory only (a closure),
 * never in any storage. The PKCE verifier and state sit in sessionStorage for the length of one flow.
 */
import { OidcClient, WebStorageStateStore, type SigninState } from 'oidc-client-ts';
import { CareerkitError } from '../client/errors.js';
import { answerError, endpointBase, thrownError } from '../client/http.js';

export { answerError };
import type { CandidateProfile, HandleTokenResponse, PublicConfig } from '../types.js';
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
  STATE_LIFETIME_S,
  STATE_PREFIX,
  type RedirectRecord,
  type ResponseRecord,
} from './protocol.js';

export interface SignInResult {
  profile: CandidateProfile;
}

interface Session {
  client: OidcClient;
  base: URL;
  redirectUri: string;
}

/** How often a popup is checked for having been closed (#2043: the promise must settle). */
const CLOSED_POLL_MS = 250;
/** Handles are kept in memory (for `revoke()`) no longer than this, whatever `expires_in` says. */
const MAX_HANDLE_MS = 10 * 60_000;

/** Not errors: the candidate said no at the consent page (DENIED) or closed the window (POPUP_CLOSED). */
const cancelled = (code: 'DENIED' | 'POPUP_CLOSED', message: string) => new CareerkitError({ code, status: 0, message });
const invalidState = () =>
  new CareerkitError({ code: 'INVALID_STATE', status: 0, message: 'The sign-in answer does not belong to a sign-in started on this page' });

const baseUrl = endpointBase;

async function call<T>(url: URL | string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      headers: { Accept: 'application/json', 'X-Careerkit': '1', ...init.headers },
    });
  } catch (cause) {
    throw thrownError(cause);
  }
  if (!response.ok) throw await answerError(response);
  return (response.status === 204 ? undefined : await response.json().catch(() => undefined)) as T;
}

const configs = new Map<string, Promise<PublicConfig>>();

/** `/config` of an endpoint, fetched once per page (again after a failure). */
export function loadConfig(endpoint: string): Promise<PublicConfig> {
  const key = baseUrl(endpoint).href;
  let config = configs.get(key);
  if (!config) {
    config = call<PublicConfig>(new URL('config', key));
    configs.set(key, config);
    config.catch(() => configs.delete(key));
  }
  return config;
}

/** Warms the config cache (called on pointerenter/focus, with the chunk's own load). */
export function prepare(endpoint: string): void {
  loadConfig(endpoint).catch(() => undefined);
}

/**
 * The callback page to use: `wanted` (the button's `redirect-uri`, resolved against the page) when registered,
 * else the first registered URI on this page's origin.
 */
function chooseRedirectUri(registered: string[], wanted: string | undefined): string {
  if (wanted === undefined) return registered.find((uri) => new URL(uri).origin === location.origin) ?? registered[0];
  let resolved: string | undefined;
  try {
    resolved = new URL(wanted, document.baseURI).href;
  } catch {
    // Not a URL at all: reported below like any unregistered one.
  }
  const match = registered.find((uri) => uri === wanted || uri === resolved);
  if (match) return match;
  throw new CareerkitError({
    code: 'INVALID_REDIRECT_URI',
    status: 0,
    message: `redirect-uri "${wanted}" is not one of the endpoint's registered SmartCV redirect URIs: ${registered.join(', ')}`,
  });
}

async function session(endpoint: string, wantedRedirectUri?: string): Promise<Session> {
  const base = baseUrl(endpoint);
  const { smartcv } = await loadConfig(endpoint);
  if (!smartcv?.authorizeUrl || !smartcv.clientId || !smartcv.redirectUris?.length) {
    throw new CareerkitError({ code: 'INVALID_CLIENT', status: 0, message: 'The endpoint has no SmartCV client configured' });
  }
  // The popup's answer is only accepted from this page; in redirect mode the state records it for the exchange.
  const redirectUri = chooseRedirectUri(smartcv.redirectUris, wantedRedirectUri);
  // A callback page on another origin can hand nothing back to this one (storage and channels are per origin):
  // fail now, naming both, instead of waiting for an answer that cannot come (e.g. 127.0.0.1 vs localhost).
  const callbackOrigin = new URL(redirectUri).origin;
  if (callbackOrigin !== location.origin) {
    throw new CareerkitError({
      code: 'ORIGIN_MISMATCH',
      status: 0,
      message: `This page is on ${location.origin}, but the SmartCV callback page ${redirectUri} is on ${callbackOrigin}: the answer could not come back`,
      fields: { page: location.origin, callback: callbackOrigin },
    });
  }
  const authority = new URL(smartcv.authorizeUrl).origin;
  const client = new OidcClient({
    authority,
    metadata: {
      issuer: authority,
      authorization_endpoint: smartcv.authorizeUrl,
      token_endpoint: new URL('smartcv/token', base).href,
      code_challenge_methods_supported: ['S256'],
    },
    client_id: smartcv.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    // OAuth, not OpenID Connect: without `openid` oidc-client-ts expects no id_token and skips its checks.
    scope: smartcv.scope ?? 'profile:read',
    loadUserInfo: false,
    stateStore: new WebStorageStateStore({ store: sessionStorage, prefix: STATE_PREFIX }),
    staleStateAgeInSeconds: STATE_LIFETIME_S,
    extraHeaders: { 'X-Careerkit': '1' },
    fetchRequestCredentials: 'omit',
  });
  return { client, base, redirectUri };
}

/**
 * Checks the answer against the stored state (single use: the state is removed as it is read, so a second
 * run of the same answer finds nothing), exchanges the code at the endpoint and reads the profile.
 */
async function complete(owner: object, { client, base }: Session, url: string, signal?: AbortSignal): Promise<SignInResult> {
  let state: SigninState;
  let response: Awaited<ReturnType<OidcClient['readSigninResponseState']>>['response'];
  try {
    ({ state, response } = await client.readSigninResponseState(url, true));
  } catch {
    throw invalidState();
  }
  if (state.client_id !== client.settings.client_id || state.authority !== client.settings.authority) throw invalidState();
  if (response.error === 'access_denied') throw cancelled('DENIED', 'The candidate did not share the profile');
  if (response.error) {
    throw new CareerkitError({ code: response.error.toUpperCase(), status: 0, message: response.error_description ?? response.error });
  }
  if (!response.code || !state.code_verifier) throw new CareerkitError({ code: 'INVALID_REQUEST', status: 0, message: 'No code in the answer' });

  // Form-encoded, as oidc-client-ts's own token client posts it, but read here so the endpoint's error code
  // and Retry-After reach the candidate (oidc-client-ts keeps only `error` and `error_description`).
  const token = await call<HandleTokenResponse>(await client.metadataService.getTokenEndpoint(false) ?? new URL('smartcv/token', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: response.code,
      code_verifier: state.code_verifier,
      redirect_uri: state.redirect_uri,
      client_id: state.client_id,
    }),
    signal,
  });
  remember(owner, base, token);
  // POST: browsers always send Origin with it, so the endpoint binds the read to the page's origin alone, also on
  // pages with `Referrer-Policy: no-referrer` behind a TLS proxy.
  const profile = await call<CandidateProfile>(new URL('smartcv/profile', base), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token.access_token}` },
    signal,
  });
  return { profile };
}

const handles = new WeakMap<object, { base: URL; handle: string; timer: ReturnType<typeof setTimeout> }>();

function remember(owner: object, base: URL, token: HandleTokenResponse): void {
  forget(owner);
  const ttl = Math.min(MAX_HANDLE_MS, Math.max(0, (token.expires_in ?? 0) * 1000));
  handles.set(owner, { base, handle: token.access_token, timer: setTimeout(() => forget(owner), ttl) });
}

function forget(owner: object) {
  const held = handles.get(owner);
  if (held) clearTimeout(held.timer);
  handles.delete(owner);
  return held;
}

/** Revokes the handle `owner` holds, if any; answers whether there was one. */
export async function revoke(owner: object): Promise<boolean> {
  const held = forget(owner);
  if (!held) return false;
  await call(new URL('smartcv/revoke', held.base), { method: 'POST', headers: { Authorization: `Bearer ${held.handle}` } });
  return true;
}

/** Waits for the callback page in `popup` to hand back the answer; rejects with POPUP_CLOSED when it is closed. */
function awaitPopup(popup: Window, stateId: string, redirectUri: string, signal?: AbortSignal): Promise<string> {
  const expected = new URL(redirectUri);
  return new Promise((resolve, reject) => {
    const channel = new BroadcastChannel(channelName(stateId));
    const end = () => {
      clearInterval(poll);
      window.removeEventListener('message', onWindowMessage);
      signal?.removeEventListener('abort', onAbort);
      channel.close();
    };
    const accept = (data: unknown) => {
      if (!isCallbackMessage(data) || typeof data.url !== 'string') return;
      const answer = new URL(data.url);
      // Only our callback page, answering this very sign-in.
      if (answer.origin + answer.pathname !== expected.origin + expected.pathname) return;
      if (splitState(answer.searchParams.get('state'))?.id !== stateId) return;
      channel.postMessage({ source: MESSAGE_SOURCE, ack: true });
      end();
      if (!popup.closed) popup.close();
      resolve(data.url);
    };
    // Both ways: the callback posts with our origin as target; we take only its origin and only our popup.
    const onWindowMessage = (event: MessageEvent) => {
      if (event.origin === expected.origin && event.source === popup) accept(event.data);
    };
    const onAbort = () => {
      end();
      if (!popup.closed) popup.close();
      reject(new CareerkitError({ code: 'ABORTED', status: 0, message: 'Sign-in aborted' }));
    };
    window.addEventListener('message', onWindowMessage);
    channel.onmessage = (event) => accept(event.data);
    signal?.addEventListener('abort', onAbort);
    const poll = setInterval(() => {
      if (popup.closed) {
        end();
        reject(cancelled('POPUP_CLOSED', 'The SmartCV window was closed'));
      }
    }, CLOSED_POLL_MS);
  });
}

export interface SignInOptions {
  endpoint: string;
  jobId: string | null;
  /** The button's `redirect-uri`; must be registered (see chooseRedirectUri). */
  redirectUri?: string;
  signal?: AbortSignal;
  /** Popup mode: called once the callback page's answer arrived (the window is closing). */
  answered?: () => void;
  /** Redirect mode, back on the page: called with the flow's state id once its answer is taken, before the exchange. */
  resumed?: (stateId: string) => void;
}

/** Popup mode: `popup` was opened (blank) inside the click; it is sent to SmartCV's consent page here. */
export async function signInWithPopup(owner: object, popup: Window, options: SignInOptions): Promise<SignInResult> {
  let stateId: string | undefined;
  let current: Session | undefined;
  try {
    current = await session(options.endpoint, options.redirectUri);
    const request = await current.client.createSigninRequest({ state: { jobId: options.jobId }, url_state: POPUP_MARK });
    stateId = request.state.id;
    if (popup.closed) throw cancelled('POPUP_CLOSED', 'The SmartCV window was closed');
    popup.location.replace(request.url);
    const answer = await awaitPopup(popup, stateId, current.redirectUri, options.signal);
    options.answered?.();
    return await complete(owner, current, answer, options.signal);
  } catch (error) {
    if (!popup.closed) popup.close();
    throw error;
  } finally {
    // The flow is over either way: no verifier or state outlives it.
    if (stateId) await current?.client.settings.stateStore.remove(stateId);
  }
}

/** Redirect mode, leaving: stores what the returning page needs and answers the authorize URL to navigate to. */
export async function startRedirect(options: SignInOptions & { returnUrl: string }): Promise<{ url: string; stateId: string }> {
  const { client } = await session(options.endpoint, options.redirectUri);
  const request = await client.createSigninRequest({ state: { jobId: options.jobId }, url_state: REDIRECT_MARK });
  const record: RedirectRecord = { state: request.state.id, returnUrl: options.returnUrl, jobId: options.jobId };
  sessionStorage.setItem(REDIRECT_KEY, JSON.stringify(record));
  return { url: request.url, stateId: request.state.id };
}

/** Redirect mode, back on the page: finishes the answer the callback page left for this job (or for no job), if any. */
export async function resumeRedirect(owner: object, options: SignInOptions): Promise<SignInResult | null> {
  const record = readJson<ResponseRecord>(sessionStorage, RESPONSE_KEY);
  if (!record || (record.jobId && record.jobId !== (options.jobId || null))) return null;
  // Read once: a second button, a reload or a StrictMode double mount cannot replay the code.
  sessionStorage.removeItem(RESPONSE_KEY);
  let stateId: string | undefined;
  try {
    stateId = splitState(new URL(record.url).searchParams.get('state'))?.id;
  } catch {
    // Not a URL: no state either.
  }
  if (!stateId) throw invalidState();
  options.resumed?.(stateId);
  return complete(owner, await session(options.endpoint), record.url, options.signal);
}
