/**
 * "Still loading…": after `StillLoading.delay` of waiting (4 s on a page; shortened here), <ck-job-list>,
 * <ck-job-detail> and <ck-skill-picker> say so, visibly and once through their polite live region, and the text
 * goes away when the answer arrives. A fast answer never shows it. Real Chromium against the sandbox stack: the
 * Job Space simulator's latency fault slows the list and the detail; the picker's search (answered by the
 * endpoint's own skill index) is held back in the fetch given to `configure()`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import '../../src/components/skill-picker/define.js';
import type { CkJobList } from '../../src/components/job-list/job-list.js';
import type { CkJobDetail } from '../../src/components/job-detail/job-detail.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/skill-picker.js';
import { StillLoading } from '../../src/shared/still-loading.js';
import { configure, createClient } from '../../src/client/client.js';

const nativeFetch = globalThis.fetch.bind(globalThis);
const stack = (path: string, body?: unknown) =>
  nativeFetch(path, {
    method: body === undefined ? 'POST' : 'PUT',
    headers: { 'x-careerkit': '1', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const jobspaceLatency = (latencyMs: number) => stack('/__stack/faults', { jobspace: { latencyMs } });

const DELAY = 300;
/**
 * The fast cases wait with a longer delay: a busy machine may take a few hundred milliseconds to answer, and "fast"
 * means well under the delay. They then wait past it, so a timer that was not stopped would still show.
 */
const FAST_DELAY = 1200;
async function pastFastDelay(since: number) {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, since + FAST_DELAY + 400 - performance.now())));
}
const STILL = 'Still loading…';

/**
 * Watches an element's shadow root from now on: whether the visible text ever said "Still loading…", and every
 * text its live region announced.
 */
