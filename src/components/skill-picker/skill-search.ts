/**
 * The combobox's search half: debounced server search with abort and a sequence guard, the listbox options,
 * active-option keyboard handling and the loading (then "still loading"), empty, error and rate-limited messages. Prefetched when the
 * browser is idle, so the picker's first paint only needs the field and chips.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { Countdown } from '../../shared/countdown.js';
import { StillLoading } from '../../shared/still-loading.js';
import { rateLimitedText } from '../../i18n/common.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CareerkitError } from '../../client/errors.js';
import type { TaxonomySkill } from '../../types.js';
import type { PickerHost } from './internal.js';

const SEARCH_DELAY_MS = 150;
const SEARCH_LIMIT = 20;

type Status = 'idle' | 'loading' | 'done' | 'error' | 'rate-limited';

const styles = css`
  .popup {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25rem);
    z-index: var(--ck-skill-picker-z-index, 20);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  /* The listbox scrolls, not the popup: a combobox's own popup needs no tab stop to be scrolled. */
  [role='listbox'] {
    max-block-size: var(--ck-skill-picker-popup-max-height, 20rem);
    overflow: auto;
    padding: 0.25rem;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding: 0.5rem 0.625rem;
    border-radius: var(--_radius-sm);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface-alt);
  }
  .option.active {
    background: var(--_surface-alt);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .check {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1rem;
    block-size: 1rem;
    margin-block-start: 0.125rem;
    box-sizing: border-box;
    border: 1.5px solid var(--_muted);
    border-radius: 4px;
    font-size: 0.75rem;
    line-height: 1;
  }
  [aria-selected='true'] > .check {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  [aria-selected='true'] > .check::before {
    content: '✓';
  }
  .option-text {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-inline-size: 0;
  }
  .also {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  mark {
    background: var(--_highlight);
    color: var(--_text);
    border-radius: 2px;
  }
  .info {
    font-family: Georgia, serif;
    font-style: italic;
    font-weight: 700;
    border: 1px solid var(--_border);
    cursor: help;
  }
  .message.hint {
    border-block-start: 1px solid var(--_border);
  }
  .spinner {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;

/** Wraps each occurrence of the query's words in `<mark>`. */
function highlight(text: string, q: string): TemplateResult | string {
  const words = q.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return text;
  const parts = text.split(new RegExp(`(${words.join('|')})`, 'gi'));
  return html`${parts.map((part, i) => (i % 2 ? html`<mark part="mark">${part}</mark>` : part))}`;
}

export class SkillSearch {
  /** Whether the drop-down is shown (it may show a message without options). */
  open = false;
  results: TaxonomySkill[] = [];
  active = -1;
  private query = '';
  /** The query the shown results answer (highlighting follows it, not the keystrokes since). */
  private searched = '';
  private status: Status = 'idle';
  private readonly countdown: Countdown;
  private readonly slow: StillLoading;
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  /** Increments per search; an answer whose number is not the latest never renders. */
  private seq = 0;

  constructor(private readonly host: PickerHost) {
    host.adopt(styles);
    this.countdown = new Countdown(() => host.requestUpdate());
    this.slow = new StillLoading(
      () => host.requestUpdate(),
      () => host.announce(this.stillLoading),
    );
  }

  private get stillLoading(): string {
    return this.host.t('stillLoading');
  }

  /** True when the listbox is shown (drives `aria-expanded`). */
  get expanded(): boolean {
    return this.open && this.results.length > 0;
  }

  get activeId(): string | undefined {
    return this.expanded && this.active >= 0 ? `option-${this.active}` : undefined;
  }

  get popupOpen(): boolean {
    return this.open && (this.expanded || this.status !== 'idle');
  }

  private set(changes: Partial<Pick<SkillSearch, 'open' | 'results' | 'active'>> & { status?: Status }): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** The text changed: search after a short pause. */
  input(query: string): void {
    this.query = query.trim();
    clearTimeout(this.timer);
    if (!this.query) {
      this.stop();
      this.set({ results: [], status: 'idle', open: false, active: -1 });
      return;
    }
    this.set({ open: true, active: -1 });
    this.timer = setTimeout(() => void this.run(this.query), SEARCH_DELAY_MS);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.stop();
    this.query = '';
    this.set({ results: [], status: 'idle', open: false, active: -1 });
  }

  close(): void {
    this.set({ open: false, active: -1 });
  }

  disconnect(): void {
    clearTimeout(this.timer);
    this.stop();
  }

  private stop(): void {
    this.abort?.abort();
    this.seq++;
    this.host.setPending(false);
    this.countdown.stop();
    this.slow.stop();
  }

  private async run(q: string): Promise<void> {
    this.abort?.abort();
    const controller = (this.abort = new AbortController());
    const seq = ++this.seq;
    this.countdown.stop();
    this.host.setPending(true);
    this.set({ status: 'loading' });
    this.host.announce(this.host.t('loading'));
    this.slow.start();
    try {
      const page = await (await this.host.client()).searchSkills({ q, limit: SEARCH_LIMIT, modelId: this.host.modelId }, { signal: controller.signal });
      if (seq !== this.seq) return;
      const results = Array.isArray(page?.items) ? page.items : [];
      this.searched = q;
      this.set({ results, active: -1, status: 'done' });
      this.host.announce(results.length ? this.host.t('results', { n: results.length }) : this.host.t('noMatch', { q }));
    } catch (error) {
      if (seq !== this.seq || (error instanceof CareerkitError && error.isAbort)) return;
      if (error instanceof CareerkitError && error.isRateLimited) {
        this.startCountdown(error.retryAfter);
      } else {
        this.set({ results: [], active: -1, status: 'error' });
        this.host.announce(this.host.t('error'));
      }
    } finally {
      if (seq === this.seq) {
        this.host.setPending(false);
        this.slow.stop();
      }
    }
  }

  private startCountdown(retryAfter: number | undefined): void {
    this.set({ results: [], active: -1, status: 'rate-limited' });
    const seconds = this.countdown.start(retryAfter, () => {
      if (this.query) void this.run(this.query);
    });
    this.host.announce(rateLimitedText(this.host.t, seconds, this.host.locale));
  }

  private tryNow = (): void => {
    this.countdown.now();
    this.host.focusInput();
  };

  private retry = (): void => {
    if (this.query) {
      this.set({ open: true });
      void this.run(this.query);
    }
    this.host.focusInput();
  };

  private move(index: number): void {
    const count = this.results.length;
    if (!count) return;
    this.set({ active: (index + count) % count });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' }));
  }

  /** Handles the listbox keys; returns true when the key was used (the caller prevents its default). */
  keydown(event: KeyboardEvent): boolean {
    const count = this.results.length;
    const listOpen = this.expanded;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const down = event.key === 'ArrowDown';
        if (!this.open && this.query) {
          this.set({ open: true });
          if (!count && this.status !== 'loading') void this.run(this.query);
          if (event.altKey) return true;
        }
        if (count) this.move(this.active < 0 ? (down ? 0 : count - 1) : this.active + (down ? 1 : -1));
        return true;
      }
      case 'Home':
      case 'End':
        if (!listOpen || this.active < 0) return false;
        this.move(event.key === 'Home' ? 0 : count - 1);
        return true;
      case 'Enter':
        if (!listOpen || this.active < 0) return false;
        this.host.toggle(this.results[this.active]);
        return true;
      case 'Escape':
        if (!this.open) return false;
        this.close();
        return true;
      case 'Tab':
        this.close();
        return false;
      default:
        if (event.altKey && event.code === 'KeyI' && listOpen && this.active >= 0) {
          const option = this.host.renderRoot.querySelector<HTMLElement>(`#option-${this.active}`);
          if (option) this.host.showDetails(this.results[this.active], option);
          return true;
        }
        return false;
    }
  }

  renderOptions(): unknown {
    return this.expanded ? this.results.map((skill, i) => this.renderOption(skill, i)) : nothing;
  }

  private renderOption(skill: TaxonomySkill, index: number): TemplateResult {
    const { t, modelLocale: lang } = this.host;
    const also = skill.matchedLabel && skill.matchedLabel !== skill.preferredLabel ? skill.matchedLabel : '';
    const [before, after = ''] = t('also', { label: '\u0000' }).split('\u0000');
    return html`<div
      id="option-${index}"
      role="option"
      part="option"
      class="option ${index === this.active ? 'active' : ''}"
      aria-selected=${this.host.isSelected(skill.uuid) ? 'true' : 'false'}
      @click=${() => this.host.toggle(skill)}
    >
      <span class="check" aria-hidden="true"></span>
      <span class="option-text">
        <span lang=${ifDefined(lang)}>${highlight(skill.preferredLabel, this.searched)}</span>
        ${also ? html`<span class="also">${before}<span lang=${ifDefined(lang)}>${highlight(also, this.searched)}</span>${after}</span>` : nothing}
      </span>
      ${skill.skillType ? html`<span class="type">${t(skill.skillType)}</span>` : nothing}
      <span
        class="icon info"
        aria-hidden="true"
        title=${t('details', { label: skill.preferredLabel })}
        @click=${(e: Event) => {
          e.stopPropagation();
          this.host.showDetails(skill, (e.currentTarget as HTMLElement).parentElement as HTMLElement);
        }}
        >i</span
      >
    </div>`;
  }

  renderStatus(): unknown {
    if (!this.popupOpen) return nothing;
    const { t } = this.host;
    switch (this.status) {
      case 'loading':
        // The last results stay while the next come; only a slow answer adds a line under them.
        return this.results.length && !this.slow.slow
          ? nothing
          : html`<p class="message" part="message"><span class="spinner" aria-hidden="true"></span>${this.slow.slow ? this.stillLoading : t('loading')}</p>`;
      case 'error':
        return html`<p class="message error" part="message">${t('error')} <button type="button" class="link" @click=${this.retry}>${t('retry')}</button></p>`;
      case 'rate-limited':
        return html`<p class="message error" part="message">
          ${rateLimitedText(this.host.t, this.countdown.seconds, this.host.locale)}
          <button type="button" class="link" @click=${this.tryNow}>${t('tryNow')}</button>
        </p>`;
      default:
        return html`${this.results.length ? nothing : html`<p class="message" part="message">${t('noMatch', { q: this.searched })}</p>`}
        ${this.host.allowCustom && this.query && this.active < 0 ? html`<p class="message hint" part="message">${t('addCustom', { text: this.query })}</p>` : nothing}`;
    }
  }
}
