/** The details popover's content and placement; loaded on first use to keep the picker's script small. */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TaxonomySkill } from '../../types.js';
import type { PickerHost } from './internal.js';

const styles = css`
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: min(22rem, calc(100vw - 1rem));
    box-sizing: border-box;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  .details-head {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .details-title {
    flex: 1;
    margin: 0;
    font-size: 1rem;
  }
  .details-description {
    margin: 0.5rem 0;
    white-space: pre-line;
  }
  .details-facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.875rem;
  }
  .details-facts dt {
    color: var(--_muted);
  }
  .details-facts dd {
    margin: 0;
    font-weight: 600;
  }
`;

const GAP = 6;

type Skill = Partial<TaxonomySkill> & { preferredLabel: string; custom?: boolean };

/**
 * The details popover (Popover API, light dismiss, Escape closes): description, skill type and reuse level of a
 * result or chip. Focus moves to its close button and comes back to the opener.
 */
export class SkillDetails {
  private current?: { skill: Skill; anchor: HTMLElement };

  constructor(private readonly host: PickerHost) {
    host.adopt(styles);
  }

  private get popover(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#details');
  }

  async show(skill: Skill, anchor: HTMLElement): Promise<void> {
    this.current = { skill, anchor };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const popover = this.popover;
    if (!popover) return;
    if (!popover.matches(':popover-open')) popover.showPopover();
    place(popover, anchor);
    popover.querySelector<HTMLElement>('button')?.focus();
    if (!skill.description && skill.id && !skill.custom) {
      try {
        const full = await (await this.host.client()).skill(skill.id);
        if (this.current?.skill === skill) {
          this.current = { skill: { ...skill, ...full }, anchor };
          this.host.requestUpdate();
        }
      } catch {
        // The popover shows what it has.
      }
    }
  }

  private close = (): void => {
    const popover = this.popover;
    const hadFocus = !!popover?.contains(this.host.renderRoot.activeElement);
    const anchor = this.current?.anchor;
    this.current = undefined;
    this.host.requestUpdate();
    if (popover?.matches(':popover-open')) popover.hidePopover();
    if (!hadFocus) return;
    // Options are not focusable: focus goes back to the combobox input then.
    if (anchor?.isConnected && anchor.localName === 'button') anchor.focus();
    else this.host.focusInput();
  };

  private onToggle = (event: ToggleEvent): void => {
    if (event.newState === 'closed' && this.current) this.close();
  };

  render(): TemplateResult {
    const skill = this.current?.skill;
    const { t, modelLocale } = this.host;
    return html`<div id="details" class="popover" part="popover" popover="auto" role="dialog" aria-labelledby="details-title" @toggle=${this.onToggle}>
      ${skill
        ? html`<div class="details-head">
              <h2 id="details-title" class="details-title" lang=${ifDefined(modelLocale)}>${skill.preferredLabel}</h2>
              <button type="button" class="icon" aria-label=${t('close')} @click=${this.close}><span aria-hidden="true">×</span></button>
            </div>
            <p class="details-description" lang=${ifDefined(skill.description ? modelLocale : undefined)}>${skill.description || t('noDescription')}</p>
            ${skill.skillType || skill.reuseLevel
              ? html`<dl class="details-facts">
                  ${skill.skillType ? html`<div><dt>${t('typeLabel')}</dt><dd>${t(skill.skillType)}</dd></div>` : nothing}
                  ${skill.reuseLevel ? html`<div><dt>${t('reuseLabel')}</dt><dd>${t(skill.reuseLevel)}</dd></div>` : nothing}
                </dl>`
              : nothing}`
        : nothing}
    </div>`;
  }
}

/** Places the open popover (top layer) by its anchor, flipping above or inward when it would leave the viewport. */
function place(popover: HTMLElement, anchor: HTMLElement): void {
  const box = anchor.getBoundingClientRect();
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const { offsetWidth: width, offsetHeight: height } = popover;
  let top = box.bottom + GAP;
  if (top + height > innerHeight && box.top - GAP - height > 0) top = box.top - GAP - height;
  const start = rtl ? box.right - width : box.left;
  const left = Math.min(Math.max(GAP, start), Math.max(GAP, innerWidth - width - GAP));
  popover.style.top = `${Math.max(GAP, top)}px`;
  popover.style.left = `${left}px`;
}
