/**
 * Suggestions in <ck-skill-picker> (skill-suggestions.ts) in real Chromium against the sandbox stack (Tabiya's
 * sample behind the partner endpoint's skill index): where each suggestion came from is visible text, a summary
 * counts the labels matched, and labels that matched nothing are listed, or offered as one-tap custom skills
 * with allow-custom. Our client is never mocked.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/skill-picker/define.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/skill-picker.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = (el: HTMLElement, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const chipLabels = (el: HTMLElement) => $$(el, '[part~="chip"]').map((chip) => text(chip.querySelector('.chip-label')));

/** Two labels the sample has (exactly or as an alt label), two it has not. */
const LABELS = ['English', 'Drive automatic car', 'Zyxwv quantum basket weaving', 'React.js'];

async function suggested(el: CkSkillPicker) {
  await waitUntil(() => $(el, '[part~="suggestions-summary"]') !== null, 'no suggestions rendered', { timeout: 10_000 });
  await el.updateComplete;
}

describe('ck-skill-picker suggestions', () => {
  it('says visibly where each suggestion came from and how many labels matched; lists the rest', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker name="skills"></ck-skill-picker>`);
    el.suggestFrom = LABELS;
    await suggested(el);
    expect(text($(el, '[part~="suggestions-summary"]'))).to.equal('2 of 4 skills matched');
    const sources = $$(el, '[part~="suggestion"]').map((s) => text(s.querySelector('[part~="suggestion-source"]')));
    expect(sources).to.have.members(['from “English”', 'from “Drive automatic car”']);
    for (const source of $$(el, '[part~="suggestion-source"]')) {
      // Visible text, not a tooltip or a visually hidden span.
      expect(source.getBoundingClientRect().width).to.be.greaterThan(10);
      expect(getComputedStyle(source).clip).to.not.equal('rect(0px, 0px, 0px, 0px)');
    }
    // Without allow-custom the unmatched labels are named, not offered.
    expect(text($(el, '[part~="suggestions-unmatched"]'))).to.equal('Not found in the skill list: Zyxwv quantum basket weaving, React.js');
    expect($$(el, '[part~="suggestion-custom"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('with allow-custom, an unmatched label is one tap from a custom skill', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker name="skills" allow-custom></ck-skill-picker>`);
    let changes = 0;
    el.addEventListener('ck-skills-change', () => changes++);
    el.suggestFrom = LABELS;
    await suggested(el);
    const offers = $$(el, '[part~="suggestion-custom"]');
    expect(offers.map((b) => text(b))).to.deep.equal(['+ Zyxwv quantum basket weaving', '+ React.js']);
    expect(offers[1]!.getAttribute('aria-label')).to.equal('Add “React.js” as your own skill');
    expect(changes).to.equal(0);
    await expect(el).to.be.accessible();

    offers[1]!.click();
    await el.updateComplete;
    expect(chipLabels(el)).to.deep.equal(['React.js']);
    expect(el.value).to.deep.equal(['custom:React.js']);
    expect(changes).to.equal(1);
    expect($$(el, '[part~="suggestion-custom"]').map((b) => text(b))).to.deep.equal(['+ Zyxwv quantum basket weaving']);
  });

  it('speaks the picker language: French summary and source', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker lang="fr"></ck-skill-picker>`);
    el.suggestFrom = LABELS;
    await suggested(el);
    await waitUntil(() => text($(el, '[part~="suggestions-summary"]')).includes('sur'), 'French not loaded', { timeout: 5000 });
    expect(text($(el, '[part~="suggestions-summary"]'))).to.equal('2 compétences reconnues sur 4');
    expect(text($(el, '[part~="suggestion-source"]'))).to.match(/^d’après « .+ »$/);
  });
});