function watch(el: HTMLElement) {
  const root = el.shadowRoot!;
  const seen = { shown: false, announced: [] as string[] };
  const visible = () =>
    [...root.querySelectorAll('.still-loading, [part~="message"]')].some((node) => node.textContent!.includes(STILL));
  const check = () => {
    if (visible()) seen.shown = true;
    const live = root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
    if (live && live !== seen.announced.at(-1)) seen.announced.push(live);
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  check();
  return { seen, visible, stop: () => observer.disconnect() };
}

describe('still loading', () => {
  let saved = StillLoading.delay;
  beforeEach(async () => {
    saved = StillLoading.delay;
    StillLoading.delay = DELAY;
    await stack('/__stack/reset');
    configure({ fetch: nativeFetch });
  });
  afterEach(async () => {
    StillLoading.delay = saved;
    configure({ fetch: nativeFetch });
    await stack('/__stack/reset');
  });

  it('the job list says "Still loading…" during a slow answer, once, and drops it when the jobs arrive', async () => {
    await jobspaceLatency(DELAY * 5);
    const el = await fixture<CkJobList>(html`<ck-job-list page-size="3"></ck-job-list>`);
    const w = watch(el);
    await waitUntil(() => w.visible(), 'no "Still loading…" during a slow answer', { timeout: DELAY * 4 });
    const shown = el.shadowRoot!.querySelector<HTMLElement>('.still-loading')!;
    expect(shown.getBoundingClientRect().height, 'the text is visible').to.be.greaterThan(0);
    // Still the skeletons meanwhile: the message is said beside them, not instead of them.
    expect(el.shadowRoot!.querySelectorAll('ul[aria-hidden="true"] .skeleton').length).to.be.greaterThan(0);
    await expect(el, 'axe clean while it says so').to.be.accessible();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="card"]').length === 3, 'jobs did not arrive', { timeout: 8000 });
    await el.updateComplete;
    expect(w.visible(), 'gone once the jobs are shown').to.equal(false);
    expect(w.seen.announced.filter((text) => text.includes(STILL)), 'announced once').to.have.length(1);
    w.stop();
    await expect(el).to.be.accessible();
  });

  it('the job list never says it when the answer is fast', async () => {
    StillLoading.delay = FAST_DELAY;
    const since = performance.now();
    const el = await fixture<CkJobList>(html`<ck-job-list page-size="3"></ck-job-list>`);
    const w = watch(el);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="card"]').length === 3, 'jobs did not arrive', { timeout: 8000 });
    await pastFastDelay(since);
    w.stop();
    expect(w.seen.shown).to.equal(false);
    expect(w.seen.announced.join(' | ')).not.to.include(STILL);
  });

  it('the job detail says it during a slow fetch and drops it when the job arrives', async () => {
    const [job] = (await createClient('/careerkit').jobs({ pageSize: 1 })).items;
    await jobspaceLatency(DELAY * 5);
    const el = await fixture<CkJobDetail>(html`<ck-job-detail job-id=${job.id}></ck-job-detail>`);
    const w = watch(el);
    await waitUntil(() => w.visible(), 'no "Still loading…" during a slow fetch', { timeout: DELAY * 4 });
    expect(el.shadowRoot!.querySelector<HTMLElement>('.still-loading')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await waitUntil(() => el.shadowRoot!.querySelector('#title'), 'the job did not arrive', { timeout: 8000 });
    await el.updateComplete;
    expect(w.visible()).to.equal(false);
    expect(w.seen.announced.filter((text) => text.includes(STILL))).to.have.length(1);
    w.stop();
  });

  it('the job detail never says it when the job comes fast', async () => {
    const [job] = (await createClient('/careerkit').jobs({ pageSize: 1 })).items;
    StillLoading.delay = FAST_DELAY;
    const since = performance.now();
    const el = await fixture<CkJobDetail>(html`<ck-job-detail job-id=${job.id}></ck-job-detail>`);
    const w = watch(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#title'), 'the job did not arrive', { timeout: 8000 });
    await pastFastDelay(since);
    w.stop();
    expect(w.seen.shown).to.equal(false);
  });

  /** Holds each skill search back `holdMs()` in the fetch (the endpoint answers it from its own index). */
  function holdSkillSearches(holdMs: () => number) {
    configure({
      fetch: async (input, init) => {
        const request = input instanceof Request && !init ? input : new Request(input, init);
        if (new URL(request.url).pathname === '/careerkit/taxonomy/skills') await new Promise((resolve) => setTimeout(resolve, holdMs()));
        return nativeFetch(request);
      },
    });
  }

  /** The picker's search for "sales", held back `holdMs`. */
  async function pickerSearching(holdMs: number) {
    holdSkillSearches(() => holdMs);
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker label="Skills"></ck-skill-picker>`);
    const w = watch(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('#input')!.focus();
    await sendKeys({ type: 'sales' });
    return { el, w, options: () => el.shadowRoot!.querySelectorAll('[role="option"]').length };
  }

  it('the skill picker says it instead of "Loading…" during a slow search, and shows the results after', async () => {
    const { el, w, options } = await pickerSearching(DELAY * 5);
    await waitUntil(() => el.pending, 'the search did not start', { timeout: 4000 });
    await waitUntil(() => w.visible(), 'no "Still loading…" during a slow search', { timeout: DELAY * 4 });
    expect(el.pending).to.equal(true);
    await waitUntil(() => options() > 0 && !el.pending, 'results did not arrive', { timeout: 8000 });
    await el.updateComplete;
    expect(w.visible()).to.equal(false);
    expect(w.seen.announced.filter((text) => text.includes(STILL))).to.have.length(1);
    w.stop();
  });

  it('the skill picker says it beside the results of the last search while a slow new search is pending', async () => {
    let holdMs = 0;
    holdSkillSearches(() => holdMs);
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker label="Skills"></ck-skill-picker>`);
    const options = () => el.shadowRoot!.querySelectorAll('[role="option"]').length;
    el.shadowRoot!.querySelector<HTMLInputElement>('#input')!.focus();
    await sendKeys({ type: 'sales' });
    await waitUntil(() => options() > 0 && !el.pending, 'first results did not arrive', { timeout: 8000 });
    holdMs = DELAY * 5;
    const w = watch(el);
    await sendKeys({ type: ' man' });
    await waitUntil(() => el.pending, 'the second search did not start', { timeout: 4000 });
    expect(options(), 'the last results stay while the next come').to.be.greaterThan(0);
    // Before: with results on screen a slow search showed nothing at all, only the live region spoke.
    await waitUntil(() => w.visible(), 'no "Still loading…" beside the old results', { timeout: DELAY * 4 });
    await expect(el).to.be.accessible();
    await waitUntil(() => !el.pending, 'the second results did not arrive', { timeout: 8000 });
    await el.updateComplete;
    expect(w.visible()).to.equal(false);
    expect(w.seen.announced.filter((text) => text.includes(STILL))).to.have.length(1);
    w.stop();
  });

  it('the skill picker never says it when the search is fast', async () => {
    StillLoading.delay = FAST_DELAY;
    const { el, w, options } = await pickerSearching(0);
    const since = performance.now();
    await waitUntil(() => options() > 0 && !el.pending, 'results did not arrive', { timeout: 8000 });
    await pastFastDelay(since);
    w.stop();
    expect(w.seen.shown).to.equal(false);
    expect(w.seen.announced.join(' | ')).not.to.include(STILL);
  });

  it("the skill picker's browse tree says it while a slow skill-group answer is pending, then shows the tree", async () => {
    configure({
      fetch: async (input, init) => {
        const request = input instanceof Request && !init ? input : new Request(input, init);
        if (new URL(request.url).pathname === '/careerkit/taxonomy/skill-groups') await new Promise((resolve) => setTimeout(resolve, DELAY * 5));
        return nativeFetch(request);
      },
    });
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker label="Skills"></ck-skill-picker>`);
    const w = watch(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="browse-button"]')!.click();
    await waitUntil(() => w.visible(), 'no "Still loading…" while the tree loads', { timeout: DELAY * 6 });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"] [role="treeitem"]'), 'the tree did not load', { timeout: 8000 });
    await el.updateComplete;
    expect(w.visible()).to.equal(false);
    expect(w.seen.announced.filter((text) => text.includes(STILL))).to.have.length(1);
    w.stop();
  });
});
