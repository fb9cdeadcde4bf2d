import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CareerkitBase } from '../../shared/careerkit-base.js';
import { asCareerkitError, type CareerkitError } from '../../client/errors.js';
import type { Job, JobLookups, Occupation, TaxonomySkill } from '../../types.js';
import type { CkSkillPicker, SelectedSkill } from '../skill-picker/skill-picker.js';
import '../skill-picker/define.js';
import { loadCatalog, type JobEditorKey } from './messages.js';
import { StringsController } from '../../i18n/strings.js';
import { styles } from './job-editor.styles.js';
import { emptyValues, FIELDS, FREQUENCIES, fromJob, isField, LENGTHS, REQUIRED, toJobInput, validate, type Field, type Problem, type Values } from './fields.js';
import { skillBlockHtml, splitDescription, type TaggedSkill } from './skill-block.js';
import { canFormat, formatSource, type FormatCommand } from './rich-text.js';

export type { JobSavedDetail } from '../../shared/events.js';

type Banner = { kind: 'fix'; n: number } | { kind: 'error'; key: JobEditorKey; detail?: string } | { kind: 'done'; key: 'posted' | 'saved'; title: string };

const loadSanitizer = () => import('../job-detail/sanitize.js');
const idOf = (field: Field) => `f-${field.replace('.', '-')}`;
const FALLBACK_CURRENCIES = ['EUR', 'GBP', 'KES', 'NGN', 'USD', 'ZAR'];
/** Most occupation skills offered at once. */
const MAX_SUGGESTIONS = 8;

function currencyCodes(): string[] {
  try {
    const all = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency');
    return all && all.length ? all : FALLBACK_CURRENCIES;
  } catch {
    return FALLBACK_CURRENCIES;
  }
}

const normalizeTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A recruiter's form to post a job to The Job Space, or to update one (`job-id`), through the partner endpoint
 * (`POST /jobs`, `POST /jobs/:id`; the endpoint's `authorizeAdmin` decides who may). Fields are grouped as a
 * recruiter thinks of them, checked against the contract's rules before any request; the description is rich text
 * (headings, lists, bold, links) with a live preview by `<ck-job-detail>`; ESCO skills are tagged with two
 * `<ck-skill-picker>`s (essential, optional) and stored in a marked list in the description.
 *
 * @summary Post or update a Job Space job, tagged with ESCO skills.
 * @tag ck-job-editor
 *
 * @fires ck-job-saved - The job was posted or updated. `detail: {job, created}`.
 * @fires ck-error - Loading or saving failed. `detail: {error: CareerkitError}`.
 *
 * @csspart form - The form.
 * @csspart group - Each group of fields (fieldset).
 * @csspart field - Each field wrapper.
 * @csspart error - A field's error message.
 * @csspart banner - The status and error message above the form.
 * @csspart toolbar - The description's formatting toolbar.
 * @csspart editor - The rich-text description area.
 * @csspart suggestions - The occupation's suggested skills.
 * @csspart preview - The live preview.
 * @csspart submit - The save button.
 *
 * @cssprop --ck-job-editor-max-width - Widest the form gets. Default 60rem.
 */
export class CkJobEditor extends CareerkitBase {
  static override styles = styles;

  /** Id of the job to edit; empty to post a new one. Set to the new job's id after posting. */
  @property({ attribute: 'job-id', reflect: true }) jobId = '';

  /** Level of the form's heading (2–5, default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hides the live preview (e.g. when the page shows its own). */
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;

  @state() private values: Values = emptyValues();
  @state() private problems = new Map<Field, Problem>();
  @state() private serverMessages = new Map<Field, string>();
  @state() private lookups?: JobLookups;
  @state() private lookupsFailed = false;
  @state() private loadState: 'idle' | 'loading' | 'error' = 'idle';
  @state() private saving = false;
  @state() private banner?: Banner;
  @state() private sourceMode = !canFormat();
  @state() private linkOpen = false;
  @state() private linkUrl = '';
  @state() private preview?: Job;
  @state() private occupation?: Occupation;
  @state() private suggestions: TaxonomySkill[] = [];
  @state() private announcement = '';

  protected override readonly localeStrings = new StringsController(this, loadCatalog);
  #t = this.localeStrings.t;
  #abort?: AbortController;
  #loadedId = '';
  #savedRange?: Range;
  #previewTimer?: ReturnType<typeof setTimeout>;
  #occupationTimer?: ReturnType<typeof setTimeout>;
  #occupationFor = '';
  #editorFilled = false;

  /** The values typed so far (a copy). */
  get draft(): Values {
    return { ...this.values };
  }

  /** The tagged skills: essential then optional. */
  get skills(): TaggedSkill[] {
    const read = (id: string, level: TaggedSkill['level']) =>
      (this.renderRoot?.querySelector<CkSkillPicker>(`#${id}`)?.selected ?? [])
        .filter((s) => !s.custom)
        .map((s): TaggedSkill => ({ uuid: s.uuid, preferredLabel: s.preferredLabel, level }));
    const essential = read('skills-essential', 'essential');
    const taken = new Set(essential.map((s) => s.uuid));
    return [...essential, ...read('skills-optional', 'optional').filter((s) => !taken.has(s.uuid))];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadLookups();
    // The preview element arrives beside the form, not before it.
    if (!this.noPreview) void import('../job-detail/define.js');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#previewTimer);
    clearTimeout(this.#occupationTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('endpoint') && this.hasUpdated) void this.#loadLookups();
    if ((changed.has('jobId') || changed.has('endpoint')) && this.jobId && this.jobId !== this.#loadedId) void this.#loadJob(this.jobId);
  }

  protected override firstUpdated(): void {
    this.#schedulePreview(0);
  }

  protected override updated(): void {
    // The rich-text area is filled by script once (then the user owns its DOM), and again after a load.
    const editor = this.#editor;
    if (editor && !this.#editorFilled) {
      this.#editorFilled = true;
      editor.innerHTML = this.values.descriptionHtml;
    }
  }

  get #editor(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#f-descriptionHtml[contenteditable]');
  }

  async #loadLookups(): Promise<void> {
    try {
      this.lookups = await (await this.client()).lookups();
      this.lookupsFailed = false;
    } catch (caught) {
      this.lookupsFailed = true;
      this.emit('ck-error', { error: asCareerkitError(caught) });
    }
  }

  async #loadJob(id: string): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.loadState = 'loading';
    this.#say(this.#t('loading'));
    try {
      const job = await (await this.client()).job(id, { signal: abort.signal });
      const { sanitizeDescription } = await loadSanitizer();
      if (abort !== this.#abort) return;
      const { prose, skills } = splitDescription(job.descriptionHtml ?? '');
      // Untrusted upstream HTML goes into a live contenteditable only after the same sanitizer as the job page.
      this.values = fromJob(job, sanitizeDescription(prose).innerHTML);
      this.#loadedId = id;
      this.#editorFilled = false;
      this.loadState = 'idle';
      this.#applySkills(skills);
      this.#schedulePreview(0);
      this.#say('');
    } catch (caught) {
      const error = asCareerkitError(caught);
      if (error.isAbort || abort !== this.#abort) return;
      this.loadState = 'error';
      this.#say(this.#t('loadError'));
      this.emit('ck-error', { error });
    }
  }

  #applySkills(skills: TaggedSkill[]): void {
    void this.updateComplete.then(() => {
      const pick = (level: TaggedSkill['level']) => skills.filter((s) => s.level === level).map((s): SelectedSkill => ({ uuid: s.uuid, preferredLabel: s.preferredLabel }));
      const essential = this.renderRoot.querySelector<CkSkillPicker>('#skills-essential');
      const optional = this.renderRoot.querySelector<CkSkillPicker>('#skills-optional');
      if (essential) essential.selected = pick('essential');
      if (optional) optional.selected = pick('optional');
    });
  }

  #say(text: string): void {
    this.announcement = text === this.announcement && text ? `${text}\u00a0` : text;
  }

  // ---- editing -------------------------------------------------------------------------------------------------

  #set(field: Exclude<Field, 'skills'> | 'applyMode', value: string): void {
    this.values = { ...this.values, [field]: value } as Values;
    if (isField(field) && (this.problems.has(field) || this.serverMessages.has(field))) {
      const problems = new Map(this.problems);
      problems.delete(field);
      const server = new Map(this.serverMessages);
      server.delete(field);
      this.problems = problems;
      this.serverMessages = server;
    }
    if (field === 'title') this.#scheduleOccupation();
    this.#schedulePreview();
  }

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.dataset.field;
    if (field && (isField(field) || field === 'applyMode') && field !== 'skills') this.#set(field, target.value);
  };

  #onEditorInput = (): void => {
    const editor = this.#editor;
    if (editor) this.#set('descriptionHtml', editor.innerHTML);
  };

  #descriptionText(): string {
    if (!this.sourceMode && this.#editor) return this.#editor.textContent ?? '';
    const doc = new DOMParser().parseFromString(`<body>${this.values.descriptionHtml}</body>`, 'text/html');
    return doc.body.textContent ?? '';
  }

  #schedulePreview(delay = 300): void {
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => (this.preview = this.#previewJob()), delay);
  }

  #previewJob(): Job {
    const v = this.values;
    const named = (list: Array<{ id: string; name: string }> | undefined, id: string) => list?.find((item) => item.id === id);
    const country = named(this.lookups?.countries, v.countryId);
    const n = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? undefined : Number(s));
    return {
      id: this.jobId || 'preview',
      title: v.title || '…',
      reference: v.reference || undefined,
      type: named(this.lookups?.types, v.typeId),
      category: named(this.lookups?.categories, v.categoryId),
      location: { display: v.locationDisplay || undefined, city: v.city || undefined, postcode: v.postcode || undefined, country },
      salary: { from: n(v['salary.from']), to: n(v['salary.to']), currency: v['salary.currency'] || undefined, frequency: v['salary.frequency'] || undefined, text: v['salary.text'] || undefined },
      summary: v.summary || undefined,
      descriptionHtml: v.descriptionHtml + skillBlockHtml(this.skills),
      postedAt: v.openDate || undefined,
      closesAt: v.closeDate || undefined,
      applyUrl: v.applyMode === 'url' ? v.applyUrl || undefined : undefined,
    };
  }

  // ---- rich text ----------------------------------------------------------------------------------------------

  #format(command: FormatCommand, url?: string): void {
    if (this.sourceMode) {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#f-descriptionHtml');
      if (!area) return;
      const result = formatSource(area.value, area.selectionStart, area.selectionEnd, command, url);
      this.#set('descriptionHtml', result.value);
      void this.updateComplete.then(() => {
        area.focus();
        area.setSelectionRange(result.start, result.end);
      });
      return;
    }
    const editor = this.#editor;
    if (!editor) return;
    editor.focus();
    this.#restoreRange();
    if (command === 'heading') {
      const current = String(document.queryCommandValue('formatBlock')).toLowerCase();
      document.execCommand('formatBlock', false, current === 'h3' ? 'p' : 'h3');
    } else if (command === 'bold') document.execCommand('bold');
    else if (command === 'bullets') document.execCommand('insertUnorderedList');
    else if (command === 'numbers') document.execCommand('insertOrderedList');
    else if (command === 'link' && url) {
      const selection = this.#selection();
      if (selection && !selection.isCollapsed) document.execCommand('createLink', false, url);
      else {
        const anchor = document.createElement('a');
        anchor.href = url;
        anchor.textContent = url;
        document.execCommand('insertHTML', false, anchor.outerHTML);
      }
    }
    this.#onEditorInput();
  }

  #selection(): Selection | null {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  #saveRange(): void {
    const selection = this.#selection();
    const editor = this.#editor;
    if (selection && selection.rangeCount && editor?.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      this.#savedRange = selection.getRangeAt(0).cloneRange();
    }
  }

  #restoreRange(): void {
    const selection = this.#selection();
    if (this.#savedRange && selection) {
      selection.removeAllRanges();
      selection.addRange(this.#savedRange);
    }
  }

  #openLink = (): void => {
    this.#saveRange();
    this.linkUrl = 'https://';
    this.linkOpen = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#link-url')?.focus());
  };

  #closeLink(focusEditor: boolean): void {
    this.linkOpen = false;
    if (focusEditor) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#f-descriptionHtml')?.focus());
  }

  #addLink = (event: Event): void => {
    event.preventDefault();
    const url = this.linkUrl.trim();
    if (!/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url)) {
      this.renderRoot.querySelector<HTMLInputElement>('#link-url')?.focus();
      return;
    }
    this.linkOpen = false;
    void this.updateComplete.then(() => this.#format('link', url));
  };

  #toggleSource = async (): Promise<void> => {
    if (!this.sourceMode) this.#onEditorInput();
    else {
      // HTML typed as source enters the live formatted-text area only through the job page's sanitizer.
      const { sanitizeDescription } = await loadSanitizer();
      this.values = { ...this.values, descriptionHtml: sanitizeDescription(this.values.descriptionHtml).innerHTML };
    }
    this.sourceMode = !this.sourceMode;
    this.#editorFilled = false;
  };

  // ---- skills ------------------------------------------------------------------------------------------------

  #scheduleOccupation(): void {
    clearTimeout(this.#occupationTimer);
    this.#occupationTimer = setTimeout(() => void this.#findOccupation(), 500);
  }

  /** Offers the essential skills of the ESCO occupation whose label matches the title. */
  async #findOccupation(): Promise<void> {
    const title = normalizeTitle(this.values.title);
    if (title === this.#occupationFor) return;
    this.#occupationFor = title;
    if (title.length < 3) {
      this.occupation = undefined;
      this.suggestions = [];
      return;
    }
    try {
      const { items } = await (await this.client()).occupations(title.slice(0, 200));
      const labels = (o: Occupation) => [o.preferredLabel, ...o.altLabels].map(normalizeTitle);
      const match = items.find((o) => labels(o).includes(title)) ?? items.find((o) => labels(o).some((l) => title.includes(l) || l.includes(title)));
      if (this.#occupationFor !== title) return;
      if (!match) {
        this.occupation = undefined;
        this.suggestions = [];
        return;
      }
      const skills = await (await this.client()).occupationSkills(match.id);
      if (this.#occupationFor !== title) return;
      this.occupation = match;
      this.suggestions = skills.essential;
    } catch {
      // Suggestions are a convenience: without them the pickers still search the taxonomy.
      this.occupation = undefined;
      this.suggestions = [];
    }
  }

  #skillsChanged = (): void => {
    if (this.problems.has('skills') || this.serverMessages.has('skills')) {
      const problems = new Map(this.problems);
      problems.delete('skills');
      const server = new Map(this.serverMessages);
      server.delete('skills');
      this.problems = problems;
      this.serverMessages = server;
    }
    this.#schedulePreview();
  };

  #addSuggestion(skill: TaxonomySkill): void {
    const picker = this.renderRoot.querySelector<CkSkillPicker>('#skills-essential');
    if (!picker) return;
    picker.selected = [...picker.selected, { ...skill }];
    this.#say(this.#t('suggestionAdded', { label: skill.preferredLabel }));
    this.requestUpdate();
    this.#skillsChanged();
    // Keep keyboard focus in the list: the next suggestion, else the picker.
    void this.updateComplete.then(() => {
      const next = this.renderRoot.querySelector<HTMLButtonElement>('.suggestion button');
      (next ?? picker).focus();
    });
  }

  // ---- saving -----------------------------------------------------------------------------------------------

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    if (!this.sourceMode) this.#onEditorInput();
    const problems = validate(this.values, this.#descriptionText(), this.skills.length);
    this.serverMessages = new Map();
    this.problems = problems;
    if (problems.size) {
      this.banner = { kind: 'fix', n: problems.size };
      this.#say(this.#t('fixFields', { n: problems.size }));
      await this.#focusFirstInvalid();
      return;
    }
    this.saving = true;
    this.banner = undefined;
    this.#say(this.#t('saving'));
    try {
      const { sanitizeDescription } = await loadSanitizer();
      const skills = this.skills;
      const description = sanitizeDescription(this.values.descriptionHtml).innerHTML + skillBlockHtml(skills);
      const input = toJobInput(this.values, description, skills.map((s) => s.preferredLabel).join(', '));
      const editing = this.jobId;
      const client = await this.client();
      const job = editing ? await client.updateJob(editing, input) : await client.createJob(input);
      this.#loadedId = job.id;
      this.jobId = job.id;
      const title = job.title || input.title;
      this.banner = { kind: 'done', key: editing ? 'saved' : 'posted', title };
      this.#say(this.#t(editing ? 'saved' : 'posted', { title }));
      this.emit('ck-job-saved', { job, created: !editing });
    } catch (caught) {
      this.#failed(asCareerkitError(caught));
    } finally {
      this.saving = false;
    }
  };

  /** Server answers: field errors on their fields, a sign-in message for 401/403; the values stay as typed. */
  #failed(error: CareerkitError): void {
    const server = new Map<Field, string>();
    const unplaced: string[] = [];
    for (const [name, message] of Object.entries(error.fields ?? {})) {
      if (typeof message !== 'string') continue;
      const field = name === 'skills' || name === 'sub_premise' ? 'skills' : name;
      if (isField(field) && !server.has(field)) server.set(field, message.slice(0, 300));
      else unplaced.push(`${name}: ${message}`.slice(0, 300));
    }
    if (server.size) {
      this.serverMessages = server;
      this.banner = { kind: 'fix', n: server.size };
      this.#say(`${this.#t('rejected')} ${this.#t('fixFields', { n: server.size })}`);
      void this.#focusFirstInvalid();
    } else if (error.status === 401 || error.status === 403 || error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN') {
      this.banner = { kind: 'error', key: 'signedOut' };
      this.#say(this.#t('signedOut'));
    } else if (error.isRateLimited) {
      this.banner = { kind: 'error', key: 'rateLimited' };
      this.#say(this.#t('rateLimited'));
    } else {
      this.banner = { kind: 'error', key: error.code === 'INVALID_REQUEST' ? 'rejected' : 'saveError', detail: unplaced.join('; ') || undefined };
      this.#say(this.#t(error.code === 'INVALID_REQUEST' ? 'rejected' : 'saveError'));
    }
    if (this.banner?.kind === 'error') void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.banner')?.focus());
    this.emit('ck-error', { error });
  }

  async #focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const first = FIELDS.find((f) => this.problems.has(f) || this.serverMessages.has(f));
    if (!first) return;
    const target = first === 'skills' ? this.renderRoot.querySelector<HTMLElement>('#skills-essential') : this.renderRoot.querySelector<HTMLElement>(`#${idOf(first)}`);
    target?.focus();
  }

  #message(field: Field): string | undefined {
    const problem = this.problems.get(field);
    if (problem) return this.#t(problem.key, 'n' in problem ? { n: problem.n } : {});
    return this.serverMessages.get(field);
  }

  // ---- rendering --------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.#t;
    const level = Math.min(5, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const heading = this.jobId ? t('editJob') : t('newJob');
    return html`
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="layout">
        <form part="form" class="form" novalidate @submit=${this.#submit} @input=${this.#onInput} @change=${this.#onInput} aria-labelledby="heading" aria-busy=${this.saving || this.loadState === 'loading' ? 'true' : 'false'}>
          <div role="heading" aria-level=${level} id="heading" class="heading">${heading}</div>
          <p class="note">${t('requiredNote')}</p>
          ${this.#renderBanner()} ${this.loadState === 'loading' ? html`<p class="state">${t('loading')}</p>` : nothing}
          ${this.loadState === 'error'
            ? html`<div class="state" part="banner">
                <p>${t('loadError')}</p>
                <button type="button" class="button secondary" @click=${() => void this.#loadJob(this.jobId)}>${t('retry')}</button>
              </div>`
            : nothing}
          ${this.lookupsFailed
            ? html`<div class="state">
                <p>${t('lookupsError')}</p>
                <button type="button" class="button secondary" @click=${() => void this.#loadLookups()}>${t('retry')}</button>
              </div>`
            : nothing}
          <fieldset part="group" class="group">
            <legend>${t('groupRole')}</legend>
            ${this.#input('title', t('title'), { autocomplete: 'off' })} ${this.#input('reference', t('reference'), { hint: t('referenceHint') })}
            <div class="row">
              ${this.#select('typeId', t('type'), (this.lookups?.types ?? []).map((o) => [o.id, o.name]))}
              ${this.#select('categoryId', t('category'), (this.lookups?.categories ?? []).map((o) => [o.id, o.name]))}
            </div>
            ${this.#textarea('summary', t('summary'), { hint: t('summaryHint'), rows: 2 })} ${this.#renderDescription()}
            ${this.#textarea('benefits', t('benefits'), { rows: 3 })}
          </fieldset>
          <fieldset part="group" class="group">
            <legend>${t('groupSkills')}</legend>
            <p class="hint" id="skills-hint">${t('skillsHint')}</p>
            ${this.#renderSuggestions()}
            <ck-skill-picker id="skills-essential" label=${t('essentialSkills')} .locale=${this.locale} .endpoint=${this.endpoint} @ck-skills-change=${this.#skillsChanged}></ck-skill-picker>
            <ck-skill-picker id="skills-optional" label=${t('optionalSkills')} .locale=${this.locale} .endpoint=${this.endpoint} @ck-skills-change=${this.#skillsChanged}></ck-skill-picker>
            ${this.#error('skills')}
          </fieldset>
          <fieldset part="group" class="group">
            <legend>${t('groupWhere')}</legend>
            ${this.#select(
              'countryId',
              t('country'),
              (this.lookups?.countries ?? []).map((o) => [o.id, o.name]),
            )}
            ${this.#input('premise', t('premise'), { autocomplete: 'address-line1' })}
            <div class="row">${this.#input('city', t('city'), { autocomplete: 'address-level2' })} ${this.#input('region', t('region'), { autocomplete: 'address-level1' })}</div>
            <div class="row">
              ${this.#input('postcode', t('postcode'), { autocomplete: 'postal-code' })}
              ${this.#input('locationDisplay', t('locationDisplay'), { hint: t('locationDisplayHint') })}
            </div>
          </fieldset>
          <fieldset part="group" class="group">
            <legend>${t('groupPay')}</legend>
            <div class="row">
              ${this.#input('salary.from', t('salaryFrom'), { type: 'number', inputmode: 'decimal' })}
              ${this.#input('salary.to', t('salaryTo'), { type: 'number', inputmode: 'decimal' })}
            </div>
            <div class="row">
              ${this.#select('salary.currency', t('currency'), this.#currencies())}
              ${this.#select(
                'salary.frequency',
                t('frequency'),
                FREQUENCIES.map((f) => [f, t(`freq_${f}`)]),
              )}
            </div>
            ${this.#input('salary.text', t('salaryText'), { hint: t('salaryTextHint') })}
          </fieldset>
          <fieldset part="group" class="group">
            <legend>${t('groupApply')}</legend>
            <fieldset class="choices">
              <legend class="label">${t('applyHow')}</legend>
              ${(['board', 'url'] as const).map(
                (mode) => html`<label class="choice"
                  ><input type="radio" name="applyMode" data-field="applyMode" value=${mode} .checked=${live(this.values.applyMode === mode)} />
                  ${t(mode === 'board' ? 'applyBoard' : 'applyUrlMode')}</label
                >`,
              )}
            </fieldset>
            ${this.values.applyMode === 'url' ? this.#input('applyUrl', t('applyUrl'), { type: 'url', required: true, inputmode: 'url' }) : nothing}
          </fieldset>
          <fieldset part="group" class="group">
            <legend>${t('groupDates')}</legend>
            <div class="row">${this.#input('openDate', t('openDate'), { type: 'date' })} ${this.#input('closeDate', t('closeDate'), { type: 'date', hint: t('closeDateHint') })}</div>
          </fieldset>
          <div class="actions">
            <button type="submit" part="submit" class="button" ?disabled=${this.loadState === 'loading'} aria-disabled=${this.saving ? 'true' : 'false'}>
              ${this.saving ? t('saving') : this.jobId ? t('save') : t('post')}
            </button>
          </div>
        </form>
        ${this.noPreview
          ? nothing
          : html`<section part="preview" class="preview" aria-labelledby="preview-heading">
              <div role="heading" aria-level=${Math.min(6, level + 1)} id="preview-heading" class="subheading">${t('preview')}</div>
              <p class="hint">${t('previewHint')}</p>
              <ck-job-detail .job=${this.preview} .locale=${this.locale} heading-level=${Math.min(5, level + 1)}></ck-job-detail>
            </section>`}
      </div>
    `;
  }

  #renderBanner(): TemplateResult | typeof nothing {
    const t = this.#t;
    const banner = this.banner;
    if (!banner) return nothing;
    if (banner.kind === 'done') return html`<p part="banner" class="banner done" tabindex="-1">${t(banner.key, { title: banner.title })}</p>`;
    if (banner.kind === 'fix')
      return html`<div part="banner" class="banner problem" tabindex="-1">
        <p>${this.serverMessages.size ? `${t('rejected')} ` : ''}${t('fixFields', { n: banner.n })}</p>
      </div>`;
    return html`<div part="banner" class="banner problem" tabindex="-1">
      <p>${t(banner.key)} ${t('keptNote')}</p>
      ${banner.detail ? html`<p class="hint" dir="auto">${banner.detail}</p>` : nothing}
    </div>`;
  }

  #describedBy(field: Field, hint: boolean): string | typeof nothing {
    const ids = [hint ? `${idOf(field)}-hint` : '', this.#message(field) ? `${idOf(field)}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  #labelFor(field: Field, label: string): TemplateResult {
    return html`<label for=${idOf(field)} class="label">${label}${REQUIRED.has(field) ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>`;
  }

  #error(field: Field): TemplateResult | typeof nothing {
    const message = this.#message(field);
    return message ? html`<p part="error" class="error" id=${`${idOf(field)}-error`}>${message}</p>` : nothing;
  }

  #input(
    field: Exclude<Field, 'skills'>,
    label: string,
    options: { type?: string; hint?: string; autocomplete?: string; inputmode?: string; required?: boolean } = {},
  ): TemplateResult {
    const invalid = !!this.#message(field);
    const max = LENGTHS[field]?.[1];
    return html`<div part="field" class="field">
      ${this.#labelFor(field, label)} ${options.hint ? html`<p class="hint" id=${`${idOf(field)}-hint`}>${options.hint}</p>` : nothing}
      <input
        id=${idOf(field)}
        data-field=${field}
        type=${options.type ?? 'text'}
        .value=${live(this.values[field])}
        ?required=${REQUIRED.has(field) || !!options.required}
        maxlength=${max && options.type !== 'number' && options.type !== 'date' ? max : nothing}
        min=${options.type === 'number' ? '0' : nothing}
        step=${options.type === 'number' ? 'any' : nothing}
        autocomplete=${options.autocomplete ?? nothing}
        inputmode=${options.inputmode ?? nothing}
        dir=${options.type === 'url' || options.type === 'date' || options.type === 'number' ? nothing : 'auto'}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${this.#describedBy(field, !!options.hint)}
      />
      ${this.#error(field)}
    </div>`;
  }

  #textarea(field: 'summary' | 'benefits', label: string, options: { hint?: string; rows?: number } = {}): TemplateResult {
    const invalid = !!this.#message(field);
    return html`<div part="field" class="field">
      ${this.#labelFor(field, label)} ${options.hint ? html`<p class="hint" id=${`${idOf(field)}-hint`}>${options.hint}</p>` : nothing}
      <textarea
        id=${idOf(field)}
        data-field=${field}
        rows=${options.rows ?? 3}
        dir="auto"
        .value=${live(this.values[field])}
        ?required=${REQUIRED.has(field)}
        maxlength=${LENGTHS[field]?.[1] ?? nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${this.#describedBy(field, !!options.hint)}
      ></textarea>
      ${this.#error(field)}
    </div>`;
  }

  #select(field: 'typeId' | 'categoryId' | 'countryId' | 'salary.currency' | 'salary.frequency', label: string, options: Array<[string, string]>): TemplateResult {
    const invalid = !!this.#message(field);
    const value = this.values[field];
    // A value from a loaded job that the lists do not hold (yet) stays selectable rather than being dropped.
    const known = !value || options.some(([id]) => id === value);
    return html`<div part="field" class="field">
      ${this.#labelFor(field, label)}
      <select
        id=${idOf(field)}
        data-field=${field}
        ?required=${REQUIRED.has(field)}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${this.#describedBy(field, false)}
      >
        <option value="" ?selected=${!value}>${this.#t('choose')}</option>
        ${known ? nothing : html`<option value=${value} selected>${value}</option>`}
        ${options.map(([id, name]) => html`<option value=${id} ?selected=${id === value}>${name}</option>`)}
      </select>
      ${this.#error(field)}
    </div>`;
  }

  #currencies(): Array<[string, string]> {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([this.resolvedLocale], { type: 'currency' });
    } catch {
      names = undefined;
    }
    return currencyCodes().map((code) => [code, `${code} – ${names?.of(code) ?? code}`]);
  }

  #renderDescription(): TemplateResult {
    const t = this.#t;
    const field: Field = 'descriptionHtml';
    const invalid = !!this.#message(field);
    const tool = (command: FormatCommand, label: string, glyph: TemplateResult | string) =>
      html`<button
        type="button"
        class="tool"
        title=${label}
        data-command=${command}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${() => (command === 'link' ? this.#openLink() : this.#format(command))}
      >
        ${glyph}<span class="visually-hidden">${label}</span>
      </button>`;
    return html`<div part="field" class="field">
      <span class="label" id="description-label">${t('description')}<span class="required" aria-hidden="true"> *</span></span>
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${t('toolbar')} aria-controls=${idOf(field)}>
        ${tool('heading', t('heading'), html`<span aria-hidden="true">H</span>`)} ${tool('bold', t('bold'), html`<b aria-hidden="true">B</b>`)}
        ${tool('bullets', t('bulletList'), html`<span aria-hidden="true">•≡</span>`)} ${tool('numbers', t('numberedList'), html`<span aria-hidden="true">1.</span>`)}
        ${tool(
          'link',
          t('link'),
          html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
            <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
          </svg>`,
        )}
        ${canFormat()
          ? html`<button type="button" class="tool text" aria-pressed=${this.sourceMode ? 'true' : 'false'} @click=${() => void this.#toggleSource()}>HTML</button>`
          : nothing}
      </div>
      ${this.linkOpen
        ? html`<div class="link-form" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#closeLink(true)}>
            <label for="link-url" class="label">${t('linkUrl')}</label>
            <input id="link-url" type="url" inputmode="url" .value=${live(this.linkUrl)} @input=${(e: Event) => (this.linkUrl = (e.target as HTMLInputElement).value)} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.#addLink(e)} />
            <button type="button" class="button secondary" @click=${this.#addLink}>${t('addLink')}</button>
            <button type="button" class="button secondary" @click=${() => this.#closeLink(true)}>${t('cancel')}</button>
          </div>`
        : nothing}
      ${this.sourceMode
        ? html`<textarea
            id=${idOf(field)}
            class="source"
            data-field=${field}
            rows="10"
            dir="auto"
            aria-labelledby="description-label"
            aria-label=${canFormat() ? t('editHtml') : nothing}
            .value=${live(this.values.descriptionHtml)}
            required
            aria-invalid=${invalid ? 'true' : nothing}
            aria-describedby=${this.#describedBy(field, false)}
          ></textarea>`
        : html`<div
            id=${idOf(field)}
            part="editor"
            class="editor"
            contenteditable="true"
            role="textbox"
            aria-multiline="true"
            tabindex="0"
            dir="auto"
            aria-labelledby="description-label"
            aria-required="true"
            aria-invalid=${invalid ? 'true' : nothing}
            aria-describedby=${this.#describedBy(field, false)}
            @input=${this.#onEditorInput}
            @focus=${() => document.execCommand('defaultParagraphSeparator', false, 'p')}
            @keyup=${() => this.#saveRange()}
            @mouseup=${() => this.#saveRange()}
            @blur=${() => this.#saveRange()}
          ></div>`}
      ${this.#error(field)}
    </div>`;
  }

  #renderSuggestions(): TemplateResult | typeof nothing {
    const occupation = this.occupation;
    if (!occupation) return nothing;
    const chosen = new Set(this.skills.map((s) => s.uuid));
    const open = this.suggestions.filter((s) => !chosen.has(s.uuid)).slice(0, MAX_SUGGESTIONS);
    if (!open.length) return nothing;
    const t = this.#t;
    return html`<div part="suggestions" class="suggestions" role="group" aria-labelledby="suggestions-label">
      <p id="suggestions-label" class="label">${t('suggestedFor', { occupation: occupation.preferredLabel })}</p>
      <ul class="suggestion-list">
        ${open.map(
          (skill) =>
            html`<li class="suggestion">
              <button type="button" class="chip" aria-label=${t('addSuggestion', { label: skill.preferredLabel })} @click=${() => this.#addSuggestion(skill)}>
                <span aria-hidden="true">+</span> ${skill.preferredLabel}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
