/**
 * Structure and failures that tell the truth, in real Chromium against the sandbox stack: focus never falls to
 * <body> when the pressed button goes away, a failed new search does not keep the previous results, heading-level
 * allows a stand-alone job page's h1, and upstream text and counts are bidi-isolated.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/skill-picker/define.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/skill-picker.js';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import type { CkJobList } from '../../src/components/job-list/job-list.js';
import type { CkJobDetail } from '../../src/components/job-detail/job-detail.js';
import { configure } from '../../src/client/client.js';
import type { Job } from '../../src/types.js';

const nativeFetch = globalThis.fetch.bind(globalThis);
const root = (el: HTMLElement) => el.shadowRoot!;
const cards = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('ul[part~="list"] [part~="card"]')];
const stateText = (el: HTMLElement) => root(el).querySelector('[part~="state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Job list requests fail with a plain 400 (not retried, so quick) while `failing.on` is set. */
function failingJobs() {
  const failing = { on: false };
  configure({
    fetch: async (input, init) => {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      if (failing.on && new URL(request.url).pathname === '/careerkit/jobs') {
        return new Response(JSON.stringify({ error: { code: 'INVALID_REQUEST', message: 'nope' } }), { status: 400, headers: { 'content-type': 'application/json' } });
      }
      return nativeFetch(request);
    },
  });
  return failing;
}

async function loaded(el: CkJobList, count: number) {
  await waitUntil(() => cards(el).length === count, `expected ${count} cards, saw ${cards(el).length}`, { timeout: 8000 });
  await el.updateComplete;
}

describe('job list: focus and failures', () => {
  afterEach(() => configure({ fetch: nativeFetch }));

  it('a failed new search clears the previous results and shows the error in their place', async () => {
    const failing = failingJobs();
    const el = await fixture<CkJobList>(html`<ck-job-list page-size="3"></ck-job-list>`);
    await loaded(el, 3);
    failing.on = true;
    el.q = 'nurse';
    await waitUntil(() => stateText(el).includes('The jobs could not be loaded.'), 'no error state', { timeout: 8000 });
    expect(cards(el), 'stale results under the new query').to.have.length(0);
    expect(root(el).querySelector('[part~="total"]')!.textContent!.trim()).to.equal('');
    // The message sits where the results were: right under the filters.
    const state = root(el).querySelector('[part~="state"]')!;
    expect(state.previousElementSibling?.getAttribute('part')).to.equal('filters');
  });

  it('"Try again" keeps focus in the list (the heading) while the pressed button goes away', async () => {
    const failing = failingJobs();
    failing.on = true;
    const el = await fixture<CkJobList>(html`<ck-job-list page-size="3"></ck-job-list>`);
    await waitUntil(() => stateText(el).includes('The jobs could not be loaded.'), 'no error state', { timeout: 8000 });
    const retry = root(el).querySelector<HTMLButtonElement>('[part~="state"] button')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(root(el).querySelector('#heading'));
    // Still failing: the error comes back, and focus stays on the heading.
    await waitUntil(() => stateText(el).includes('The jobs could not be loaded.'), 'no error state', { timeout: 8000 });
    expect(deepActiveElement()).to.equal(root(el).querySelector('#heading'));
    failing.on = false;
    root(el).querySelector<HTMLButtonElement>('[part~="state"] button')!.click();
    await loaded(el, 3);
  });

  it('a failed "Load more" keeps the shown jobs and moves focus to its retry', async () => {
    const failing = failingJobs();
    const el = await fixture<CkJobList>(html`<ck-job-list page-size="2"></ck-job-list>`);
    await loaded(el, 2);
    failing.on = true;
    const more = [...root(el).querySelectorAll<HTMLButtonElement>('.footer button')].at(-1)!;
    more.focus();
    more.click();
    await waitUntil(() => stateText(el).includes('The jobs could not be loaded.'), 'no error state', { timeout: 8000 });
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
    await waitUntil(() => deepActiveElement() === root(el).querySelector('[part~="state"] button'), `focus is on ${deepActiveElement()?.localName}`);
    failing.on = false;
    (deepActiveElement() as HTMLButtonElement).click();
    await loaded(el, 4);
  });

  it('"Clear filters" moves focus to the search box, not <body>', async () => {
    const el = await fixture<CkJobList>(html`<ck-job-list page-size="4" q="zzqx-no-such-job"></ck-job-list>`);
    await waitUntil(() => stateText(el).includes('No jobs match these filters.'), 'no empty state', { timeout: 8000 });
    const clear = root(el).querySelector<HTMLButtonElement>('[part~="clear"]')!;
    clear.focus();
    clear.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(root(el).querySelector('#q'));
    await loaded(el, 4);
    expect(deepActiveElement()).to.equal(root(el).querySelector('#q'));
  });
});

