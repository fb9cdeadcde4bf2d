import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CareerkitBase } from '../../shared/careerkit-base.js';
import { matchLocale, translator, type Catalog, type Params } from '../../i18n/translate.js';
import type { CandidateProfile } from '../../types.js';
import type { CareerkitError } from '../../client/errors.js';
import type { FieldMap } from './field-map.js';
import { messages } from './messages.js';
import { styles } from './apply-button.styles.js';

type AuthModule = typeof import('../../auth/auth.js');

export interface ApplyProfileDetail {
  profile: CandidateProfile;
  jobId: string | null;
  /** Names of the form fields that were filled, in document order. */
  filled: string[];
}
export interface ApplyCancelDetail {
  /** `denied`: the candidate chose not to share; `closed`: the SmartCV window was closed. */
  reason: 'denied' | 'closed';
  jobId: string | null;
}
/** The kit's shared `ck-error` shape; here `error.message` is localized and ready to show, and
 * `error.retryAfter` says when a new try may succeed. */
export interface ApplyErrorDetail {
  error: CareerkitError;
}
export interface ApplyRedirectDetail {
  /** SmartCV's authorize URL. */
  url: string;
  reason: 'mode' | 'popup-blocked';
}
export interface ApplyRevokeDetail {
  /** Whether a handle was held and revoked. */
  revoked: boolean;
}

/** Same literal as RESPONSE_KEY in src/auth/protocol.ts (repeated so the shell imports nothing of the chunk). */
const RESPONSE_KEY = 'careerkit.smartcv.response';

let auth: Promise<AuthModule> | undefined;

function loadAuth(): Promise<AuthModule> {
  auth ??= import('../../auth/auth.js');
  auth.catch(() => (auth = undefined));
  return auth;
}

const MARK = html`<svg part="mark" viewBox="0 0 20 20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
  <rect x="1.5" y="1.5" width="17" height="17" rx="4.5" />
  <path d="M9 7.2a2.8 2.8 0 1 0 0 5.6M11 7.2l1.6 5.6 1.6-5.6" />
</svg>`;

/**
 * "Apply with SmartCV": signs the candidate in with SmartCV (OAuth code + PKCE through the partner endpoint),
 * reads their profile and, with `form`, prefills the empty fields of the application form for them to review.
 * It never submits the form. The sign-in code is loaded on first hover/focus, so the button itself stays tiny.
 *
 * @summary Apply with SmartCV: import the candidate's profile into your application form.
 * @tag ck-apply-button
 *
 * @fires ck-profile - The profile was imported (`detail`: `{profile, jobId, filled}`); fields were filled first.
 * @fires ck-cancel - The candidate denied access or closed the SmartCV window (`detail`: `{reason, jobId}`).
 * @fires ck-error - The import failed (`detail.error`: a CareerkitError with `code`, a localized `message`, `retryAfter`).
 * @fires ck-redirect - About to leave the page for SmartCV (redirect mode, or a blocked popup); cancelable:
 *   `preventDefault()` and navigate to `detail.url` yourself.
 * @fires ck-revoke - `revoke()` finished (`detail`: `{revoked}`).
 *
 * @csspart button - The button.
 * @csspart mark - The SmartCV mark.
 * @csspart spinner - The busy indicator.
 * @csspart label - The button text.
 * @csspart status - The polite live region with the outcome.
 *
 * @cssprop --ck-apply-background - Background of the primary variant (default: the accent colour).
 * @cssprop --ck-apply-color - Text colour of the primary variant.
 */
export class CkApplyButton extends CareerkitBase {
  static override styles = styles;

  /** The job applied to; comes back in every event and survives the redirect. */
  @property({ attribute: 'job-id', reflect: true }) jobId?: string;

  /** `popup` (default; falls back to a redirect when blocked) or `redirect` (leaves the page and comes back). */
  @property({ reflect: true }) mode: 'popup' | 'redirect' = 'popup';

  /** Id of the form to prefill (looked up in the button's own tree). */
  @property() form?: string;

