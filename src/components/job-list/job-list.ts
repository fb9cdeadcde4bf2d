import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CareerkitBase, loadClient } from '../../shared/careerkit-base.js';
import { rateLimitedText } from '../../i18n/common.js';
import { Countdown } from '../../shared/countdown.js';
import { LiveRegion } from '../../shared/live-region.js';
import { StillLoading } from '../../shared/still-loading.js';
import type { Country, Job, JobLookups, NamedRef } from '../../types.js';
import { formatNumber, plainText, relativeDate, salaryText } from './format.js';
import { loadCatalog } from './messages.js';
import { StringsController } from '../../i18n/strings.js';
import { styles } from './job-list.styles.js';
import { readUrlState, urlWithState, type ListUrlState } from './url-state.js';
import { heading, headingLevel } from './heading.js';

type Status = 'loading' | 'more' | 'loaded' | 'error' | 'rate-limited';
type FilterKey = 'country' | 'type' | 'category';
type Virtualize = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;

/** Properties whose change means "a different result set": reload from page 1. */
const QUERY_KEYS = ['q', 'country', 'type', 'category', 'pageSize'] as const;
const URL_PROPS = [...QUERY_KEYS, 'page', 'selectedId'];
const SEARCH_DEBOUNCE_MS = 300;

/** Lookups change rarely: one request per endpoint per page. */
const lookupsCache = new Map<string, Promise<JobLookups>>();
let virtualize: Virtualize | undefined;

/** The detail element (and DOMPurify with it) loads on demand, in its own chunk. */
export const loadDetail = () => import('../job-detail/define.js');

/**
 * A job board from The Job Space, through the partner endpoint: search, filters, pages, and an inline detail view.
 *
 * @summary Searchable, filterable list of jobs with an inline job detail.
 * @tag ck-job-list
 *
 * @slot apply - An apply control shown in the job detail (e.g. `<ck-apply-button slot="apply">`); it receives the job id.
 *
 * @fires ck-job-select - A job card was chosen. `detail: {job}`. Cancelable: `preventDefault()` keeps the inline detail closed.
 * @fires ck-jobs-loaded - A page of jobs arrived. `detail: {page, total, items}`.
 * @fires ck-error - Loading failed. `detail: {error: CareerkitError}`.
 *
 * @csspart heading - The list heading.
 * @csspart total - The number of jobs found.
 * @csspart filters - The search and filter form.
 * @csspart search - The search box.
 * @csspart filter - Each filter select.
 * @csspart list - The list of cards.
 * @csspart card - A job card.
 * @csspart logo - The organisation logo (or its initial) on a card.
 * @csspart title - The job title, a link or button that opens the job.
 * @csspart organisation - The organisation name on a card.
 * @csspart meta - Location and job type on a card.
 * @csspart salary - The salary on a card: its own line, wrapped, never cut off.
 * @csspart posted - The posted date on a card.
 * @csspart state - The empty, error, still-loading and rate-limited messages.
 * @csspart button - Every button (retry, clear filters, load more, pages).
 * @csspart filters-toggle - On a narrow list (under 30rem), the "Filters" button that shows or hides the filter selects (also `button`).
 * @csspart clear - The "clear filters" button beside the total (also `button`).
 * @csspart pagination - The numbered pages navigation.
 * @csspart detail - The inline `<ck-job-detail>`.
 *
 * @cssprop --ck-job-card-height - Least height of a card (reserves space while loading); cards grow to fit their content. Default 12.25rem.
 * @cssprop --ck-job-card-min-width - Narrowest a card column gets before the grid reflows. Default 20rem.
 * @cssprop --ck-job-logo-size - Logo size. Default 3rem.
 */
export class CkJobList extends CareerkitBase {
  static override styles = styles;

  /** Jobs per page (1–100). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /** Country filter: an id (or ISO code) from the lookups. */
  @property() country = '';

  /** Job type filter: an id from the lookups. */
  @property() type = '';

  /** Category filter: an id from the lookups. */
  @property() category = '';

  /** Free-text search. */
  @property() q = '';

  /** Current page (with `pagination="more"`: how many pages are shown). */
  @property({ type: Number }) page = 1;

  /** Keep filters, page and the open job in the query string (shareable links; Back works). */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** Prefix of the query-string keys written with `sync-url`. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'jobs_';

