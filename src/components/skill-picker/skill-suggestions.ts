/**
 * Suggested skills: free-text labels (e.g. a CV's skills) matched through `/taxonomy/skills/match`, offered as
 * chips with their confidence to accept or dismiss. Nothing is selected (and no event fires) until accepted.
 * Loaded only when `suggestFrom` is set.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TaxonomySkill } from '../../types.js';
import type { LazyPart, PickerHost } from './internal.js';

interface Suggestion {
  /** The free-text label it was matched from. */
  text: string;
  skill: TaxonomySkill;
  score: number;
}

const styles = css`
  .suggestions {
    margin-block-start: 0.75rem;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.375rem;
  }
  .suggestions .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
  }
  .subtitle {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .suggestion {
    border-style: dashed;
    background: var(--_surface);
  }
  .score {
    font-size: 0.8125rem;
    color: var(--_muted);
    padding-inline-end: 0.25rem;
  }
  .accept {
    color: var(--_accent);
  }
`;

export class Suggestions implements LazyPart {
  private items: Suggestion[] = [];
  private abort?: AbortController;

  constructor(private readonly host: PickerHost) {
    host.adopt(styles);
  }

  async load(labels: string[]): Promise<void> {
    this.abort?.abort();
    const unique = [...new Set(labels)];
    if (!unique.length) {
      this.items = [];
      this.host.requestUpdate();
      return;
    }
    const controller = (this.abort = new AbortController());
    try {
      const answer = await (await this.host.client()).matchSkills(unique, { signal: controller.signal, modelId: this.host.modelId });
      if (controller.signal.aborted) return;
      const seen = new Set<string>();
      const items: Suggestion[] = [];
      for (const result of answer?.results ?? []) {
        const best = [...(result.matches ?? [])].sort((a, b) => b.score - a.score)[0];
        if (!best?.skill?.uuid || seen.has(best.skill.uuid) || this.host.isSelected(best.skill.uuid)) continue;
        seen.add(best.skill.uuid);
        items.push({ text: result.label, skill: best.skill, score: best.score });
      }
      this.items = items;
    } catch {
      // Suggestions are an extra: on failure the picker simply offers none.
      this.items = [];
    }
    this.host.requestUpdate();
  }

  private accept(item: Suggestion): void {
    if (this.host.add(item.skill)) this.dismiss(item);
  }

  private dismiss(item: Suggestion): void {
    this.items = this.items.filter((s) => s !== item);
    this.host.requestUpdate();
  }

  render(): TemplateResult | typeof nothing {
    // Skills the user picked by other means are no longer suggested.
    const items = this.items.filter((s) => !this.host.isSelected(s.skill.uuid));
    if (!items.length) return nothing;
    const { t, disabled } = this.host;
    const percent = new Intl.NumberFormat(this.host.locale, { style: 'percent', maximumFractionDigits: 0 });
    return html`<div class="suggestions" part="suggestions" role="group" aria-labelledby="suggestions-title">
      <p id="suggestions-title" class="subtitle">${t('suggestions')}</p>
      <ul class="chips">
        ${items.map((item) => {
          const label = item.skill.preferredLabel;
          const from = t('suggestedFrom', { text: item.text });
          return html`<li class="chip suggestion" part="suggestion">
            <span class="chip-label" lang=${ifDefined(this.host.modelLocale)}>${label}</span>
            <span class="score" title=${from}>${t('confidence', { pct: percent.format(item.score) })}</span>
            <span class="visually-hidden">${from}</span>
            <button type="button" class="icon accept" part="suggestion-accept" aria-label=${t('accept', { label })} ?disabled=${disabled} @click=${() => this.accept(item)}>
              <span aria-hidden="true">+</span>
            </button>
            <button type="button" class="icon" part="suggestion-dismiss" aria-label=${t('dismiss', { label })} @click=${() => this.dismiss(item)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>`;
        })}
      </ul>
      ${items.length > 1
        ? html`<button type="button" class="link" ?disabled=${disabled} @click=${() => items.forEach((item) => this.accept(item))}>${t('acceptAll')}</button>`
        : nothing}
    </div>`;
  }
}