  /** Also replace fields that already have a value. */
  @property({ type: Boolean }) overwrite = false;

  /** Look: `primary` (default), `neutral` or `outline`. */
  @property({ reflect: true }) variant: 'primary' | 'neutral' | 'outline' = 'primary';

  /** `small`, `medium` (default) or `large`. */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Profile key → form field name(s), merged over the default map (see field-map.ts); `null` turns a key off. */
  @property({ attribute: false }) fieldMap: FieldMap = {};

  /** True while a sign-in runs. */
  @state() busy = false;

  /** True while SmartCV asks to wait (rate limit). @internal */
  @state() coolingDown = false;

  @state() private status = '';
  @state() private tone = 'info';

  /** Sets the polite status line. @internal */
  say(text: string, tone: 'info' | 'done' | 'error' = 'info'): void {
    this.status = text;
    this.tone = tone;
  }

  /** Translates with this button's locale. @internal */
  t<K extends string>(catalog: Catalog<K>, key: K, params?: Params): string {
    return translator(catalog, this.resolvedLocale)(key, params);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated) return;
    // Redirect mode, back from SmartCV: the callback page left the answer for the button of this job.
    try {
      const waiting = JSON.parse(sessionStorage.getItem(RESPONSE_KEY) ?? 'null') as { jobId?: string | null } | null;
      if (waiting && (waiting.jobId ?? null) === (this.jobId ?? null)) this.#start();
    } catch {
      // Storage blocked or unreadable: nothing to resume.
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    auth?.then((a) => a.abort(this), () => undefined);
  }

  /** Forgets the sign-in: aborts a running one and revokes the handle it may still hold (then `ck-revoke`). */
  async revoke(): Promise<void> {
    if (auth) await (await loadAuth()).revokeFor(this);
    else this.emit<ApplyRevokeDetail>('ck-revoke', { revoked: false });
  }

  #prefetch = () => {
    loadAuth().then((a) => a.prepare(this.resolvedEndpoint), () => undefined);
  };

  #onClick = () => {
    if (this.disabled || this.busy || this.coolingDown) return;
    // Opened now, inside the click's user activation; sent to SmartCV once the auth chunk and config are ready.
    let popup: Window | null = null;
    if (this.mode !== 'redirect') {
      try {
        popup = window.open('', 'careerkit-smartcv', `popup,width=480,height=680,left=${screenX + outerWidth / 2 - 240},top=${screenY + outerHeight / 2 - 340}`);
      } catch {
        // Treated as blocked: the sign-in falls back to a redirect.
      }
      if (popup?.closed) popup = null;
    }
    this.#start(popup);
  };

  /** `popup` undefined: resume a redirect answer. */
  #start(popup?: Window | null) {
    const t = translator(messages, this.resolvedLocale);
    this.busy = true;
    this.say(t('waiting'));
    loadAuth().then(
      (a) => a.run(this, popup),
      (cause: unknown) => {
        popup?.close();
        this.busy = false;
        this.say(t('offline'), 'error');
        const error = Object.assign(new Error(t('offline'), { cause }), { name: 'CareerkitError', code: 'NETWORK', status: 0 });
        this.emit<ApplyErrorDetail>('ck-error', { error: error as unknown as CareerkitError });
      },
    );
  }

  override render() {
    const locale = this.resolvedLocale;
    const t = translator(messages, locale);
    return html`<button
        part="button"
        type="button"
        lang=${matchLocale(locale)}
        ?disabled=${this.disabled}
        aria-busy=${this.busy ? 'true' : 'false'}
        aria-disabled=${this.busy || this.coolingDown ? 'true' : nothing}
        @click=${this.#onClick}
        @pointerenter=${this.#prefetch}
        @focus=${this.#prefetch}
      >
        ${this.busy ? html`<span part="spinner" class="spin"></span>` : MARK}<span part="label">${t('label')}</span>
      </button>
      <p part="status" class=${this.tone} role="status" lang=${matchLocale(locale)}>${this.status}</p>`;
  }
}
