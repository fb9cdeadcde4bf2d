import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CareerkitBase } from '../../shared/careerkit-base.js';
import { asCareerkitError, type CareerkitError } from '../../client/errors.js';
import { rateLimitedText } from '../../i18n/common.js';
import { Countdown } from '../../shared/countdown.js';
import { LiveRegion } from '../../shared/live-region.js';
import { StillLoading } from '../../shared/still-loading.js';
import type { Job } from '../../types.js';
import { calendarDate, plainText, relativeDate, salaryText } from '../job-list/format.js';
import { loadCatalog } from './messages.js';
import { StringsController } from '../../i18n/strings.js';
import { styles } from './job-detail.styles.js';
import { heading, headingLevel } from '../job-list/heading.js';
import { takeSkillBlock, type TaggedSkill } from '../job-editor/skill-block.js';

type Status = 'idle' | 'loading' | 'loaded' | 'error' | 'rate-limited';

export type { JobLoadedDetail } from '../../shared/events.js';

/** DOMPurify (~8 kB gzip) arrives only when a description is shown. */
const loadSanitizer = () => import('./sanitize.js');

/**
 * One job: title, organisation, facts, the description (sanitized with DOMPurify), and a slot for an apply control.
 *
 * @summary A job's details with a sanitized description and an apply slot.
 * @tag ck-job-detail
 *
 * @slot apply - The partner's apply control. Slotted elements with a `jobId` property or a `job-id` attribute
 *   (e.g. `<ck-apply-button>`) receive the job id.
 *
 * @fires ck-job-loaded - A job is shown in full, once per job: after its fetch, or when `.job` is set with its
 *   description. `detail: {job}`.
 * @fires ck-job-detail-close - The back/close control was used.
 * @fires ck-error - The job could not be loaded. `detail: {error: CareerkitError}`.
 *
 * @csspart base - The whole article.
 * @csspart back - The back/close button (also `button`).
 * @csspart button - Every button.
 * @csspart header - Logo, title and organisation.
 * @csspart logo - The organisation logo (or its initial).
 * @csspart title - The job title heading.
 * @csspart organisation - The organisation name.
 * @csspart meta - The list of facts (location, type, salary, dates).
 * @csspart apply - Wrapper of the apply slot: right under the title on a narrow detail (under 40rem, e.g. a phone), under the facts on a wider one.
 * @csspart description - The sanitized description.
 * @csspart skills - The ESCO skills tagged by `<ck-job-editor>`; each chip is `skill` plus `essential` or `optional`.
 * @csspart state - The still-loading, error and rate-limited messages.
 *
 * @cssprop --ck-job-detail-max-width - Widest the text column gets. Default 48rem.
 * @cssprop --ck-job-logo-size - Logo size. Default 3rem.
 */
export class CkJobDetail extends CareerkitBase {
  static override styles = styles;

  /** The job to show. Without `descriptionHtml` (a list item), the full job is fetched by its id. */
  @property({ attribute: false }) job?: Job;

  /** Id of the job to fetch and show (`client.job(id)`). */
  @property({ attribute: 'job-id', reflect: true }) jobId = '';

  /** Level of the job title heading (1–5, default 2; 1 on a stand-alone job page), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private fetched?: Job;
  @state() private status: Status = 'idle';
  @state() private error?: CareerkitError;
  @state() private description?: HTMLDivElement;
  /** ESCO skills tagged by `<ck-job-editor>` (a marked list in the description), shown as chips. */
  @state() private skills: TaggedSkill[] = [];
  @state() private brokenLogo?: string;
  /** Something is in the apply slot (also through the list's forwarded slot). */
  @state() private hasApply = false;

