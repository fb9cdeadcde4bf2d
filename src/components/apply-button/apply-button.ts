// A vanilla custom element, not lit: the script-tag shell must stay a few kB; the sign-in is in the lazy auth chunk.
import { matchLocale, translator, type Catalog, type Params } from '../../i18n/translate.js';
import { onLangChange, resolveEndpoint, resolveLocale } from '../../shared/resolve.js';
import type { CareerkitContext } from '../../client/context.js';
import { emit } from '../../shared/events.js';
import type { FieldMap } from '../../auth/field-map.js';
import { messages } from './messages.js';
import { styles } from './apply-button.styles.js';

type AuthModule = typeof import('../../auth/auth.js');

export type { ApplyCancelDetail, ApplyErrorDetail, ApplyProfileDetail, ApplyRedirectDetail, ApplyRevokeDetail } from '../../shared/events.js';

/** Same literal as RESPONSE_KEY in src/auth/protocol.ts (repeated so the shell imports nothing of the chunk). */
const RESPONSE_KEY = 'careerkit.smartcv.response';
/** Where src/auth/draft.ts keeps what the candidate typed before leaving for SmartCV (redirect mode). */
const DRAFT_PREFIX = 'careerkit.smartcv.draft.';
/** The key of `careerkitContext` (src/client/context.ts), used through the context protocol without @lit/context. */
const CONTEXT = Symbol.for('careerkit.context');

let auth: Promise<AuthModule> | undefined;

/** The redirect answer a button of this page already took up: only one button resumes it, once. */
let claimedAnswer: string | undefined;

function loadAuth(): Promise<AuthModule> {
  auth ??= import('../../auth/auth.js');
  auth.catch(() => (auth = undefined));
  return auth;
}

const SVG = 'http://www.w3.org/2000/svg';

/** One element, built with DOM calls rather than parsed from an HTML string: no Trusted Types sink, so the button
 * renders on pages with `Content-Security-Policy: require-trusted-types-for 'script'`. */
