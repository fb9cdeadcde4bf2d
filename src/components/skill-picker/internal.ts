/** What the lazily loaded parts (browse tree, details popover) need from the picker. Types only. */
import type { CSSResult, TemplateResult, nothing } from 'lit';
import type { CareerkitClient } from '../../client/client.js';
import type { Translate } from '../../i18n/translate.js';
import type { TaxonomySkill } from '../../types.js';
import type { SkillPickerKey } from './messages.js';
import type { CommonKey } from '../../i18n/common.js';

export interface PickerHost {
  /** The shared client (loaded on first use). */
  client(): Promise<CareerkitClient>;
  readonly modelId: string | undefined;
  /** BCP 47 tag of the taxonomy model's labels, for `lang`. */
  readonly modelLocale: string | undefined;
  readonly t: Translate<SkillPickerKey | CommonKey>;
  /** The UI locale (numbers, percentages). */
  readonly locale: string;
  readonly renderRoot: ShadowRoot;
  readonly updateComplete: Promise<boolean>;
  readonly disabled: boolean;
  readonly allowCustom: boolean;
  isSelected(uuid: string): boolean;
  toggle(skill: TaxonomySkill): void;
  /** Adds a skill as a user choice; false when it cannot be added (disabled, duplicate, max reached). */
  add(skill: TaxonomySkill): boolean;
  /** Adds a lazily loaded part's styles to the shadow root. */
  adopt(style: CSSResult): void;
  showDetails(skill: TaxonomySkill, anchor: HTMLElement): void;
  requestUpdate(): void;
  setPending(pending: boolean): void;
  /** Says something through the polite live region. */
  announce(text: string): void;
  focusInput(): void;
  /** Closes the browse tree and focuses the Browse button. */
  closeBrowse(): void;
}

export interface LazyPart {
  render(): TemplateResult | typeof nothing;
}
