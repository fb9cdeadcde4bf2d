/**
 * The lazily loaded half of `<ck-apply-button>` (esbuild chunk `chunks/auth-*.js`, loaded on first
 * hover/focus): runs one sign-in for a button (popup, redirect or resume), then prefills the form and reports
 * the outcome through the button's status line and events. The button shell only renders and opens the popup.
 */
import { CareerkitError } from '../client/errors.js';
import type { Catalog, Params } from '../i18n/translate.js';
import type { CandidateProfile } from '../types.js';
import type { FieldMap } from './field-map.js';
import { errorKey, flowMessages, type FlowKey } from './flow-messages.js';
import { importProfile } from './prefill.js';
import { offerUndo } from './undo.js';
import { offerWaiting } from './waiting.js';
import { restoreDraft, restoreLeftDraft, saveDraft } from './draft.js';
import { Countdown } from '../shared/countdown.js';
import { emit } from '../shared/events.js';
import { resumeRedirect, revoke, signInWithPopup, startRedirect, type SignInResult } from './signin.js';

export { prepare, answerError } from './signin.js';
export { show } from './waiting.js';

/** What the chunk needs of the element (its public surface plus the status line). */
export interface ApplyHost extends HTMLElement {
  jobId?: string;
  mode: 'popup' | 'redirect';
  redirectUri?: string;
  form?: string;
  overwrite: boolean;
  fieldMap: FieldMap;
  busy: boolean;
  coolingDown: boolean;
  readonly resolvedEndpoint: string;
  readonly resolvedLocale: string;
  say(text: string, tone?: 'info' | 'done' | 'error'): void;
  /** Translates with the button's locale (the shell owns the translator, so the chunk shares no module with it). */
  t<K extends string>(catalog: Catalog<K>, key: K, params?: Params): string;
}

const running = new WeakMap<ApplyHost, AbortController>();


/** Aborts the host's running sign-in (closing its popup). */
export function abort(host: ApplyHost): void {
  running.get(host)?.abort();
}

/**
 * Runs a sign-in for `host`: `popup` is the window opened in the click (null when blocked or in redirect
 * mode, which then leaves the page); `undefined` resumes an answer the callback page left for this job.
 */
export async function run(host: ApplyHost, popup: Window | null | undefined): Promise<void> {
  abort(host);
  const controller = new AbortController();
  running.set(host, controller);
  let leaving = false;
  let cancelled = false;
  try {
    const options = { endpoint: host.resolvedEndpoint, jobId: host.jobId || null, redirectUri: host.redirectUri || undefined, signal: controller.signal };
    let result: SignInResult | null = null;
    // Back from SmartCV: what the candidate typed before leaving comes back first, so the profile fills only the rest.
    if (popup === undefined) result = await resumeRedirect(host, { ...options, resumed: (stateId) => restoreDraft(formOf(host), stateId) });
    else if (popup) {
      // "Cancel" or Escape: the window closes and no answer is taken any more (its state is dropped).
      const stop = offerWaiting(host, popup, () => {
        cancelled = true;
        popup.close();
        controller.abort();
      });
      try {
        result = await signInWithPopup(host, popup, { ...options, answered: stop });
      } finally {
        stop();
      }
    } else {
      const { url, stateId } = await startRedirect({ ...options, returnUrl: location.href });
      saveDraft(formOf(host), stateId);
      const reason = host.mode === 'redirect' ? 'mode' : 'popup-blocked';
      if (emit(host, 'ck-redirect', { url, reason: reason as 'mode' | 'popup-blocked' }, true)) {
        leaving = true;
        location.assign(url);
      }
    }
    if (result) imported(host, result.profile);
    else if (!leaving) host.say('');
  } catch (error) {
    // Cancelled: said and reported like a window the candidate closed (the sign-in aborted silently).
    failed(host, cancelled ? new CareerkitError({ code: 'POPUP_CLOSED', status: 0, message: 'Cancelled' }) : error);
  } finally {
    if (running.get(host) === controller) {
      running.delete(host);
      if (!leaving) host.busy = false;
    }
  }
}

/** The form named by the host's `form` (looked up in the host's own tree, then the document). */
function formOf(host: ApplyHost): HTMLFormElement | null {
  const root = host.getRootNode() as Document | ShadowRoot;
  const form = host.form ? (root.getElementById?.(host.form) ?? document.getElementById(host.form)) : null;
  return form instanceof HTMLFormElement ? form : null;
}

function imported(host: ApplyHost, profile: CandidateProfile) {
  const form = formOf(host);
  const result = form ? importProfile(form, profile, host.fieldMap, host.overwrite) : undefined;
  const filled = result?.filled ?? [];
  const t = (key: FlowKey, params?: Params) => host.t(flowMessages, key, params);
  const said = filled.length ? t('importedFields', { count: filled.length }) : t('imported');
  host.say(result?.nameNotSplit ? `${said} ${t('nameNotSplit')}` : said, 'done');
  if (result && form) offerUndo(host, form, result);
  emit(host, 'ck-profile', { profile, jobId: host.jobId ?? null, filled: filled.map((f) => f.name) });
  filled[0]?.focus();
}

/** Back from SmartCV with no answer: what the candidate had typed goes back into the form (see draft.ts). */
export function restoreLeft(host: ApplyHost): void {
  restoreLeftDraft(formOf(host));
}

/** Reports a failed sign-in on `host`: `ck-cancel` for a denial or a closed window, else `ck-error` + message. */
export function failed(host: ApplyHost, error: unknown): void {
  const known = error instanceof CareerkitError;
  const code = known ? error.code : 'UNKNOWN';
  if (code === 'ABORTED') return;
  const t = (key: FlowKey, params?: Params) => host.t(flowMessages, key, params);
  if (code === 'DENIED' || code === 'POPUP_CLOSED') {
    const reason = code === 'DENIED' ? 'denied' : 'closed';
    host.say(t(reason));
    emit(host, 'ck-cancel', { reason, jobId: host.jobId ?? null });
    return;
  }
  const status = known ? error.status : 0;
  let retryAfter = known ? error.retryAfter : undefined;
  let message: string;
  if (status === 429 || code === 'RATE_LIMITED' || code === 'RATE_LIMIT_EXCEEDED') {
    const countdown = new Countdown(() => (host.coolingDown = countdown.active));
    retryAfter = countdown.start(retryAfter);
    message = retryAfter >= 60 ? t('retryMinutes', { n: Math.ceil(retryAfter / 60) }) : t('retrySeconds', { n: retryAfter });
  } else {
    message = t(errorKey(code), known ? { page: '', callback: '', ...error.fields } : undefined);
  }
  host.say(message, 'error');
  // The kit's `ck-error` shape, with the message localized for display; the original stays as `cause`.
  emit(host, 'ck-error', { error: new CareerkitError({ code, status, message, retryAfter, cause: error }) });
}

/** Revokes the handle the host may still hold, aborting a running sign-in first. */
export async function revokeFor(host: ApplyHost): Promise<void> {
  abort(host);
  try {
    emit(host, 'ck-revoke', { revoked: await revoke(host) });
  } catch (error) {
    failed(host, error);
  }
}
