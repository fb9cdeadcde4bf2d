import { html, nothing, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CareerkitBase } from '../../shared/careerkit-base.js';
import { LiveRegion } from '../../shared/live-region.js';
import type { Translate } from '../../i18n/translate.js';
import { StringsController } from '../../i18n/strings.js';
import type { CommonKey } from '../../i18n/common.js';
import { tokens } from '../../styles/tokens.js';
import type { TaxonomySkill } from '../../types.js';
import { loadCatalog, type SkillPickerKey } from './messages.js';
import { styles } from './skill-picker.styles.js';
import type { LazyPart, PickerHost } from './internal.js';
import type { SkillSearch } from './skill-search.js';
import type { Suggestions } from './skill-suggestions.js';
import type { SkillDetails } from './skill-details.js';

/** A chosen skill: a taxonomy skill (at least its UUID and label), or free text when `custom` is true. */
export interface SelectedSkill extends Partial<TaxonomySkill> {
  /** The form value: the skill's UUID, or `custom:<text>` for free text. */
  uuid: string;
  preferredLabel: string;
  custom?: boolean;
}

export type { SkillsChangeDetail } from '../../shared/events.js';

const CUSTOM_PREFIX = 'custom:';

/**
 * A `lang` value for the model's labels. Tabiya model locales read region first ("EU-en"), which as a language
 * tag would mean Basque: keep the language part, and only tags the browser accepts.
 */
function labelLang(locale: string | undefined): string | undefined {
  const swapped = /^[A-Z]{2}[-_]([a-z]{2,3})$/.exec(locale ?? '');
  try {
    return Intl.getCanonicalLocales(swapped ? swapped[1] : locale)[0];
  } catch {
    return undefined;
  }
}

/** Keeps only well-formed entries (state restore, property writes from untyped code), without duplicates. */
function normalize(list: unknown): SelectedSkill[] {
  const seen = new Set<string>();
  const out: SelectedSkill[] = [];
  for (const item of Array.isArray(list) ? list : []) {
    const skill = item as SelectedSkill;
    if (!skill || typeof skill.uuid !== 'string' || !skill.uuid || seen.has(skill.uuid)) continue;
    seen.add(skill.uuid);
    const custom = skill.custom === true || skill.uuid.startsWith(CUSTOM_PREFIX);
    const label = typeof skill.preferredLabel === 'string' && skill.preferredLabel ? skill.preferredLabel : custom ? skill.uuid.slice(CUSTOM_PREFIX.length) : skill.uuid;
    out.push({ ...skill, preferredLabel: label, ...(custom ? { custom } : {}) });
  }
  return out;
}

/**
 * Splits a `value` attribute into entries: by commas when it has any (so `custom:` text may hold spaces),
 * else by whitespace.
 */
