/**
 * Where the apply control of <ck-job-detail> sits, in real browsers against the sandbox stack. On a phone
 * (375×812) it comes right under the title, in the first screen, even below a partner's site header (the demo's
 * header, ribbon and breadcrumb take ~430 px there); on a desktop (1280×800) it stays under the facts. One real
 * apply control either way, reached by Tab right after the back button.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import type { CkJobDetail } from '../../src/components/job-detail/job-detail.js';
import type { CkJobList } from '../../src/components/job-list/job-list.js';
import { createClient } from '../../src/client/client.js';

const stack = (path: string) => fetch(path, { method: 'POST', headers: { 'x-careerkit': '1' } });
/** A partner's site header above the element, as tall as the demo's on a phone. */
const SITE_HEADER = 430;

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function detailPage(jobId: string) {
  const page = await fixture<HTMLDivElement>(html`<div>
    <div style="block-size:${SITE_HEADER}px">Site header</div>
    <ck-job-detail job-id=${jobId}><button slot="apply" id="apply" type="button">Apply for this job</button></ck-job-detail>
  </div>`);
  const detail = page.querySelector<CkJobDetail>('ck-job-detail')!;
  await waitUntil(() => detail.shadowRoot!.querySelector('#title'), 'the job did not load', { timeout: 8000 });
  await detail.updateComplete;
  scrollTo(0, 0);
  const top = (el: Element) => el.getBoundingClientRect().top + scrollY;
  const part = (name: string) => detail.shadowRoot!.querySelector(`[part~="${name}"]`)!;
  return { detail, apply: page.querySelector<HTMLButtonElement>('#apply')!, top, part };
}

describe('ck-job-detail: the apply control on phones and desktops', () => {
  let jobId = '';
  before(async () => {
    await stack('/__stack/reset');
    // A job with every fact (location, type, category, salary, dates, reference): the longest facts list.
    const { items } = await createClient('/careerkit').jobs({ pageSize: 20 });
    jobId = (items.find((job) => job.salary && job.category && job.closesAt) ?? items[0]).id;
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('on a 375×812 phone the apply control is in the first screen, right under the title', async () => {
    await setViewport({ width: 375, height: 812 });
    const { apply, top, part } = await detailPage(jobId);
    const box = apply.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    expect(top(apply) + box.height, 'the whole apply control is in the first 812 px').to.be.at.most(812);
    expect(top(apply), 'under the title and organisation').to.be.at.least(part('header').getBoundingClientRect().bottom + scrollY);
    expect(top(apply), 'above the facts').to.be.below(top(part('meta')));
  });

  it('on a 1280×800 desktop the apply control stays under the facts', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { apply, top, part } = await detailPage(jobId);
    // The description comes after DOMPurify's lazy chunk (slow on a busy machine): wait for it, not for the title only.
    await waitUntil(() => part('description'), 'the description did not render', { timeout: 8000 });
    const meta = part('meta').getBoundingClientRect();
    expect(top(apply), 'under the facts').to.be.at.least(meta.bottom + scrollY);
    expect(top(part('description')), 'the description after it').to.be.at.least(apply.getBoundingClientRect().bottom + scrollY);
  });

  for (const width of [375, 1280]) {
    it(`keyboard at ${width} px: Tab goes from the back button to the apply control`, async () => {
      await setViewport({ width, height: 800 });
      const { detail, apply } = await detailPage(jobId);
      detail.shadowRoot!.querySelector<HTMLElement>('[part~="back"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(apply);
    });
  }

  it('without an apply control no empty space is left for it', async () => {
    await setViewport({ width: 375, height: 812 });
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail job-id=${jobId}></ck-job-detail>`);
    await waitUntil(() => detail.shadowRoot!.querySelector('#title'), 'the job did not load', { timeout: 8000 });
    await detail.updateComplete;
    const wrapper = detail.shadowRoot!.querySelector<HTMLElement>('[part~="apply"]')!;
    expect(wrapper.getBoundingClientRect().height).to.equal(0);
    expect(getComputedStyle(wrapper).display).to.equal('none');
  });

  it("in a phone-wide <ck-job-list>, the list's slotted apply control shows right under the chosen job's title", async () => {
    await setViewport({ width: 375, height: 812 });
    const list = await fixture<CkJobList>(html`<ck-job-list page-size="3"><button slot="apply" id="list-apply" type="button">Apply</button></ck-job-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="card"] [part~="title"]'), 'no cards', { timeout: 8000 });
    list.shadowRoot!.querySelector<HTMLElement>('[part~="card"] [part~="title"]')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('ck-job-detail')?.shadowRoot?.querySelector('#title'), 'no detail', { timeout: 8000 });
    const detail = list.shadowRoot!.querySelector<CkJobDetail>('ck-job-detail')!;
    await detail.updateComplete;
    const apply = list.querySelector('#list-apply')!.getBoundingClientRect();
    const header = detail.shadowRoot!.querySelector('[part~="header"]')!.getBoundingClientRect();
    const meta = detail.shadowRoot!.querySelector('[part~="meta"]')!.getBoundingClientRect();
    expect(apply.height).to.be.greaterThan(0);
    expect(apply.top).to.be.at.least(header.bottom);
    expect(apply.bottom).to.be.at.most(meta.top);
  });
});
