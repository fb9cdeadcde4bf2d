/**
 * Suggested skills: free-text labels (e.g. a CV's skills) matched through `/taxonomy/skills/match`, offered as
 * chips to accept or dismiss, each saying (visibly) which label it came from and how sure the match is. A summary
 * says how many labels matched, and the labels that matched nothing are listed, never dropped silently: with
 * `allow-custom` each is a one-tap custom skill. Nothing is selected (and no event fires) until accepted.
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
  .score,
  .from,
  .summary,
  .unmatched {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .score {
    padding-inline-end: 0.25rem;
  }
  .summary,
  .unmatched {
    margin: 0;
  }
  .from {
    padding-inline-start: 0.25rem;
  }
  .custom-offer {
    border-style: dashed;
    background: var(--_surface);
  }
  .accept {
    color: var(--_accent);
  }
`;

const CUSTOM_PREFIX = 'custom:';

export class Suggestions implements LazyPart {
  private items: Suggestion[] = [];
  /** Labels that matched no skill, in the order given. */
  private unmatched: string[] = [];
  /** How many distinct labels were matched, and of how many (for the summary). */
  private counts = { matched: 0, total: 0 };
  private abort?: AbortController;

  constructor(private readonly host: PickerHost) {
    host.adopt(styles);
  }

  /** Matches `labels`; the job (`occupation` id or `jobTitle`) ranks equally good matches. */
  async load(labels: string[], occupation?: string, jobTitle?: string): Promise<void> {
    this.abort?.abort();
    const unique = [...new Set(labels)];
    if (!unique.length) {
      this.items = [];
      this.unmatched = [];
      this.counts = { matched: 0, total: 0 };
      this.host.requestUpdate();
      return;
    }
    const controller = (this.abort = new AbortController());
    try {
      // The job ranks equal matches; values the endpoint would refuse are left out rather than costing the suggestions.
      const occupationId = String(occupation ?? '').trim().toLowerCase();
      const title = String(jobTitle ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim().slice(0, 200);
      const answer = await (await this.host.client()).matchSkills(unique, {
        signal: controller.signal,
        modelId: this.host.modelId,
        occupation: /^[0-9a-f]{24}$/.test(occupationId) ? occupationId : undefined,
        jobTitle: title || undefined,
      });
      if (controller.signal.aborted) return;
      const seen = new Set<string>();
      const items: Suggestion[] = [];
      const unmatched: string[] = [];
      let matched = 0;
      for (const result of answer?.results ?? []) {
        const best = [...(result.matches ?? [])].sort((a, b) => b.score - a.score)[0];
        if (!best?.skill?.uuid) {
          if (typeof result.label === 'string' && result.label.trim()) unmatched.push(result.label.trim());
          continue;
        }
        matched += 1;
        if (seen.has(best.skill.uuid) || this.host.isSelected(best.skill.uuid)) continue;
        seen.add(best.skill.uuid);
        items.push({ text: result.label, skill: best.skill, score: best.score });
      }
      this.items = items;
      this.unmatched = [...new Set(unmatched)];
      this.counts = { matched, total: unique.length };
    } catch {
      // Suggestions are an extra: on failure the picker simply offers none.
      this.items = [];
      this.unmatched = [];
      this.counts = { matched: 0, total: 0 };
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

  /** One tap: an unmatched label becomes a custom skill (as typing it and pressing Enter would). */
  private addCustom(text: string): void {
    const custom = { uuid: CUSTOM_PREFIX + text, preferredLabel: text, custom: true } as unknown as TaxonomySkill;
    if (this.host.add(custom)) {
      this.unmatched = this.unmatched.filter((u) => u !== text);
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult | typeof nothing {
    // Skills the user picked by other means are no longer suggested.
    const items = this.items.filter((s) => !this.host.isSelected(s.skill.uuid));
    const unmatched = this.unmatched.filter((text) => !this.host.isSelected(CUSTOM_PREFIX + text));
    if (!items.length && !unmatched.length) return nothing;
    const { t, disabled } = this.host;
    const percent = new Intl.NumberFormat(this.host.locale, { style: 'percent', maximumFractionDigits: 0 });
    return html`<div class="suggestions" part="suggestions" role="group" aria-labelledby="suggestions-title">
      <p id="suggestions-title" class="subtitle">${t('suggestions')}</p>
      <p class="summary" part="suggestions-summary">${t('suggestionsMatched', { n: this.counts.matched, total: this.counts.total })}</p>
      ${items.length
        ? html`<ul class="chips">
            ${items.map((item) => {
              const label = item.skill.preferredLabel;
              const from = t('suggestedFrom', { text: item.text });
              return html`<li class="chip suggestion" part="suggestion">
                <span class="chip-label" lang=${ifDefined(this.host.modelLocale)}>${label}</span>
                <span class="from" part="suggestion-source">${from}</span>
                <span class="score">${t('confidence', { pct: percent.format(item.score) })}</span>
                <button type="button" class="icon accept" part="suggestion-accept" aria-label=${t('accept', { label })} ?disabled=${disabled} @click=${() => this.accept(item)}>
                  <span aria-hidden="true">+</span>
                </button>
                <button type="button" class="icon" part="suggestion-dismiss" aria-label=${t('dismiss', { label })} @click=${() => this.dismiss(item)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>`;
            })}
          </ul>`
        : nothing}
      ${items.length > 1
        ? html`<button type="button" class="link" ?disabled=${disabled} @click=${() => items.forEach((item) => this.accept(item))}>${t('acceptAll')}</button>`
        : nothing}
      ${unmatched.length ? this.renderUnmatched(unmatched) : nothing}
    </div>`;
  }

  private renderUnmatched(unmatched: string[]): TemplateResult {
    const { t, disabled } = this.host;
    if (!this.host.allowCustom) {
      return html`<p class="unmatched" part="suggestions-unmatched">${t('unmatched', { list: unmatched.join(', ') })}</p>`;
    }
    return html`<p class="unmatched" id="unmatched-title">${t('unmatchedCustom')}</p>
      <ul class="chips" part="suggestions-unmatched" aria-labelledby="unmatched-title">
        ${unmatched.map(
          (text) => html`<li>
            <button type="button" class="chip custom-offer" part="suggestion-custom" aria-label=${t('addAsCustom', { text })} ?disabled=${disabled} @click=${() => this.addCustom(text)}>
              <span aria-hidden="true">+</span> ${text}
            </button>
          </li>`,
        )}
      </ul>`;
  }
}