function parseValueList(text: string | null | undefined): string[] {
  const list = (text ?? '').trim();
  if (!list) return [];
  return list
    .split(list.includes(',') ? ',' : /\s+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/**
 * A form control for choosing taxonomy (Tabiya/ESCO) skills: search with a multi-select combobox, browse the
 * skill-group tree, accept suggestions matched from free text. Submits one form entry per skill (its UUID).
 * Prefill it in plain HTML with the `value` attribute: `<ck-skill-picker name="skills" value="<uuid> <uuid>">`.
 *
 * @summary Find, browse and pick taxonomy skills; a form-associated multi-select combobox.
 * @tag ck-skill-picker
 *
 * @slot label - The visible label (instead of the `label` attribute).
 *
 * @fires input - The selection changed (native, composed).
 * @fires change - The selection changed (native, composed).
 * @fires ck-skills-change - The selection changed; `detail.skills` holds the selected skills.
 *
 * @csspart label - The label.
 * @csspart field - The box around chips, input and browse button.
 * @csspart input - The text input (role combobox).
 * @csspart browse-button - The button that opens the skill-group tree.
 * @csspart popup - The drop-down under the field (listbox and messages).
 * @csspart listbox - The list of search results.
 * @csspart option - One search result.
 * @csspart mark - The matched text in a result.
 * @csspart chip - One selected skill.
 * @csspart chip-remove - The remove button of a chip.
 * @csspart chip-details - The details button of a chip.
 * @csspart custom-badge - The "custom" badge of a free-text chip.
 * @csspart suggestions - The suggestions area.
 * @csspart suggestion - One suggested skill.
 * @csspart suggestion-accept - The accept button of a suggestion.
 * @csspart suggestion-dismiss - The dismiss button of a suggestion.
 * @csspart suggestion-source - The visible text saying which label a suggestion came from.
 * @csspart suggestions-summary - "3 of 10 skills matched".
 * @csspart suggestions-unmatched - The labels that matched no skill (a list of one-tap offers with allow-custom).
 * @csspart suggestion-custom - The button adding an unmatched label as a custom skill.
 * @csspart tree - The skill-group tree (role tree).
 * @csspart popover - The details popover.
 * @csspart message - Loading, empty, error and rate-limited messages.
 * @csspart help - The help text.
 *
 * @cssprop --ck-skill-picker-popup-max-height - Height limit of the result list (default 20rem).
 * @cssprop --ck-skill-picker-tree-max-height - Height limit of the browse tree (default 22rem).
 * @cssprop --ck-skill-picker-chip-background - Chip background.
 * @cssprop --ck-skill-picker-z-index - Stacking of the result list (default 20).
 */
export class CkSkillPicker extends CareerkitBase {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, styles];

  /** Form field name; each selected skill becomes one entry under this name. */
  @property({ reflect: true }) name = '';

  /** At least one skill must be chosen. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Most skills allowed; more cannot be picked, and a longer preset selection is invalid (rangeOverflow). */
  @property({ type: Number }) max?: number;

  /** Disables the control (it is also disabled inside a disabled fieldset). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Placeholder of the text input. */
  @property() placeholder?: string;

  /** Visible label text (or use the `label` slot). Default: "Skills", localized. */
  @property() label?: string;

  /** Help text under the field. */
  @property({ attribute: 'help-text' }) helpText?: string;

  /** Lets free text that matches no skill be added; it submits as `custom:<text>`. */
  @property({ type: Boolean, attribute: 'allow-custom' }) allowCustom = false;

  /** Taxonomy model to search; default: the endpoint's model (read from `/config` for the labels' language). */
  @property({ attribute: 'model-id' }) modelId?: string;

  /** True while a search is running (read-only; reflected for styling, also `:state(pending)`). */
  @property({ type: Boolean, reflect: true }) pending = false;

  /**
   * The default selection (the `value` attribute), for prefilling in plain HTML: skill UUIDs separated by spaces
   * or commas; `custom:<text>` entries too (then separate with commas). Labels are fetched from the endpoint.
   * The selection follows it until the user or script changes the selection; form reset returns to it.
   */
  @property({ attribute: 'value' }) defaultValue?: string;

  /** Free-text skill names (e.g. from a CV) to match and offer as suggestions; nothing is selected until accepted. */
  @property({ attribute: false }) suggestFrom: string[] = [];

  /**
   * The job's ESCO occupation (its 24-hex taxonomy id): among equally good suggestions, its essential skills come
   * first. Other values are ignored.
   */
  @property() occupation?: string;

  /** The job's title: when it is exactly an occupation's label, that occupation ranks the suggestions (see `occupation`). */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  @state() private query = '';
  @state() private browseOpen = false;
  /** The chip a first Backspace highlighted (removed by a second one). */
  @state() private armed?: string;
  @state() private formDisabled = false;
  @state() private config?: { locale?: string };

  private readonly internals = this.attachInternals();
  private readonly live = new LiveRegion(this);
  private _selected: SelectedSkill[] = [];
  private initialSelection: SelectedSkill[] = [];
  /** Changed by the user or by script since the last reset: the `value` attribute no longer sets the selection. */
  private dirty = false;
  /** Skills seen with their labels, so ids set again (attribute, reset, `.value`) show labels at once. */
  private readonly known = new Map<string, SelectedSkill>();
  private search?: SkillSearch;
  private searchLoading?: Promise<SkillSearch>;
  private tree?: LazyPart;
  private suggest?: Suggestions;
  private details?: SkillDetails;
  private pickerHost?: PickerHost;
  private configRequested = false;
  private suggestKey = '';

  /** The selected skills. Settable, e.g. to prefill a form; setting fires no events. */
  get selected(): SelectedSkill[] {
    return this._selected.slice();
  }
  set selected(list: SelectedSkill[]) {
    this.dirty = true;
    this.setSelection(normalize(list));
  }

  /** The form value: selected skills' UUIDs (`custom:<text>` for free text). Settable. */
  get value(): string[] {
    return this._selected.map((s) => s.uuid);
  }
  set value(ids: string[]) {
    this.dirty = true;
    this.setSelection(this.fromIds(Array.isArray(ids) ? ids : []));
    this.resolveLabels(this._selected);
  }

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Its strings: a language file is waited for briefly before a render, never longer than `WAIT_MS`. */
  protected override readonly localeStrings = new StringsController(this, loadCatalog);

  protected get t(): Translate<SkillPickerKey | CommonKey> {
    return this.localeStrings.t;
  }

  private get input(): HTMLInputElement | undefined {
    return this.renderRoot?.querySelector<HTMLInputElement>('#input') ?? undefined;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The adapter the lazily loaded parts work through. */
  private get host(): PickerHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const picker = this;
    return (this.pickerHost ??= {
      client: () => picker.client(),
      // Only an explicit model: without one the endpoint answers from its configured model.
      get modelId() {
        return picker.modelId || undefined;
      },
      get modelLocale() {
        return picker.config?.locale;
      },
      get t() {
        return picker.t;
      },
      get locale() {
        return picker.resolvedLocale;
      },
      get disabled() {
        return picker.isDisabled;
      },
      get allowCustom() {
        return picker.allowCustom;
      },
      get updateComplete() {
        return picker.updateComplete;
      },
      renderRoot: picker.renderRoot as ShadowRoot,
      isSelected: (uuid) => picker._selected.some((s) => s.uuid === uuid),
      toggle: (skill) => picker.toggleSkill(skill),
      add: (skill) => picker.addSkill(skill),
      adopt: (style) => {
        const root = picker.renderRoot as ShadowRoot;
        const sheet = style.styleSheet;
        if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      },
      showDetails: (skill, anchor) => void picker.showDetails(skill, anchor),
      requestUpdate: () => picker.requestUpdate(),
      setPending: (pending) => {
        picker.pending = pending;
        try {
          if (pending) picker.internals.states.add('pending');
          else picker.internals.states.delete('pending');
        } catch {
          // Engines without plain-name custom states: the `pending` attribute still works.
        }
      },
      announce: (text) => picker.live.say(text),
      focusInput: () => picker.input?.focus(),
      closeBrowse: () => void picker.closeBrowse(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Search and the model's settings are fetched once the page is idle (or on the first keystroke).
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => {
      void this.loadSearch();
      void this.loadConfig();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.search?.disconnect();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('defaultValue')) return;
    this.readDefault();
    if (!this.dirty) this.setSelection(this.initialSelection);
  }

  /** The default selection from the `value` attribute. */
  private readDefault(): void {
    this.initialSelection = this.fromIds(parseValueList(this.defaultValue));
    this.resolveLabels(this.initialSelection);
  }

  protected override firstUpdated(): void {
    if (this.defaultValue == null) this.initialSelection = this._selected;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // Cheap, and keeps value and localized validity in step with name, required, max and locale.
    this.syncForm();
    if (changed.has('suggestFrom') || changed.has('occupation') || changed.has('jobTitle')) void this.loadSuggestions();
    if (this.configRequested && (changed.has('endpoint') || changed.has('modelId'))) void this.loadConfig();
  }

  // ---- form association -------------------------------------------------------------------------

  formResetCallback(): void {
    this.dirty = false;
    // The attribute may have changed since the last update.
    if (this.defaultValue != null) this.readDefault();
    this.setSelection(this.initialSelection);
    this.clearQuery();
  }

  formStateRestoreCallback(stateValue: string | File | FormData | null): void {
    if (typeof stateValue !== 'string') return;
    try {
      this.setSelection(normalize(JSON.parse(stateValue)));
    } catch {
      // A state we did not write: keep the current selection.
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    if (disabled) this.search?.close();
  }

  private setSelection(next: SelectedSkill[]): void {
    const old = this._selected;
    this._selected = next;
    for (const s of next) if (s.custom || s.preferredLabel !== s.uuid) this.known.set(s.uuid, s);
    this.syncForm();
    this.requestUpdate('selected', old);
  }

  private syncForm(): void {
    const t = this.t;
    let entries: FormData | null = null;
    if (this.name) {
      entries = new FormData();
      for (const uuid of this.value) entries.append(this.name, uuid);
    }
    this.internals.setFormValue(entries, JSON.stringify(this._selected));
    const count = this._selected.length;
    if (this.required && count === 0) {
      this.internals.setValidity({ valueMissing: true }, t('valueMissing'), this.input);
    } else if (this.max !== undefined && this.max >= 0 && count > this.max) {
      this.internals.setValidity({ rangeOverflow: true }, t('rangeOverflow', { max: this.max }), this.input);
    } else {
      this.internals.setValidity({});
    }
  }

  /** A user change: update, announce, and fire `input`, `change` and `ck-skills-change`. */
  private commit(next: SelectedSkill[], announcement: string): void {
    this.dirty = true;
    this.setSelection(next);
    this.live.say(announcement);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    this.emit('ck-skills-change', { skills: this.selected });
  }

  private addSkill(skill: SelectedSkill): boolean {
    if (this.isDisabled || this._selected.some((s) => s.uuid === skill.uuid)) return false;
    if (this.max !== undefined && this._selected.length >= this.max) {
      this.live.say(this.t('maxReached', { max: this.max }));
      return false;
    }
    const { matchedLabel: _m, score: _s, ...clean } = skill;
    const next = [...this._selected, clean];
    this.commit(next, this.t('added', { label: skill.preferredLabel, n: next.length }));
    return true;
  }

  private removeSkill(skill: SelectedSkill, refocus = false): void {
    if (this.isDisabled) return;
    const next = this._selected.filter((s) => s.uuid !== skill.uuid);
    if (next.length === this._selected.length) return;
    this.commit(next, this.t('removed', { label: skill.preferredLabel, n: next.length }));
    if (refocus) this.input?.focus();
  }

  private toggleSkill(skill: SelectedSkill): void {
    const existing = this._selected.find((s) => s.uuid === skill.uuid);
    if (existing) this.removeSkill(existing);
    else this.addSkill(skill);
  }

  /** Skills for these ids, keeping what is known of them (current or default selection); labels may be missing. */
  private fromIds(ids: unknown[]): SelectedSkill[] {
    return normalize(ids.map((id) => this.known.get(String(id)) ?? { uuid: String(id), preferredLabel: '' }));
  }

  /** Fetches the labels of entries that only have a UUID. */
  private resolveLabels(list: SelectedSkill[]): void {
    for (const s of list) if (!s.custom && s.preferredLabel === s.uuid) void this.resolveLabel(s.uuid);
  }

  private async resolveLabel(uuid: string): Promise<void> {
    try {
      const skill = await (await this.client()).skill(uuid);
      this.known.set(uuid, { ...skill, uuid });
      const fill = (list: SelectedSkill[]) => list.map((s) => (s.uuid === uuid ? { ...skill, uuid } : s));
      // The default selection too, so that form reset shows labels.
      if (this.initialSelection.some((s) => s.uuid === uuid)) this.initialSelection = fill(this.initialSelection);
      if (this._selected.some((s) => s.uuid === uuid)) this.setSelection(fill(this._selected));
    } catch {
      // The endpoint may not resolve UUIDs: the chip keeps showing the UUID.
    }
  }

  // ---- data ---------------------------------------------------------------------------------------

  /** The labels' language: the `model-id` model's locale, else the endpoint's configured model's. */
  private async loadConfig(): Promise<void> {
    this.configRequested = true;
    try {
      const client = await this.client();
      const id = this.modelId;
      const locale = id ? (await client.models()).find((model) => model.id === id)?.locale : (await client.config()).taxonomy?.locale;
      this.config = { locale: labelLang(locale) };
    } catch {
      // Without it the labels just lack a `lang`.
    }
  }

  private loadSearch(): Promise<SkillSearch> {
    return (this.searchLoading ??= import('./skill-search.js').then(({ SkillSearch }) => {
      this.search = new SkillSearch(this.host);
      this.requestUpdate();
      return this.search;
    }));
  }

  private async loadSuggestions(): Promise<void> {
    const labels = (Array.isArray(this.suggestFrom) ? this.suggestFrom : []).map((l) => String(l).trim()).filter(Boolean);
    // Frameworks may hand over an equal array on every render: match only when the labels change.
    const key = JSON.stringify([labels, this.occupation, this.jobTitle]);
    if (key === this.suggestKey || (!labels.length && !this.suggest)) return;
    this.suggestKey = key;
    const { Suggestions } = await import('./skill-suggestions.js');
    this.suggest ??= new Suggestions(this.host);
    await this.suggest.load(labels, this.occupation, this.jobTitle);
  }

  // ---- interaction --------------------------------------------------------------------------------

  private clearQuery(): void {
    this.query = '';
    this.search?.clear();
  }

  private async onInput(event: Event): Promise<void> {
    // The inner input's own `input` event is composed; the host fires `input` only when the selection changes.
    event.stopPropagation();
    this.query = (event.target as HTMLInputElement).value;
    (await this.loadSearch()).input(this.query);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.search?.keydown(event)) {
      event.preventDefault();
      return;
    }
    const text = this.query.trim();
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this.allowCustom && text) {
        if (this.addSkill({ uuid: CUSTOM_PREFIX + text, preferredLabel: text, custom: true })) this.clearQuery();
      } else if (!text) {
        this.internals.form?.requestSubmit();
      }
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.clearQuery();
    } else if (event.key === 'Backspace' && !this.query && this._selected.length) {
      event.preventDefault();
      // First press highlights the last chip and says so; the second removes it (no surprise deletions).
      const last = this._selected[this._selected.length - 1];
      if (this.armed === last.uuid) {
        this.armed = undefined;
        this.removeSkill(last);
      } else {
        this.armed = last.uuid;
        this.live.say(this.t('removeArmed', { label: last.preferredLabel }));
      }
      return;
    }
    if (this.armed) this.armed = undefined;
  }

  /** Closes the browse tree (Escape in the tree) and gives focus back to the Browse button. */
  private async closeBrowse(): Promise<void> {
    this.browseOpen = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="browse-button"]')?.focus();
  }

  /** The list closes when focus leaves the input for anything but the list itself or a details popover. */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Element | null;
    if (next !== this.input && !next?.closest?.('.popup, .popover')) this.search?.close();
  }

  private async toggleBrowse(): Promise<void> {
    this.browseOpen = !this.browseOpen;
    if (this.browseOpen && !this.tree) {
      const { SkillTree } = await import('./skill-tree.js');
      this.tree ??= new SkillTree(this.host);
      this.requestUpdate();
    }
  }

  private async showDetails(skill: SelectedSkill, anchor: HTMLElement): Promise<void> {
    if (!this.details) {
      const { SkillDetails } = await import('./skill-details.js');
      this.details ??= new SkillDetails(this.host);
    }
    await this.details.show(skill, anchor);
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const disabled = this.isDisabled;
    const search = this.search;
    const lang = this.config?.locale;
    // Compact markup: lit templates ship as written, and this file is on the critical path.
    return html`<label id="label" class="label" part="label" for="input"><slot name="label">${this.label ?? t('label')}</slot></label>
<div class="combo" @focusout=${this.onFocusOut}><div class="field" part="field">${this._selected.length
      ? html`<ul class="chips" aria-label=${t('selectedList')}>${this._selected.map((s) => this.renderChip(s, disabled, lang))}</ul>`
      : nothing}<input id="input" part="input" type="text" role="combobox" autocomplete="off" spellcheck="false" aria-autocomplete="list"
aria-expanded=${search?.expanded ? 'true' : 'false'} aria-controls="listbox" aria-activedescendant=${ifDefined(search?.activeId)}
aria-describedby="help hint" aria-invalid=${this.internals.validity.rangeOverflow ? 'true' : 'false'} placeholder=${this.placeholder ?? t('placeholder')}
.value=${this.query} ?disabled=${disabled} @input=${this.onInput} @keydown=${this.onKeyDown}>
<button type="button" class="browse" part="browse-button" aria-expanded=${this.browseOpen ? 'true' : 'false'} aria-controls="tree-panel" ?disabled=${disabled}
@click=${this.toggleBrowse}><span class="twisty" aria-hidden="true"></span>${t('browse')}</button></div>
<div class="popup" part="popup" ?hidden=${!search?.popupOpen} @mousedown=${(e: Event) => e.preventDefault()}><div id="listbox" role="listbox" part="listbox" aria-multiselectable="true" aria-labelledby="label"
?hidden=${!search?.expanded}>${search?.renderOptions()}</div>${search?.renderStatus()}</div></div>
<div id="tree-panel" class="panel" ?hidden=${!this.browseOpen}>${this.browseOpen ? (this.tree?.render() ?? html`<p class="message" part="message">${t('loading')}</p>`) : nothing}</div>
<div id="help" class="help" part="help">${this.helpText ?? ''}</div><span id="hint" hidden>${t('detailsHint')}</span>${this.suggest?.render()}${this.details?.render()}
${this.live.render()}    `;
  }

  private renderChip(skill: SelectedSkill, disabled: boolean, lang: string | undefined): TemplateResult {
    const t = this.t;
    const label = skill.preferredLabel;
    return html`<li class=${this.armed === skill.uuid ? 'chip armed' : 'chip'} part="chip"><span class="chip-label" lang=${ifDefined(skill.custom ? undefined : lang)}>${label}</span>${skill.custom
      ? html`<span class="badge" part="custom-badge">${t('custom')}</span>`
      : html`<button type="button" class="icon" part="chip-details" aria-label=${t('details', { label })}
@click=${(e: Event) => this.showDetails(skill, e.currentTarget as HTMLElement)}><span aria-hidden="true">i</span></button>`}<button type="button" class="icon"
part="chip-remove" aria-label=${t('remove', { label })} ?disabled=${disabled} @click=${() => this.removeSkill(skill, true)}><span aria-hidden="true">×</span></button></li>`;
  }
}
