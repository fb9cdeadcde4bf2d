/**
 * Focus is visible everywhere and in every mode: drawn with an outline that no documented ::part style erases
 * (the demo themes ::part(card) with a box-shadow), and kept in forced colors (Windows High Contrast), where
 * box-shadow is dropped. Real Chromium; keyboard focus through sendKeys so :focus-visible applies.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/job-list/define.js';
import '../../src/components/apply-button/define.js';
import '../../src/components/skill-picker/define.js';
import type { CkJobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/types.js';

const jobs = (n: number): Job[] =>
  Array.from({ length: n }, (_, i) => ({ id: `f${i}`, title: `Job ${i}`, organisation: { id: 'o', name: 'Org' }, location: { display: 'Nairobi' } }));

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabTo(target: Element): Promise<void> {
  for (let i = 0; i < 40 && deepActiveElement() !== target; i++) await sendKeys({ press: 'Tab' });
  expect(deepActiveElement(), 'could not Tab to the target').to.equal(target);
}

function ring(element: Element): { style: string; width: number } {
  const css = getComputedStyle(element);
  return { style: css.outlineStyle, width: parseFloat(css.outlineWidth) };
}

function expectRing(element: Element, what: string): void {
  const { style, width } = ring(element);
  expect(style, `${what}: outline-style`).to.equal('solid');
  expect(width, `${what}: outline-width`).to.be.at.least(2);
}

/** The page's theme, as partners (and the demo) write it. */
const partnerTheme = document.createElement('style');
partnerTheme.textContent = `
  ck-job-list::part(card) { box-shadow: 0 1px 3px rgb(0 0 0 / 0.2); outline: none; }
  ck-job-list::part(title) { outline: none; }
  ck-job-list::part(search), ck-job-list::part(filter), ck-job-list::part(button) { outline: none; box-shadow: none; }
  ck-skill-picker::part(field), ck-skill-picker::part(browse-button) { outline: none; box-shadow: none; }
  ck-apply-button::part(button) { outline: none; box-shadow: none; }
`;

/**
 * Forced colors need media emulation from the runner (Chromium's CDP; WebDriver BiDi and classic have none): where
 * it is missing, the forced-colors variants say so and are reported as skipped.
 */
async function forceColors(test: Mocha.Context) {
  try {
    await emulateMedia({ forcedColors: 'active' });
  } catch (error) {
    console.warn(`forced-colors variant not run: this runner cannot emulate forced-colors (${(error as Error).message.split('\n')[0]})`);
    test.skip();
  }
}

describe('focus is visible', () => {
  before(() => document.head.append(partnerTheme));
  after(() => partnerTheme.remove());
  afterEach(() => emulateMedia({ forcedColors: 'none' }).catch(() => {}));

  for (const forced of [false, true]) {
    it(`${forced ? 'in forced colors: ' : ''}job cards, search, filters and Load more show an outline the partner's ::part styles keep`, async function () {
      if (forced) await forceColors(this);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(forced);
      const start = await fixture<HTMLButtonElement>(html`<button>start</button>`);
      const list = await fixture<CkJobList>(html`<ck-job-list .jobs=${jobs(3)} total="10"></ck-job-list>`);
      await waitUntil(() => list.shadowRoot!.querySelectorAll('[part~="card"]').length === 3);
      const root = list.shadowRoot!;
      start.focus();
      const title = root.querySelector('[part~="title"]')!;
      await tabTo(title);
      expectRing(root.querySelector('[part~="card"]')!, 'card');
      // Against the stack: the search box, a filter and Load more.
      const live = await fixture<CkJobList>(html`<ck-job-list page-size="2"></ck-job-list>`);
      await waitUntil(() => live.shadowRoot!.querySelectorAll('ul[part~="list"] [part~="card"]').length === 2, 'no cards', { timeout: 8000 });
      const r = live.shadowRoot!;
      start.focus();
      await tabTo(r.querySelector('#q')!);
      expectRing(r.querySelector('#q')!, 'search');
      await sendKeys({ press: 'Tab' });
      expectRing(r.querySelector('#country')!, 'filter');
      const more = [...r.querySelectorAll('.footer button')].at(-1)!;
      await tabTo(more);
      expectRing(more, 'Load more');
      const apply = await fixture(html`<ck-apply-button></ck-apply-button>`);
      start.focus();
      await tabTo(apply.shadowRoot!.querySelector('button')!);
      expectRing(apply.shadowRoot!.querySelector('button')!, 'apply button');
    });

    it(`${forced ? 'in forced colors: ' : ''}the skill picker's field and Browse button show an outline`, async function () {
      if (forced) await forceColors(this);
      const start = await fixture<HTMLButtonElement>(html`<button>start</button>`);
      const picker = await fixture(html`<ck-skill-picker name="skills"></ck-skill-picker>`);
      const root = picker.shadowRoot!;
      await waitUntil(() => root.querySelector('#input'));
      start.focus();
      await tabTo(root.querySelector('#input')!);
      expectRing(root.querySelector('[part~="field"]')!, 'picker field');
      await sendKeys({ press: 'Tab' });
      const browse = root.querySelector('[part~="browse-button"]')!;
      expect(deepActiveElement()).to.equal(browse);
      expectRing(browse, 'browse button');
    });
  }
});