  protected override readonly localeStrings = new StringsController(this, loadCatalog);
  #t = this.localeStrings.t;
  #live = new LiveRegion(this);
  #countdown = new Countdown(() => this.requestUpdate());
  #slow = new StillLoading(
    () => this.requestUpdate(),
    () => this.#say(this.#t('stillLoading')),
  );
  #abort?: AbortController;

  constructor() {
    super();
    this.addController(this.#countdown);
    this.addController(this.#slow);
  }
  #sanitizedFrom?: string;
  /** The job `ck-job-loaded` was last fired for. */
  #announcedJob?: Job;

  /** The job being shown: the fetched one when it matches, else the one given. */
  get shownJob(): Job | undefined {
    const id = this.jobId || this.job?.id;
    if (this.fetched && this.fetched.id === id) return this.fetched;
    return this.job && (!this.jobId || this.job.id === this.jobId) ? this.job : undefined;
  }

  /** Moves focus to the job title (or the back button while loading). */
  focusHeading(): void {
    (this.renderRoot.querySelector<HTMLElement>('#title') ?? this.renderRoot.querySelector<HTMLElement>('.back'))?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('job') || changed.has('jobId') || changed.has('endpoint')) {
      const given = this.job && (!this.jobId || this.job.id === this.jobId) ? this.job : undefined;
      const id = this.jobId || given?.id;
      if (given?.descriptionHtml !== undefined || !id) {
        this.#abort?.abort();
        this.#slow.stop();
        this.status = given ? 'loaded' : 'idle';
      } else if (this.fetched?.id !== id) void this.#fetch(id);
    }
  }

  protected override updated(): void {
    const job = this.shownJob;
    const source = job?.descriptionHtml ?? '';
    if (source !== this.#sanitizedFrom) {
      this.#sanitizedFrom = source;
      void loadSanitizer().then(({ sanitizeDescription }) => {
        if (this.#sanitizedFrom !== source) return;
        const container = source ? sanitizeDescription(source) : undefined;
        this.skills = container ? takeSkillBlock(container) : [];
        // A description that was only the skill list leaves no prose: the summary shows instead.
        this.description = container && (container.textContent?.trim() || container.querySelector('img')) ? container : undefined;
      });
    }
    this.#passJobId();
    const loaded = this.status === 'loaded' ? this.shownJob : undefined;
    if (loaded !== this.#announcedJob) {
      this.#announcedJob = loaded;
      if (loaded) this.emit('ck-job-loaded', { job: loaded });
    }
  }

  async #fetch(id: string): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#countdown.stop();
    const t = this.#t;
    this.status = 'loading';
    this.#say(t('loading'));
    this.#slow.start();
    try {
      const job = await (await this.client()).job(id, { signal: abort.signal });
      if (abort !== this.#abort) return;
      this.fetched = job;
      this.status = 'loaded';
      this.#say(t('loaded', { title: plainText(job.title) }));
    } catch (caught) {
      const error = asCareerkitError(caught);
      if (error.isAbort || abort !== this.#abort) return;
      this.error = error;
      if (error.isRateLimited) {
        this.status = 'rate-limited';
        const seconds = this.#countdown.start(error.retryAfter, () => void this.#fetch(id));
        this.#say(rateLimitedText(this.#t, seconds, this.resolvedLocale));
      } else {
        this.status = 'error';
        this.#say(t(error.code === 'NOT_FOUND' ? 'notFound' : 'error'));
      }
      this.emit('ck-error', { error });
    } finally {
      if (abort === this.#abort) this.#slow.stop();
    }
  }

  #say(text: string): void {
    this.#live.say(text);
  }

  /** Hands the job id to apply controls in the slot (also through a forwarded slot). */
  #passJobId = (): void => {
    const id = this.shownJob?.id ?? this.jobId;
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="apply"]');
    if (!id || !slot) return;
    for (const element of slot.assignedElements({ flatten: true })) {
      const target = element as Element & { jobId?: string };
      if ('jobId' in target) target.jobId = id;
      if ('jobId' in target || target.hasAttribute('job-id') || target.localName.includes('-')) target.setAttribute('job-id', id);
    }
  };

  #onApplySlot = (event: Event): void => {
    this.hasApply = (event.target as HTMLSlotElement).assignedElements({ flatten: true }).length > 0;
    this.#passJobId();
  };

  /** "Try again": the pressed button goes away while loading, so focus moves to the back button, not <body>. */
  #retryNow = (): void => {
    this.renderRoot.querySelector<HTMLElement>('.back')?.focus();
    void this.#fetch(this.jobId);
  };

  #tryNow = (): void => {
    this.renderRoot.querySelector<HTMLElement>('.back')?.focus();
    this.#countdown.now();
  };

  #close = (): void => {
    this.emit('ck-job-detail-close', {});
  };

  override render(): TemplateResult {
    const t = this.#t;
    const job = this.shownJob;
    return html`
      ${this.#live.render()}
      <article part="base" class="detail" aria-labelledby=${job ? 'title' : nothing}>
        <button type="button" part="button back" class="back" @click=${this.#close}>
          <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
          ${t('back')}
        </button>
        ${job ? this.#renderJob(job) : this.#renderStatus()}
      </article>
    `;
  }

  #renderStatus(): TemplateResult | typeof nothing {
    const t = this.#t;
    const { status, error } = this;
    if (status === 'loading')
      return html`${this.#renderSlow()}<div class="skeleton" aria-hidden="true"><span class="bar title"></span><span class="bar"></span><span class="bar"></span><span class="bar short"></span></div>`;
    if (status === 'error')
      return html`<div part="state" class="state">
        <p>${t(error?.code === 'NOT_FOUND' ? 'notFound' : 'error')}</p>
        ${error?.code === 'NOT_FOUND'
          ? nothing
          : html`<button type="button" part="button" class="button" @click=${this.#retryNow}>${this.#t('retry')}</button>`}
      </div>`;
    if (status === 'rate-limited')
      return html`<div part="state" class="state">
        <p>${rateLimitedText(this.#t, this.#countdown.seconds, this.resolvedLocale)}</p>
        <button type="button" part="button" class="button" @click=${this.#tryNow}>${this.#t('tryNow')}</button>
      </div>`;
    return nothing;
  }

  /** After a few seconds of waiting, above the placeholder (also announced once through the live region). */
  #renderSlow(): TemplateResult | typeof nothing {
    return this.#slow.slow ? html`<p part="state" class="still-loading">${this.#t('stillLoading')}</p>` : nothing;
  }

  // Upstream text is in any language: dir="auto" keeps its reading order inside a page of the other direction.
  #renderJob(job: Job): TemplateResult {
    const t = this.#t;
    const locale = this.resolvedLocale;
    const title = plainText(job.title);
    const organisation = job.organisation?.name ?? '';
    const place = job.location?.display || [job.location?.city, job.location?.country?.name].filter(Boolean).join(', ');
    const posted = calendarDate(job.postedAt, locale);
    const facts: Array<[string, unknown]> = [
      [t('location'), place],
      [t('type'), job.type?.name],
      [t('category'), job.category?.name],
      [t('salary'), salaryText(job, locale)],
      [t('posted'), posted && html`<time datetime=${job.postedAt!}>${posted}</time> <span class="muted">(${relativeDate(job.postedAt, locale)})</span>`],
      [t('closes'), job.closesAt && html`<time datetime=${job.closesAt}>${calendarDate(job.closesAt, locale)}</time>`],
      [t('reference'), job.reference],
    ];
    const waitingForDescription = this.status === 'loading' || (job.descriptionHtml && !this.description);
    // The apply control comes right after the title: on a phone it is in the first screen, not under every fact. On a
    // wide container the facts show above it (styles), as before; they hold no controls, so the keyboard order stays
    // back, title, apply, the description's links. Without an apply control its wrapper is hidden (no empty gap).
    return html`
      <header part="header" class="header">
        <div part="logo" class="logo" aria-hidden="true">
          ${job.logoUrl && job.logoUrl !== this.brokenLogo
            ? html`<img src=${job.logoUrl} alt="" width="48" height="48" @error=${() => (this.brokenLogo = job.logoUrl)} />`
            : (organisation || title).trim().charAt(0).toUpperCase()}
        </div>
        <div>
          ${heading(headingLevel(this.headingLevel), title, { id: 'title', className: 'heading', part: 'title', focusable: true, dir: 'auto' })}
          ${organisation ? html`<p part="organisation" class="organisation" dir="auto">${organisation}</p>` : nothing}
        </div>
      </header>
      <div part="apply" class="apply" ?hidden=${!this.hasApply}><slot name="apply" @slotchange=${this.#onApplySlot}></slot></div>
      <dl part="meta" class="meta" aria-label=${t('details')}>
        ${facts.filter(([, value]) => value).map(([term, value]) => html`<div><dt>${term}</dt><dd><span dir="auto">${value}</span></dd></div>`)}
      </dl>
      ${waitingForDescription
        ? html`${this.#renderSlow()}<div class="skeleton" aria-hidden="true"><span class="bar"></span><span class="bar"></span><span class="bar short"></span></div>`
        : this.description
          ? html`<section part="description" class="description" dir="auto" aria-label=${t('description')}>${this.description}</section>`
          : job.summary
            ? html`<p part="description" class="description" dir="auto">${plainText(job.summary)}</p>`
            : nothing}
      ${this.skills.length ? this.#renderSkills() : nothing}
      ${this.status === 'error' || this.status === 'rate-limited' ? this.#renderStatus() : nothing}
    `;
  }

  #renderSkills(): TemplateResult {
    const t = this.#t;
    const list = (level: TaggedSkill['level']) => {
      const skills = this.skills.filter((s) => s.level === level);
      return skills.length
        ? html`<p class="skill-level" id=${`skills-${level}`}>${t(level)}</p>
            <ul class="skill-list" aria-labelledby=${`skills-${level}`}>
              ${skills.map((s) => html`<li part="skill ${level}" class=${`skill ${level}`} dir="auto">${s.preferredLabel}</li>`)}
            </ul>`
        : nothing;
    };
    return html`<section part="skills" class="skills" aria-labelledby="skills-heading">
      ${heading(headingLevel(this.headingLevel) + 1, t('skills'), { id: 'skills-heading', className: 'skills-heading' })} ${list('essential')}
      ${list('optional')}
    </section>`;
  }
}