const job = (title: string): Job => ({ id: 'b1', title, organisation: { id: 'o', name: 'مؤسسة' }, location: { display: 'Dubai' }, descriptionHtml: '<p>x</p>' });

describe('structure', () => {
  it('heading-level="1" gives a stand-alone job page its h1 (list: h1 with h2 cards; detail: h1)', async () => {
    const list = await fixture<CkJobList>(html`<ck-job-list heading-level="1" .jobs=${[job('One')]}></ck-job-list>`);
    await loaded(list, 1);
    expect(root(list).querySelector('#heading')!.localName).to.equal('h1');
    expect(cards(list)[0].querySelector('[part~="title"]')!.parentElement!.localName).to.equal('h2');
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail heading-level="1" .job=${job('One')}></ck-job-detail>`);
    await detail.updateComplete;
    expect(root(detail).querySelector('#title')!.localName).to.equal('h1');
    await expect(detail).to.be.accessible();
  });

  it('isolates upstream titles and our counts: an Arabic title reads right-to-left on an English page, "3 jobs" stays in order on an RTL page', async () => {
    const list = await fixture<CkJobList>(html`<ck-job-list .jobs=${[job('مهندس برمجيات أول')]}></ck-job-list>`);
    await loaded(list, 1);
    const title = cards(list)[0].querySelector('[part~="title"]')!;
    expect(getComputedStyle(title).direction).to.equal('rtl');
    expect(getComputedStyle(cards(list)[0].querySelector('[part~="organisation"]')!).direction).to.equal('rtl');
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail .job=${job('مهندس برمجيات أول')}></ck-job-detail>`);
    await detail.updateComplete;
    expect(getComputedStyle(root(detail).querySelector('#title')!).direction).to.equal('rtl');

    const rtl = await fixture<HTMLElement>(html`<div dir="rtl" lang="en"><ck-job-list .jobs=${[job('A'), job('B'), job('C')].map((j, i) => ({ ...j, id: `r${i}` }))}></ck-job-list></div>`);
    const inRtl = rtl.querySelector('ck-job-list')!;
    await loaded(inRtl, 3);
    const total = root(inRtl).querySelector('[part~="total"]')!;
    expect(total.textContent!.trim()).to.equal('3 jobs');
    expect(getComputedStyle(total).direction).to.equal('ltr');
  });
});

describe('phones', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('skill chips and their buttons are 44 px touch targets with room between them', async () => {
    await setViewport({ width: 375, height: 812 });
    const picker = await fixture<CkSkillPicker>(html`<ck-skill-picker name="skills"></ck-skill-picker>`);
    picker.selected = [{ uuid: '11111111-1111-4111-8111-111111111111', preferredLabel: 'Welding' }];
    await picker.updateComplete;
    const chip = picker.shadowRoot!.querySelector('[part~="chip"]')!;
    const details = chip.querySelector('[part~="chip-details"]')!.getBoundingClientRect();
    const remove = chip.querySelector('[part~="chip-remove"]')!.getBoundingClientRect();
    for (const box of [details, remove]) {
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
    expect(Math.abs(remove.left - details.right), 'space between the two buttons').to.be.at.least(8);
  });
});