  /** Render through @lit-labs/virtualizer (loaded on demand), for lists of thousands of jobs. */
  @property({ type: Boolean }) virtual = false;

  /** `more`: a "load more" button; `pages`: numbered pages. */
  @property() pagination: 'more' | 'pages' = 'more';

  /** `inline`: choosing a job shows `<ck-job-detail>` in place of the list; `none`: only `ck-job-select` fires. */
  @property() detail: 'inline' | 'none' = 'inline';

  /** Controlled mode: render these jobs and fetch nothing. */
  @property({ attribute: false }) jobs?: Job[];

  /** Controlled mode: the total to show (default `jobs.length`). */
  @property({ type: Number }) total?: number;

  /**
   * Level of the list heading (1–5, default 2) to fit the page's outline; card titles are one level below, and the
   * inline detail's title takes this level.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private items: Job[] = [];
  @state() private found = 0;
  @state() private status: Status = 'loading';
  @state() private lookups?: JobLookups;
  @state() private selectedId = '';
  @state() private selectedJob?: Job;
  @state() private virtualReady = false;
  /** On a narrow container the filter selects fold behind a "Filters" button; this opens them. */
  @state() private filtersOpen = false;

  protected override readonly localeStrings = new StringsController(this, loadCatalog);
  #t = this.localeStrings.t;
  #live = new LiveRegion(this);
  #countdown = new Countdown(() => this.requestUpdate());
  #slow = new StillLoading(
    () => this.requestUpdate(),
    () => this.#say(this.#t('stillLoading')),
  );

  constructor() {
    super();
    this.addController(this.#countdown);
    this.addController(this.#slow);
  }
  #abort?: AbortController;
  #queryKey = '';
  #loadedPage = 0;
  #retry?: () => void;
  #searchTimer?: ReturnType<typeof setTimeout>;
  #presets?: ListUrlState;
  #restoring = false;
  #urlReady = false;
  #focus?: 'heading' | 'detail' | 'state' | number;
  #opener = '';
  #brokenLogos = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPopState);
    this.#abort?.abort();
    clearTimeout(this.#searchTimer);
    // Reconnecting starts afresh.
    this.#queryKey = '';
    this.#loadedPage = 0;
  }

  /** Reloads the current query (also what the retry buttons do). */
  reload(): void {
    this.#queryKey = '';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.syncUrl && !this.#presets) {
      // What the page asked for (attributes) is the state a missing URL key means.
      this.#presets = { ...this.#urlState(), page: 1, job: '' };
      if (!this.hasUpdated) this.#applyUrl();
    }
    if (this.hasUpdated && !this.#restoring && !changed.has('page') && QUERY_KEYS.some((k) => changed.has(k))) this.page = 1;
    if (this.jobs) {
      this.items = this.jobs;
      this.found = this.total ?? this.jobs.length;
      this.status = 'loaded';
    }
    if (changed.has('selectedId') && this.selectedId && this.selectedJob?.id !== this.selectedId) {
      this.selectedJob = this.items.find((job) => job.id === this.selectedId);
    }
    // Loads start here, so their "loading" state renders in this same update.
    if (!this.jobs) this.#fetchIfNeeded(changed);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.virtual && !this.virtualReady) void this.#loadVirtualizer();
    if (this.syncUrl && this.#urlReady && !this.#restoring && URL_PROPS.some((k) => changed.has(k))) {
      const url = urlWithState(this.urlPrefix, this.#urlState(), this.#presets!);
      if (url !== location.href) history.pushState(history.state, '', url);
    }
    this.#urlReady = true;
    if (changed.has('selectedId')) {
      if (this.selectedId && this.detail === 'inline') void loadDetail();
      if (!this.selectedId && changed.get('selectedId')) this.#focusCard(this.#opener);
    }
    this.#applyFocus();
  }

  #fetchIfNeeded(changed: PropertyValues): void {
    const key = JSON.stringify([this.resolvedEndpoint, ...QUERY_KEYS.map((k) => this[k])]);
    const more = this.pagination === 'more';
    if (key !== this.#queryKey) {
      this.#queryKey = key;
      void this.#load(false);
    } else if ((changed.has('page') || changed.has('pagination')) && this.page !== this.#loadedPage) {
      if (more && this.page < this.#loadedPage) {
        // Back after "load more": show fewer without refetching.
        this.items = this.items.slice(0, this.page * this.pageSize);
        this.#loadedPage = this.page;
      } else void this.#load(more && this.#loadedPage > 0);
    }
  }

  async #load(append: boolean): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#countdown.stop();
    this.#retry = () => void this.#load(append);
    const t = this.#t;
    const last = this.page;
    const first = append ? this.#loadedPage + 1 : this.pagination === 'more' ? 1 : last;
    this.status = append ? 'more' : 'loading';
    this.#say(t('loading'));
    this.#slow.start();
    this.#loadLookups();
    const query = { pageSize: this.pageSize, q: this.q, country: this.country, type: this.type, category: this.category };
    try {
      const client = await this.client();
      const pageNumbers = Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
      const pages = await Promise.all(pageNumbers.map((page) => client.jobs({ ...query, page }, { signal: abort.signal })));
      if (abort !== this.#abort) return;
      const fresh = pages.flatMap((p) => p.items);
      const total = pages[pages.length - 1].total;
      const lastPage = Math.max(1, Math.ceil(total / this.pageSize));
      if (!fresh.length && total > 0 && last > lastPage) {
        // A stale link asked for a page past the end: show the last one.
        this.page = lastPage;
        this.#queryKey = '';
        return;
      }
      const firstNew = append ? this.items.length : -1;
      this.items = append ? [...this.items, ...fresh] : fresh;
      this.found = total;
      this.#loadedPage = last;
      this.status = 'loaded';
      if (append && fresh.length) this.#focus = firstNew;
      const n = formatNumber(total, this.resolvedLocale);
      const shown = formatNumber(this.items.length, this.resolvedLocale);
      this.#say(
        !total
          ? t(this.#filtersActive ? 'empty' : 'none')
          : append || this.pagination === 'more'
            ? `${t('loaded', { count: total, n })} ${t('loadedMore', { shown, n })}`
            : `${t('loaded', { count: total, n })} ${t('loadedPage', { page: last, pages: lastPage })}`,
      );
      this.emit('ck-jobs-loaded', { page: last, total, items: fresh });
    } catch (caught) {
      const { asCareerkitError } = await loadClient();
      const error = asCareerkitError(caught);
      if (error.isAbort || abort !== this.#abort) return;
      if (error.isRateLimited) {
        this.status = 'rate-limited';
        const seconds = this.#countdown.start(error.retryAfter, () => this.#retry?.());
        this.#say(rateLimitedText(this.#t, seconds, this.resolvedLocale));
      } else {
        this.status = 'error';
        this.#say(t('error'));
      }
      // A failed new search must not leave the previous results under the new query: the message takes their
      // place. A failed "load more" keeps the shown jobs, and its retry takes the focus the vanished button had.
      if (append) this.#focus = 'state';
      else {
        this.items = [];
        this.found = 0;
      }
      this.emit('ck-error', { error });
    } finally {
      if (abort === this.#abort) this.#slow.stop();
    }
  }

  #loadLookups(): void {
    if (this.lookups) return;
    const endpoint = this.resolvedEndpoint;
    let pending = lookupsCache.get(endpoint);
    if (!pending) {
      pending = this.client().then((client) => client.lookups());
      lookupsCache.set(endpoint, pending);
      pending.catch(() => lookupsCache.delete(endpoint));
    }
    pending.then(
      (lookups) => {
        if (endpoint === this.resolvedEndpoint) this.lookups = lookups;
      },
      () => undefined, // filters stay at "All"; the next load asks again
    );
  }

  async #loadVirtualizer(): Promise<void> {
    virtualize ??= (await import('@lit-labs/virtualizer/virtualize.js')).virtualize;
    this.virtualReady = true;
  }

  #say(text: string): void {
    this.#live.say(text);
  }

  get #filtersActive(): boolean {
    return !!(this.q || this.country || this.type || this.category);
  }

  #urlState(): ListUrlState {
    const { q, country, type, category, page } = this;
    return { q, country, type, category, page, job: this.selectedId };
  }

  #applyUrl(): void {
    const next = { ...this.#presets!, ...readUrlState(this.urlPrefix) };
    Object.assign(this, { q: next.q, country: next.country, type: next.type, category: next.category, page: next.page });
    this.selectedId = next.job;
  }

  #onPopState = (): void => {
    if (!this.syncUrl || !this.#presets) return;
    this.#restoring = true;
    this.#applyUrl();
    void this.updateComplete.then(() => (this.#restoring = false));
  };

  #setFilter(key: FilterKey | 'q', value: string): void {
    clearTimeout(this.#searchTimer);
    this[key] = value;
  }

  #clearFilters = (): void => {
    clearTimeout(this.#searchTimer);
    Object.assign(this, { q: '', country: '', type: '', category: '' });
    // The pressed button goes away with the filters: focus moves to the search box rather than to <body>.
    this.renderRoot.querySelector<HTMLElement>('#q')?.focus();
  };

  /** "Try again" and "Try now": the pressed button goes away while loading, so focus moves to the list heading. */
  #retryNow(run: () => void): void {
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    run();
  }

  #onSearchInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#setFilter('q', value), SEARCH_DEBOUNCE_MS);
  };

  #onSearchSubmit = (event: Event): void => {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (input) this.#setFilter('q', input.value.trim());
  };

  #goToPage(page: number): void {
    this.page = page;
    this.#focus = 'heading';
  }

  #select(job: Job, event: MouseEvent): void {
    // Let the browser open a shared link in a new tab or window.
    if (event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!this.emit('ck-job-select', { job }, { cancelable: true }) || this.detail !== 'inline') return;
    this.#opener = job.id;
    this.selectedJob = job;
    this.selectedId = job.id;
    this.#focus = 'detail';
  }

  #closeDetail = (): void => {
    this.selectedId = '';
    this.selectedJob = undefined;
  };

  async #applyFocus(): Promise<void> {
    const target = this.#focus;
    if (target === undefined || this.status === 'loading' || this.status === 'more') return;
    this.#focus = undefined;
    if (target === 'detail') {
      await loadDetail();
      const detail = this.renderRoot.querySelector('ck-job-detail');
      await detail?.updateComplete;
      detail?.focusHeading();
    } else if (target === 'heading') this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    else if (target === 'state') (this.renderRoot.querySelector<HTMLElement>('[part~="state"] button') ?? this.renderRoot.querySelector<HTMLElement>('#heading'))?.focus();
    else this.#focusCard(this.items[target]?.id);
  }

  #focusCard(id: string | undefined): void {
    void this.updateComplete.then(() => {
      const title = id ? this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [part~='title']`) : null;
      (title ?? this.renderRoot.querySelector<HTMLElement>('#heading'))?.focus();
    });
  }

  #jobHref(job: Job): string {
    return urlWithState(this.urlPrefix, { ...this.#urlState(), job: job.id }, this.#presets!);
  }

  override render(): TemplateResult {
    const open = this.detail === 'inline' && !!this.selectedId;
    return html`
      ${this.#live.render()}
      <div class="view" ?hidden=${open}>${this.#renderList()}</div>
      ${open
        ? html`<ck-job-detail
            part="detail"
            .job=${this.selectedJob}
            job-id=${this.selectedId}
            endpoint=${this.resolvedEndpoint}
            locale=${this.resolvedLocale}
            theme=${this.theme ?? nothing}
            heading-level=${headingLevel(this.headingLevel)}
            @ck-job-detail-close=${this.#closeDetail}
            ><slot name="apply" slot="apply"></slot
          ></ck-job-detail>`
        : nothing}
    `;
  }

  #renderList(): TemplateResult {
    const t = this.#t;
    const locale = this.resolvedLocale;
    const { status, items } = this;
    const showItems = items.length > 0 && status !== 'loading';
    return html`
      <div class="header">
        ${heading(headingLevel(this.headingLevel), t('heading'), { id: 'heading', className: 'heading', part: 'heading', focusable: true })}
        <div class="header-end">
          <p part="total" class="total" dir="auto">
            ${status === 'loaded' || status === 'more' ? t('total', { count: this.found, n: formatNumber(this.found, locale) }) : nothing}
          </p>
          ${this.#filtersActive && !this.jobs
            ? html`<button type="button" part="button clear" class="clear" @click=${this.#clearFilters}>${t('clearFilters')}</button>`
            : nothing}
        </div>
      </div>
      ${this.jobs ? nothing : this.#renderFilters()}
      ${status === 'loading' ? this.#renderSlow() : nothing}
      ${status === 'loading'
        ? this.#skeletons(this.pageSize)
        : showItems
          ? this.#renderCards()
          : status === 'loaded'
            ? this.#renderState(t(this.#filtersActive ? 'empty' : 'none'), this.#filtersActive ? t('emptyHint') : '', this.#filtersActive ? [t('clearFilters'), this.#clearFilters] : undefined)
            : nothing}
      ${status === 'more' ? this.#renderSlow() : nothing}
      ${status === 'more' ? this.#skeletons(Math.min(this.pageSize, this.found - items.length)) : nothing}
      ${status === 'error' ? this.#renderState(t('error'), '', [this.#t('retry'), () => this.#retryNow(() => this.#retry?.())], true) : nothing}
      ${status === 'rate-limited'
        ? this.#renderState(rateLimitedText(this.#t, this.#countdown.seconds, locale), '', [this.#t('tryNow'), () => this.#retryNow(this.#countdown.now)], true)
        : nothing}
      ${showItems && status === 'loaded' && !this.jobs ? this.#renderFooter() : nothing}
    `;
  }

  #renderFilters(): TemplateResult {
    const t = this.#t;
    const l = this.lookups;
    const select = (key: FilterKey, label: string, all: string, options: Array<NamedRef | Country> = []) => {
      const value = this[key];
      return html`<div class="field">
        <label for=${key}>${label}</label>
        <select id=${key} part="filter" @change=${(e: Event) => this.#setFilter(key, (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${!value}>${all}</option>
          ${options.map(
            (o) => html`<option value=${o.id} .selected=${!!value && (o.id === value || (o as Country).code === value)}>${o.name}</option>`,
          )}
        </select>
      </div>`;
    };
    const active = [this.country, this.type, this.category].filter(Boolean).length;
    return html`<form part="filters" class="filters ${this.filtersOpen ? 'open' : ''}" role="search" aria-label=${t('filters')} @submit=${this.#onSearchSubmit}>
      <div class="field search">
        <label for="q">${t('search')}</label>
        <input id="q" part="search" type="search" autocomplete="off" enterkeyhint="search" placeholder=${t('searchPlaceholder')} .value=${live(this.q)} @input=${this.#onSearchInput} />
      </div>
      <button type="button" part="button filters-toggle" class="button quiet toggle" aria-controls="country type category" aria-expanded=${this.filtersOpen} @click=${() => (this.filtersOpen = !this.filtersOpen)}>${t('moreFilters')}${active ? ` (${active})` : ''}</button>
      ${select('country', t('country'), t('allCountries'), l?.countries)} ${select('type', t('type'), t('allTypes'), l?.types)}
      ${select('category', t('category'), t('allCategories'), l?.categories)}
    </form>`;
  }

  #renderCards(): TemplateResult {
    const { items } = this;
    if (this.virtual && virtualize) {
      return html`<ul role="list" part="list" class="cards virtual" aria-labelledby="heading">
        ${virtualize({
          items,
          keyFunction: (job: Job) => job.id,
          renderItem: (job: Job, i: number) => html`<li aria-posinset=${i + 1} aria-setsize=${this.found}>${this.#card(job)}</li>`,
        })}
      </ul>`;
    }
    if (this.virtual) return this.#skeletons(this.pageSize);
    return html`<ul role="list" part="list" class="cards" aria-labelledby="heading">
      ${items.map((job) => html`<li>${this.#card(job)}</li>`)}
    </ul>`;
  }

  #card(job: Job): TemplateResult {
    const locale = this.resolvedLocale;
    const title = plainText(job.title);
    const organisation = job.organisation?.name ?? '';
    const place = job.location?.display || [job.location?.city, job.location?.country?.name].filter(Boolean).join(', ');
    const meta = [place, job.type?.name].filter(Boolean);
    const salary = salaryText(job, locale);
    const when = relativeDate(job.postedAt, locale);
    const logo = job.logoUrl && !this.#brokenLogos.has(job.logoUrl) ? job.logoUrl : '';
    const select = (event: MouseEvent) => this.#select(job, event);
    return html`<article part="card" class="card" data-id=${job.id}>
      <div part="logo" class="logo" aria-hidden="true">
        ${logo
          ? html`<img src=${logo} alt="" width="48" height="48" loading="lazy" decoding="async" @error=${() => this.#logoFailed(logo)} />`
          : (organisation || title).trim().charAt(0).toUpperCase()}
      </div>
      <div class="body">
        ${heading(
          headingLevel(this.headingLevel) + 1,
          this.syncUrl
            ? html`<a part="title" dir="auto" href=${this.#jobHref(job)} @click=${select}>${title}</a>`
            : html`<button part="title" dir="auto" type="button" @click=${select}>${title}</button>`,
          { className: 'title', dir: 'auto' },
        )}
        ${organisation ? html`<p part="organisation" class="organisation" dir="auto">${organisation}</p>` : nothing}
        ${meta.length ? html`<p part="meta" class="meta">${meta.map((m, i) => html`${i ? html` <span aria-hidden="true">·</span> ` : nothing}<span dir="auto">${m}</span>`)}</p>` : nothing}
        ${salary ? html`<p part="salary" class="salary" dir="auto">${salary}</p>` : nothing}
        ${when ? html`<p part="posted" class="posted"><time dir="auto" datetime=${job.postedAt!}>${this.#t('posted', { when })}</time></p>` : nothing}
      </div>
    </article>`;
  }

  #logoFailed(url: string): void {
    this.#brokenLogos.add(url);
    this.requestUpdate();
  }

  #skeletons(count: number): TemplateResult {
    return html`<ul role="list" class="cards" aria-hidden="true">
      ${Array.from(
        { length: Math.max(1, count) },
        () => html`<li>
          <div class="card skeleton">
            <div class="logo"></div>
            <div class="body"><span class="bar wide"></span><span class="bar"></span><span class="bar short"></span></div>
          </div>
        </li>`,
      )}
    </ul>`;
  }

  /** After a few seconds of waiting, above the skeletons (also announced once through the live region). */
  #renderSlow(): TemplateResult | typeof nothing {
    return this.#slow.slow ? html`<p part="state" class="still-loading">${this.#t('stillLoading')}</p>` : nothing;
  }

  #renderState(message: string, hint: string, action?: [string, () => void], problem = false): TemplateResult {
    return html`<div part="state" class="state ${problem ? 'problem' : ''}">
      <p class="state-message">${message}</p>
      ${hint ? html`<p class="state-hint">${hint}</p>` : nothing}
      ${action ? html`<button type="button" part="button" class="button" @click=${action[1]}>${action[0]}</button>` : nothing}
    </div>`;
  }

  #renderFooter(): TemplateResult | typeof nothing {
    const t = this.#t;
    const locale = this.resolvedLocale;
    const n = formatNumber(this.found, locale);
    if (this.pagination === 'pages') return this.#renderPages();
    return html`<div class="footer">
      <p class="shown" dir="auto">${t('shown', { shown: formatNumber(this.items.length, locale), n })}</p>
      ${this.items.length < this.found
        ? html`<button type="button" part="button" class="button" @click=${() => (this.page = this.#loadedPage + 1)}>${t('loadMore')}</button>`
        : nothing}
    </div>`;
  }

  #renderPages(): TemplateResult | typeof nothing {
    const t = this.#t;
    const locale = this.resolvedLocale;
    const page = this.page;
    const last = Math.max(1, Math.ceil(this.found / this.pageSize));
    if (last <= 1) return nothing;
    const wanted = [...new Set([1, page - 1, page, page + 1, last])].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
    const chevron = (d: string) =>
      html`<svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d=${d} fill="none" stroke="currentColor" stroke-width="2" /></svg>`;
    return html`<nav part="pagination" class="pages" aria-label=${t('pages')}>
      <ul role="list">
        <li>
          <button type="button" part="button" class="button quiet" aria-label=${t('previous')} ?disabled=${page <= 1} @click=${() => this.#goToPage(page - 1)}>
            ${chevron('M10 3 5 8l5 5')}
          </button>
        </li>
        ${wanted.map(
          (p, i) => html`${i > 0 && p - wanted[i - 1] > 1 ? html`<li class="gap" aria-hidden="true">…</li>` : nothing}
            <li>
              <button
                type="button"
                part="button"
                class="button quiet"
                aria-label=${t('page', { page: formatNumber(p, locale) })}
                aria-current=${p === page ? 'page' : nothing}
                @click=${() => this.#goToPage(p)}
              >
                ${formatNumber(p, locale)}
              </button>
            </li>`,
        )}
        <li>
          <button type="button" part="button" class="button quiet" aria-label=${t('next')} ?disabled=${page >= last} @click=${() => this.#goToPage(page + 1)}>
            ${chevron('M6 3l5 5-5 5')}
          </button>
        </li>
      </ul>
    </nav>`;
  }
}
