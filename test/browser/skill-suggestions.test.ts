/**
 * Suggestions in <ck-skill-picker> (skill-suggestions.ts) in real Chromium against the sandbox stack (Tabiya's
 * sample behind the partner endpoint's skill index): where each suggestion came from is visible text, a summary
 * counts the labels matched, and labels that matched nothing are listed, or offered as one-tap custom skills
 * with allow-custom. Our client is never mocked.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/skill-picker/define.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/skill-picker.js';
import { configure, createClient } from '../../src/client/client.js';

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

  describe('for a job (occupation, job-title)', () => {
    const nativeFetch = globalThis.fetch.bind(globalThis);
    const api = createClient('/careerkit');
    /** "building site" names two skills equally well; the dismantling supervisor's essential one is the second. */
    const LABEL = 'building site';
    const GENERAL = 'prepare ground for construction';
    const FOR_THE_JOB = 'prepare site for construction';
    let bodies: Array<Record<string, unknown>> = [];

    before(async () => {
      await nativeFetch('/__stack/reset', { method: 'POST', headers: { 'x-careerkit': '1' } });
      // The job ranks matches in the endpoint's skill index (built in the background after a reset).
      await waitUntil(async () => (await api.searchSkills({ q: 'sales', limit: 1 })).source === 'index', 'the skill index did not load', { timeout: 9000, interval: 100 });
    });
    beforeEach(() => {
      bodies = [];
      configure({
        fetch: async (input, init) => {
          const request = input instanceof Request && !init ? input : new Request(input, init);
          if (new URL(request.url).pathname === '/careerkit/taxonomy/skills/match') bodies.push(await request.clone().json());
          return nativeFetch(request);
        },
      });
    });
    afterEach(() => configure({ fetch: nativeFetch }));

    const suggestionLabels = (el: CkSkillPicker) => $$(el, '[part~="suggestion"] .chip-label').map(text);
    async function suggestionsFor(el: CkSkillPicker, requests: number) {
      await waitUntil(() => bodies.length >= requests, 'no match request', { timeout: 8000 });
      await suggested(el);
      await waitUntil(() => suggestionLabels(el).length > 0, 'no suggestion', { timeout: 8000 });
      return suggestionLabels(el);
    }

    it('without a job, the more general skill is suggested', async () => {
      const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
      el.suggestFrom = [LABEL];
      expect(await suggestionsFor(el, 1)).to.deep.equal([GENERAL]);
      expect(bodies[0]).to.deep.equal({ labels: [LABEL] });
    });

    it("job-title sends the job's title, and its occupation's essential skill is suggested; a new title asks again", async () => {
      const el = await fixture<CkSkillPicker>(html`<ck-skill-picker job-title="Dismantling supervisor"></ck-skill-picker>`);
      el.suggestFrom = [LABEL];
      expect(await suggestionsFor(el, 1)).to.deep.equal([FOR_THE_JOB]);
      expect(bodies[0]).to.deep.equal({ labels: [LABEL], jobTitle: 'Dismantling supervisor' });
      el.jobTitle = 'Cook';
      await waitUntil(() => bodies.length === 2, 'a new title did not ask again', { timeout: 8000 });
      expect(bodies[1]).to.deep.equal({ labels: [LABEL], jobTitle: 'Cook' });
      await waitUntil(() => suggestionLabels(el)[0] === GENERAL, `still ${suggestionLabels(el).join()}`, { timeout: 8000 });
    });

    it('occupation sends the occupation id, with the same effect', async () => {
      const { items } = await api.occupations('dismantling supervisor');
      const occupation = items.find((o) => o.preferredLabel === 'dismantling supervisor')!.id;
      const el = await fixture<CkSkillPicker>(html`<ck-skill-picker occupation=${occupation}></ck-skill-picker>`);
      el.suggestFrom = [LABEL];
      expect(await suggestionsFor(el, 1)).to.deep.equal([FOR_THE_JOB]);
      expect(bodies[0]).to.deep.equal({ labels: [LABEL], occupation });
    });

    it('an occupation the endpoint would refuse is left out (suggestions still come); control characters leave the title', async () => {
      const el = await fixture<CkSkillPicker>(html`<ck-skill-picker occupation="constructor"></ck-skill-picker>`);
      el.jobTitle = 'Dismantling\u0000supervisor\n';
      el.suggestFrom = [LABEL];
      expect(await suggestionsFor(el, 1)).to.deep.equal([FOR_THE_JOB]);
      expect(bodies[0]).to.deep.equal({ labels: [LABEL], jobTitle: 'Dismantling supervisor' });
    });
  });
});