function el(name: string, attributes: Record<string, string> = {}, children: Array<Node | string> = [], ns?: string): Element {
  const node = ns ? document.createElementNS(ns, name) : document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** The shadow content shared by every button: adopted stylesheet (else a `<style>`) and the cloned markup. */
let shared: { sheet: CSSStyleSheet | null; content: DocumentFragment } | undefined;

function render(root: ShadowRoot): void {
  if (!shared) {
    let sheet: CSSStyleSheet | null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    } catch {
      sheet = null;
    }
    const content = document.createDocumentFragment();
    if (!sheet) content.append(el('style', {}, [styles]));
    content.append(
      el('button', { part: 'button', type: 'button' }, [
        el(
          'svg',
          { part: 'mark', viewBox: '0 0 20 20', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
          [el('rect', { x: '1.5', y: '1.5', width: '17', height: '17', rx: '4.5' }, [], SVG), el('path', { d: 'M9 7.2a2.8 2.8 0 1 0 0 5.6M11 7.2l1.6 5.6 1.6-5.6' }, [], SVG)],
          SVG,
        ),
        el('span', { part: 'spinner', class: 'spin' }),
        el('span', { part: 'label' }),
      ]),
      // Once used, the status area keeps room for three lines and a row of buttons: what it says later moves nothing.
      el('div', { class: 'area' }, [el('p', { part: 'status', role: 'status' })]),
    );
    shared = { sheet, content };
  }
  if (shared.sheet) root.adoptedStyleSheets = [shared.sheet];
  root.append(shared.content.cloneNode(true));
}

/** Public properties a page may set before the tag is defined. */
const PROPERTIES = ['endpoint', 'locale', 'theme', 'jobId', 'mode', 'redirectUri', 'form', 'overwrite', 'variant', 'size', 'disabled', 'fieldMap', 'busy'];

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
 * @csspart status - The polite live region with the outcome. From the first click on, the status area under the
 *   button keeps room for three lines and a row of buttons, so later messages do not move the page.
 * @csspart undo - "Undo import", shown after an import that filled fields (puts back what they held before).
 * @csspart show - "Show window", while the SmartCV window is open (a second click on the button does the same).
 * @csspart cancel - "Cancel", while the SmartCV window is open: closes it and ends the sign-in (so does Escape).
 *
 * @cssprop --ck-apply-background - Background of the primary variant (default: the accent colour).
 * @cssprop --ck-apply-color - Text colour of the primary variant.
 */
export class CkApplyButton extends HTMLElement {
  static observedAttributes = ['endpoint', 'locale', 'theme', 'job-id', 'mode', 'redirect-uri', 'form', 'overwrite', 'variant', 'size', 'disabled'];

  /**
   * URL of the partner endpoint (wins over `<ck-provider>` and `configure()`).
   * @attr endpoint
   */
  get endpoint(): string | undefined {
    return this.#attr('endpoint');
  }
  set endpoint(value: string | undefined) {
    this.#reflect('endpoint', value);
  }

  /**
   * BCP 47 locale of the UI text; default: the provider's, else the page's `lang`.
   * @attr locale
   */
  get locale(): string | undefined {
    return this.#attr('locale');
  }
  set locale(value: string | undefined) {
    this.#reflect('locale', value);
  }

  /**
   * Colour theme: `light`, `dark`, or unset to follow the page's `color-scheme`.
   * @attr theme
   */
  get theme(): 'light' | 'dark' | undefined {
    return this.#attr('theme') as 'light' | 'dark' | undefined;
  }
  set theme(value: 'light' | 'dark' | undefined) {
    this.#reflect('theme', value);
  }

  /**
   * The job applied to; comes back in every event and survives the redirect.
   * @attr job-id
   */
  get jobId(): string | undefined {
    return this.#attr('job-id');
  }
  set jobId(value: string | undefined) {
    this.#reflect('job-id', value);
  }

  /**
   * `popup` (default; falls back to a redirect when blocked) or `redirect` (leaves the page and comes back).
   * @attr mode
   */
  get mode(): 'popup' | 'redirect' {
    return this.#attr('mode') === 'redirect' ? 'redirect' : 'popup';
  }
  set mode(value: 'popup' | 'redirect') {
    this.#reflect('mode', value);
  }

  /**
   * The SmartCV callback page to come back to: one of the endpoint's registered redirect URIs (`/config`'s
   * `smartcv.redirectUris`), matched exactly after resolving against the page URL (so `/callback.html` works).
   * Anything else fails with `ck-error` code `INVALID_REDIRECT_URI`, before any window or page is sent to SmartCV.
   * Default: the first registered URI on the page's origin.
   * @attr redirect-uri
   */
  get redirectUri(): string | undefined {
    return this.#attr('redirect-uri');
  }
  set redirectUri(value: string | undefined) {
    this.#reflect('redirect-uri', value);
  }

  /**
   * Id of the form to prefill (looked up in the button's own tree).
   * @attr form
   */
  get form(): string | undefined {
    return this.#attr('form');
  }
  set form(value: string | undefined) {
    this.#reflect('form', value);
  }

  /**
   * Also replace fields that already have a value.
   * @attr overwrite
   */
  get overwrite(): boolean {
    return this.hasAttribute('overwrite');
  }
  set overwrite(value: boolean) {
    this.#reflect('overwrite', value);
  }

  /**
   * Look: `primary` (default), `neutral` or `outline`.
   * @attr variant
   */
  get variant(): 'primary' | 'neutral' | 'outline' {
    return (this.#attr('variant') as 'neutral' | 'outline' | undefined) ?? 'primary';
  }
  set variant(value: 'primary' | 'neutral' | 'outline') {
    this.#reflect('variant', value);
  }

  /**
   * `small`, `medium` (default) or `large`.
   * @attr size
   */
  get size(): 'small' | 'medium' | 'large' {
    return (this.#attr('size') as 'small' | 'large' | undefined) ?? 'medium';
  }
  set size(value: 'small' | 'medium' | 'large') {
    this.#reflect('size', value);
  }

  /**
   * Disables the button.
   * @attr disabled
   */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(value: boolean) {
    this.#reflect('disabled', value);
  }

  #fieldMap: FieldMap = {};
  /** Profile key → form field name(s), merged over the default map (see field-map.ts); `null` turns a key off. */
  get fieldMap(): FieldMap {
    return this.#fieldMap;
  }
  set fieldMap(value: FieldMap) {
    this.#fieldMap = value ?? {};
  }

  #busy = false;
  /** True while a sign-in runs. */
  get busy(): boolean {
    return this.#busy;
  }
  set busy(value: boolean) {
    this.#busy = value;
    this.#requestUpdate();
  }

  #coolingDown = false;
  /**
   * True while SmartCV asks to wait (rate limit).
   * @internal
   */
  get coolingDown(): boolean {
    return this.#coolingDown;
  }
  /** @internal */
  set coolingDown(value: boolean) {
    this.#coolingDown = value;
    this.#requestUpdate();
  }

  /** What the nearest `<ck-provider>` hands down (context protocol). */
  #provided?: CareerkitContext;
  #unsubscribe?: () => void;
  #stopLang?: () => void;
  #status = '';
  #tone = 'info';
  #pending?: Promise<boolean>;
  /** The job id a redirect answer was last looked for with (undefined: look again, e.g. after reconnecting). */
  #resumeCheckedFor?: string | null;
  #button: HTMLButtonElement;
  #icon: Element;
  #mark: Element;
  #spinner: Element;
  #label: Element;
  #statusLine: HTMLElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    render(root);
    const $ = (selector: string) => root.querySelector(selector)!;
    this.#button = $('button') as HTMLButtonElement;
    this.#icon = this.#mark = $('svg');
    this.#spinner = $('.spin');
    this.#spinner.remove();
    this.#label = $('[part=label]');
    this.#statusLine = $('p') as HTMLElement;
    this.#button.addEventListener('click', this.#onClick);
    this.#button.addEventListener('pointerenter', this.#prefetch);
    this.#button.addEventListener('focus', this.#prefetch);
    // Properties set before the tag was defined are own properties hiding the accessors: re-apply them.
    const self = this as unknown as Record<string, unknown>;
    for (const name of PROPERTIES) {
      if (Object.hasOwn(this, name)) {
        const value = self[name];
        delete self[name];
        self[name] = value;
      }
    }
  }

  /** The endpoint actually used: own `endpoint`, else `<ck-provider>`, else `configure()`, else `/careerkit`. */
  get resolvedEndpoint(): string {
    return resolveEndpoint(this.endpoint, this.#provided);
  }

  /**
   * The locale actually used (always a tag the Intl APIs accept): own `locale`, else `<ck-provider>`, else
   * `configure()`, else the closest `lang` on the page (followed when it changes), else the browser's.
   */
  get resolvedLocale(): string {
    return resolveLocale(this, this.locale, this.#provided);
  }

  /** Resolves once pending changes are rendered. */
  get updateComplete(): Promise<boolean> {
    return this.#pending ? this.#pending.then(() => this.updateComplete) : Promise.resolve(true);
  }

  connectedCallback(): void {
    // The context protocol, as @lit/context's consumer speaks it; <ck-provider> answers and keeps us subscribed.
    this.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: CONTEXT,
      contextTarget: this,
      callback: this.#onContext,
      subscribe: true,
    }));
    this.#stopLang ??= onLangChange(() => this.#requestUpdate());
    this.#requestUpdate();
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#stopLang?.();
    this.#stopLang = undefined;
    this.#resumeCheckedFor = undefined;
    auth?.then((a) => a.abort(this), () => undefined);
  }

  attributeChangedCallback(): void {
    this.#requestUpdate();
  }

  /** Sets the polite status line. @internal */
  say(text: string, tone: 'info' | 'done' | 'error' = 'info'): void {
    this.#status = text;
    this.#tone = tone;
    this.#requestUpdate();
  }

  /** Translates with this button's locale. @internal */
  t<K extends string>(catalog: Catalog<K>, key: K, params?: Params): string {
    return translator(catalog, this.resolvedLocale)(key, params);
  }

  /** Forgets the sign-in: aborts a running one and revokes the handle it may still hold (then `ck-revoke`). */
  async revoke(): Promise<void> {
    if (auth) await (await loadAuth()).revokeFor(this);
    else emit(this, 'ck-revoke', { revoked: false });
  }

  /** Stable identity: a provider may call it again with new values, or a new provider with its own unsubscribe. */
  #onContext = (value: CareerkitContext, unsubscribe?: () => void) => {
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.#provided = value;
    this.#requestUpdate();
  };

  #attr(name: string): string | undefined {
    return this.getAttribute(name) ?? undefined;
  }

  #reflect(name: string, value: string | boolean | null | undefined): void {
    if (value == null || value === false) this.removeAttribute(name);
    else this.setAttribute(name, value === true ? '' : value);
  }

  /** Batches changes into one render in a microtask (so properties set right after connecting count too). */
  #requestUpdate(): void {
    this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      this.#update();
      return true;
    });
  }

  #update(): void {
    this.#resumeIfAnswered();
    const locale = this.resolvedLocale;
    const lang = matchLocale(locale);
    const button = this.#button;
    const label = translator(messages, locale)('label');
    button.lang = lang;
    button.disabled = this.disabled;
    button.setAttribute('aria-busy', String(this.busy));
    if (this.busy || this.coolingDown) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
    const icon = this.busy ? this.#spinner : this.#mark;
    if (icon !== this.#icon) this.#icon.replaceWith((this.#icon = icon));
    if (this.#label.textContent !== label) this.#label.textContent = label;
    const line = this.#statusLine;
    line.className = this.#tone;
    line.lang = lang;
    // Only on change: rewriting the same text could make screen readers announce it again.
    if (line.textContent !== this.#status) line.textContent = this.#status;
  }

  /**
   * Redirect mode, back from SmartCV: the callback page left the answer for the button of its job (any button
   * when it has none). Looked for on connecting and whenever the job id changes, since the id may arrive late
   * (handed over by `<ck-job-detail>`).
   */
  #resumeIfAnswered(): void {
    const jobId = this.jobId || null;
    if (!this.isConnected || this.busy || this.#resumeCheckedFor === jobId) return;
    this.#resumeCheckedFor = jobId;
    try {
      const raw = sessionStorage.getItem(RESPONSE_KEY);
      if (!raw) {
        claimedAnswer = undefined;
        // Back from SmartCV's page without an answer: the draft saved on leaving goes back into the form.
        // Drafts exist only after a redirect sign-in in this tab; the chunk checks the rest (page, Back navigation).
        if (this.form && Object.keys(sessionStorage).some((key) => key.startsWith(DRAFT_PREFIX))) loadAuth().then((a) => a.restoreLeft(this), () => undefined);
      }
      if (!raw || raw === claimedAnswer) return;
      const waiting = JSON.parse(raw) as { jobId?: string | null } | null;
      if (!waiting || (waiting.jobId && waiting.jobId !== jobId)) return;
      claimedAnswer = raw;
      this.#start();
    } catch {
      // Storage blocked or unreadable: nothing to resume.
    }
  }

  #prefetch = () => {
    loadAuth().then((a) => a.prepare(this.resolvedEndpoint), () => undefined);
  };

  #onClick = () => {
    // A second click while the SmartCV window is open brings it back (never a second window).
    if (this.busy) return void auth?.then((a) => a.show(this));
    if (this.disabled || this.coolingDown) return;
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
        void import('../../client/errors.js').then(
          ({ CareerkitError }) => emit(this, 'ck-error', { error: new CareerkitError({ code: 'NETWORK', status: 0, message: t('offline'), cause }) }),
          // Even the tiny error module did not load (offline): the status line already says so.
          () => undefined,
        );
      },
    );
  }
}
