/**
 * No locale input may break an element: page `lang` values such as `en_US`, POSIX browser locales such as
 * `en-US@posix`, and garbage. Elements follow later changes of the closest `lang` (a partner SPA switching
 * language). Real Chromium; the job list runs in controlled mode (no network) so only the locale is under test.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import '../../src/components/apply-button/define.js';
import '../../src/components/skill-picker/define.js';
import type { CkJobList } from '../../src/components/job-list/job-list.js';
import type { CkJobDetail } from '../../src/components/job-detail/job-detail.js';
import type { CkApplyButton } from '../../src/components/apply-button/apply-button.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/skill-picker.js';
import { canonicalLocale } from '../../src/shared/resolve.js';
import type { Job } from '../../src/types.js';

const job = (i: number): Job => ({
  id: `job-${i}`,
  title: `Job ${i}`,
  organisation: { id: 'o', name: 'Org' },
  location: { display: 'Nairobi' },
  salary: { from: 1000, to: 2000, currency: 'KES' },
  postedAt: new Date().toISOString(),
});

const html0 = document.documentElement;
const originalLang = html0.getAttribute('lang');

function stubNavigatorLanguage(value: string): () => void {
  Object.defineProperty(navigator, 'language', { configurable: true, get: () => value });
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => [value] });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).language;
    delete (navigator as unknown as Record<string, unknown>).languages;
  };
}

const cardsOf = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('[part~="card"]');
const total = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="total"]')!.textContent!.trim();

describe('locale robustness', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    if (originalLang === null) html0.removeAttribute('lang');
    else html0.setAttribute('lang', originalLang);
  });

  it('canonicalizes authoring mistakes and POSIX locales, and rejects garbage', () => {
    expect(canonicalLocale('en_US')).to.equal('en-US');
    expect(canonicalLocale('en-US@posix')).to.equal('en-US');
    expect(canonicalLocale('fr_CA.UTF-8@euro')).to.equal('fr-CA');
    expect(canonicalLocale('sw')).to.equal('sw');
    for (const bad of ['', 'C', 'POSIX', '!!', 'x'.repeat(300), 'en--US', undefined, 42]) expect(canonicalLocale(bad), String(bad)).to.equal(undefined);
  });

  for (const lang of ['en_US', 'en-US@posix', '%%garbage%%', 'fr_FR']) {
    it(`every element renders with <html lang="${lang}">`, async () => {
      html0.setAttribute('lang', lang);
      const list = await fixture<CkJobList>(html`<ck-job-list .jobs=${[job(1), job(2)]}></ck-job-list>`);
      await waitUntil(() => cardsOf(list).length === 2, 'the list rendered no cards');
      expect(total(list)).to.equal(lang === 'fr_FR' ? '2 offres' : '2 jobs');
      const detail = await fixture<CkJobDetail>(html`<ck-job-detail .job=${{ ...job(3), descriptionHtml: '<p>x</p>' }}></ck-job-detail>`);
      await detail.updateComplete;
      expect(detail.shadowRoot!.querySelector('#title')!.textContent).to.contain('Job 3');
      const button = await fixture<CkApplyButton>(html`<ck-apply-button></ck-apply-button>`);
      await button.updateComplete;
      expect(button.shadowRoot!.querySelector('[part=label]')!.textContent).to.equal(lang === 'fr_FR' ? 'Postuler avec SmartCV' : 'Apply with SmartCV');
      const picker = await fixture<CkSkillPicker>(html`<ck-skill-picker name="skills"></ck-skill-picker>`);
      await picker.updateComplete;
      expect(picker.shadowRoot!.querySelector('[part~="input"]')).to.not.equal(null);
      expect(list.resolvedLocale).to.equal(lang === 'fr_FR' ? 'fr-FR' : lang === '%%garbage%%' ? list.resolvedLocale : 'en-US');
    });
  }

  it('a browser language like en-US@posix (and no page lang) breaks nothing', async () => {
    html0.removeAttribute('lang');
    restore = stubNavigatorLanguage('en-US@posix');
    const list = await fixture<CkJobList>(html`<ck-job-list .jobs=${[job(1)]}></ck-job-list>`);
    await waitUntil(() => cardsOf(list).length === 1, 'the list rendered no cards');
    expect(list.resolvedLocale).to.equal('en-US');
    expect(total(list)).to.equal('1 job');
    const button = await fixture<CkApplyButton>(html`<ck-apply-button></ck-apply-button>`);
    expect(button.resolvedLocale).to.equal('en-US');
  });

  it('a garbage browser language and a garbage locale attribute fall back to English', async () => {
    html0.removeAttribute('lang');
    restore = stubNavigatorLanguage('@@');
    const list = await fixture<CkJobList>(html`<ck-job-list locale="not a locale" .jobs=${[job(1)]}></ck-job-list>`);
    await waitUntil(() => cardsOf(list).length === 1, 'the list rendered no cards');
    expect(list.resolvedLocale).to.equal('en');
  });

  it('follows a later change of the closest lang (a partner SPA switching language)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <ck-job-list .jobs=${[job(1), job(2)]}></ck-job-list>
      <ck-apply-button></ck-apply-button>
    </div>`);
    const list = wrapper.querySelector('ck-job-list')!;
    const button = wrapper.querySelector('ck-apply-button')!;
    await waitUntil(() => cardsOf(list).length === 2, 'the list rendered no cards');
    const label = () => button.shadowRoot!.querySelector('[part=label]')!.textContent;
    expect(total(list)).to.equal('2 jobs');
    expect(label()).to.equal('Apply with SmartCV');
    wrapper.lang = 'fr';
    await waitUntil(() => total(list) === '2 offres', `the list kept "${total(list)}"`);
    await waitUntil(() => label() === 'Postuler avec SmartCV', `the button kept "${label()}"`);
    // The page's own lang counts too when the wrapper has none.
    wrapper.removeAttribute('lang');
    html0.setAttribute('lang', 'es');
    await waitUntil(() => label() === 'Postularse con SmartCV', `the button kept "${label()}"`);
  });

  it('a job detail standing alone follows the page language', async () => {
    html0.setAttribute('lang', 'en');
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail .job=${{ ...job(3), descriptionHtml: '<p>x</p>' }}></ck-job-detail>`);
    await detail.updateComplete;
    const back = () => detail.shadowRoot!.querySelector('.back')?.textContent?.trim();
    expect(back()).to.equal('Back to jobs');
    html0.setAttribute('lang', 'fr');
    await waitUntil(() => back() === 'Retour aux offres', `the detail kept "${back()}"`);
  });
});
