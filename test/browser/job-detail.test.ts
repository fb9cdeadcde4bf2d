/**
 * <ck-job-detail> in real Chromium against the sandbox stack: the `ck-job-loaded` event and the image rules of
 * the sanitized description. (Rendering, states and the rest of the sanitizer are covered in job-list.test.ts.)
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import '../../src/components/job-detail/define.js';
import type { CkJobDetail, JobLoadedDetail } from '../../src/components/job-detail/define.js';
import { sanitizeDescription } from '../../src/components/job-detail/sanitize.js';
import { createClient } from '../../src/client/client.js';
import type { Job } from '../../src/types.js';

/** Records every `ck-job-loaded` that reaches the document. */
function recordLoaded() {
  const events: Array<CustomEvent<JobLoadedDetail>> = [];
  const listener = (event: Event) => events.push(event as CustomEvent<JobLoadedDetail>);
  document.addEventListener('ck-job-loaded', listener);
  return { events, stop: () => document.removeEventListener('ck-job-loaded', listener) };
}

const titleOf = (el: CkJobDetail) => el.shadowRoot!.querySelector('h2')?.textContent;

describe('ck-job-detail: ck-job-loaded', () => {
  let recorded: ReturnType<typeof recordLoaded>;
  beforeEach(async () => {
    await fetch('/__stack/reset', { method: 'POST', headers: { 'x-careerkit': '1', 'content-type': 'application/json' } });
    recorded = recordLoaded();
  });
  afterEach(() => recorded.stop());

  it('fires once per fetched job, bubbling and composed, with the full job', async () => {
    const page = await createClient('/careerkit').jobs({ pageSize: 2 });
    const [first, second] = page.items;
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail job-id=${first.id}></ck-job-detail>`);
    await waitUntil(() => recorded.events.length === 1, 'no ck-job-loaded', { timeout: 8000 });
    const [event] = recorded.events;
    expect(event.target).to.equal(detail);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.job.id).to.equal(first.id);
    expect(event.detail.job.descriptionHtml).to.be.a('string');
    expect(event.detail.job).to.equal(detail.shownJob);
    expect(titleOf(detail)).to.equal(first.title, 'fired once the job is rendered');

    // Re-renders of the same job fire nothing more.
    detail.locale = 'fr';
    await detail.updateComplete;
    await aTimeout(200);
    expect(recorded.events).to.have.length(1);

    detail.jobId = second.id;
    await waitUntil(() => recorded.events.length === 2, 'no ck-job-loaded for the second job', { timeout: 8000 });
    expect(recorded.events[1].detail.job.id).to.equal(second.id);
    detail.jobId = first.id;
    await waitUntil(() => recorded.events.length === 3, 'no ck-job-loaded on coming back to the first job', { timeout: 8000 });
    expect(recorded.events[2].detail.job.id).to.equal(first.id);
    await aTimeout(200);
    expect(recorded.events).to.have.length(3);
  });

  it('fires for a given .job with its description at once; a list item without one fires after its fetch', async () => {
    const full: Job = { id: 'given-1', title: 'Given job', descriptionHtml: '<p>Everything.</p>' };
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail .job=${full}></ck-job-detail>`);
    await detail.updateComplete;
    expect(recorded.events.map((e) => e.detail.job)).to.deep.equal([full]);

    const [item] = (await createClient('/careerkit').jobs({ pageSize: 1 })).items;
    const summary: Job = { ...item, descriptionHtml: undefined };
    detail.job = summary;
    await waitUntil(() => recorded.events.length === 2, 'no ck-job-loaded after the fetch', { timeout: 8000 });
    const fetched = recorded.events[1].detail.job;
    expect(fetched).not.to.equal(summary);
    expect(fetched.id).to.equal(item.id);
    expect(fetched.descriptionHtml).to.be.a('string');
  });

  it('does not fire for a job that could not be loaded', async () => {
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail job-id="999999999"></ck-job-detail>`);
    await waitUntil(() => detail.shadowRoot!.querySelector('[part~="state"]'), 'no error state', { timeout: 8000 });
    await aTimeout(200);
    expect(recorded.events).to.have.length(0);
  });
});

describe('ck-job-detail: images in the sanitized description', () => {
  const hostile = [
    '<p>Before</p>',
    '<img src=x onerror="window.__imgXss=1">',
    '<img src="/relative-logo.png" alt="relative">',
    '<img src="//cdn.example.invalid/protocol-relative.png" alt="protocol-relative">',
    '<img src="http://example.invalid/plain-http.png" alt="http">',
    '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" alt="data">',
    '<img alt="no source">',
    '<img src="javascript:alert(1)" alt="script">',
    '<img src="https://example.invalid/team.png" alt="Our team" loading="eager" referrerpolicy="unsafe-url" width="40" height="30">',
    '<p>After <img src="https://example.invalid/icon.png"></p>',
  ].join('');

  it('keeps only absolute https: images, lazy, async, without referrer, always with an alt', () => {
    const images = [...sanitizeDescription(hostile).querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).to.deep.equal(['https://example.invalid/team.png', 'https://example.invalid/icon.png']);
    for (const img of images) {
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.hasAttribute('onerror')).to.equal(false);
    }
    expect(images.map((img) => img.getAttribute('alt'))).to.deep.equal(['Our team', '']);
    expect([images[0].getAttribute('width'), images[0].getAttribute('height')]).to.deep.equal(['40', '30'], 'space kept for the lazy image');
  });

  it('a hostile job shows no broken image and requests nothing from the page origin', async () => {
    const w = window as unknown as { __imgXss?: number };
    delete w.__imgXss;
    const since = performance.now();
    const job: Job = { id: 'hostile-img', title: 'Cook', descriptionHtml: hostile };
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail .job=${job}></ck-job-detail>`);
    await waitUntil(() => detail.shadowRoot!.querySelector('section[part~="description"]'), 'no description');
    await aTimeout(300);
    const description = detail.shadowRoot!.querySelector('[part~="description"]')!;
    expect(description.textContent).to.contain('Before').and.contain('After');
    expect([...description.querySelectorAll('img')].map((img) => img.getAttribute('src'))).to.deep.equal([
      'https://example.invalid/team.png',
      'https://example.invalid/icon.png',
    ]);
    expect(w.__imgXss).to.equal(undefined);
    const fromPage = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && /\/(x|relative-logo\.png)$|protocol-relative|plain-http/.test(entry.name));
    expect(fromPage.map((entry) => entry.name)).to.deep.equal([]);
    await expect(detail).to.be.accessible();
  });
});

describe('ck-job-detail: heading-level', () => {
  it('titles the job at the given level (default 2), axe clean', async () => {
    const job: Job = { id: 'hl-1', title: 'Line cook', organisation: { id: '1', name: 'Acme Kitchens' }, descriptionHtml: '<p>Cook things.</p>' };
    const byDefault = await fixture<CkJobDetail>(html`<ck-job-detail .job=${job}></ck-job-detail>`);
    expect(byDefault.shadowRoot!.querySelector('#title')!.localName).to.equal('h2');
    const wrapper = await fixture<HTMLElement>(
      html`<main><h1>Jobs</h1><section><h2>Kitchen</h2><h3>Open roles</h3><ck-job-detail heading-level="4" .job=${job}></ck-job-detail></section></main>`,
    );
    const el = wrapper.querySelector('ck-job-detail')!;
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('#title')!;
    expect(title.localName).to.equal('h4');
    expect(title.textContent).to.equal('Line cook');
    expect(title.getAttribute('part')).to.equal('title');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="description"]'), 'no description', { timeout: 5000 });
    await expect(wrapper).to.be.accessible();
    el.setAttribute('heading-level', 'x');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#title')!.localName, 'an invalid level falls back to 2').to.equal('h2');
  });
});
