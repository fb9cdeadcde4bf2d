/**
 * The elements' language files load on demand (src/i18n/translate.ts, lazyCatalog): a page downloads only the
 * language it shows, `updateComplete` includes the late language, and quick switches end in the last language.
 * Runs first in its own page, so the resource list shows what this file alone asked for.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import '../../src/components/job-editor/define.js';
import type { CkJobList } from '../../src/components/job-list/job-list.js';
import type { CkJobDetail } from '../../src/components/job-detail/job-detail.js';
import type { Job } from '../../src/types.js';

const job = (i: number): Job => ({
  id: `job-${i}`,
  title: `Job ${i}`,
  organisation: { id: 'o', name: 'Org' },
  location: { display: 'Nairobi' },
  postedAt: new Date().toISOString(),
});

const heading = (el: Element) => el.shadowRoot!.querySelector('#heading')!.textContent!.trim();
const fetched = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));

describe('language files', () => {
  it('a French list downloads French only, and updateComplete already shows it', async () => {
    const list = await fixture<CkJobList>(html`<ck-job-list locale="fr" .jobs=${[job(1), job(2)]}></ck-job-list>`);
    // fixture() awaited updateComplete: no waiting beyond it.
    expect(heading(list)).to.equal('Offres d’emploi');
    expect(list.shadowRoot!.querySelector('[part~="total"]')!.textContent!.trim()).to.equal('2 offres');
    expect(fetched(/job-list\/messages\.fr\b/)).to.have.length(1);
    expect(fetched(/job-list\/messages\.(es|sw)\b/), 'other languages stay on the server').to.deep.equal([]);
  });

  it('a Swahili page never shows or announces English while its file loads', async () => {
    const list = document.createElement('ck-job-list') as CkJobList;
    list.locale = 'sw';
    document.body.append(list);
    // The shadow root exists from connection on: watch everything it ever shows, from the first render.
    const seen: string[] = [];
    const record = () => seen.push(list.shadowRoot!.textContent ?? '');
    const observer = new MutationObserver(record);
    observer.observe(list.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await list.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
      record();
      expect(seen.join(' ')).to.contain('Nafasi za kazi');
      for (const english of ['Open jobs', 'Loading jobs', 'jobs found']) expect(seen.some((text) => text.includes(english)), `"${english}" shown`).to.equal(false);
    } finally {
      observer.disconnect();
      list.remove();
    }
  });

  it('English pages download no language file', async () => {
    const before = fetched(/job-detail\/messages\.\w+\./).length;
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail locale="en-GB" .job=${{ ...job(3), descriptionHtml: '<p>x</p>' }}></ck-job-detail>`);
    expect(detail.shadowRoot!.querySelector('.back')!.textContent!.trim()).to.equal('Back to jobs');
    expect(fetched(/job-detail\/messages\.\w+\./).length).to.equal(before);
  });

  it('quick switches end in the last language, and updateComplete waits for it', async () => {
    const list = await fixture<CkJobList>(html`<ck-job-list .jobs=${[job(1)]}></ck-job-list>`);
    list.locale = 'sw';
    await list.updateComplete;
    expect(heading(list)).to.equal('Nafasi za kazi');
    list.locale = 'es';
    list.locale = 'fr';
    list.locale = 'es-MX';
    await list.updateComplete;
    expect(heading(list)).to.equal('Ofertas de empleo');
    list.locale = 'en';
    await list.updateComplete;
    expect(heading(list)).to.equal('Open jobs');
  });

  it('the editor and the shared strings: Swahili from the first updateComplete', async () => {
    const editor = await fixture<HTMLElement>(html`<ck-job-editor locale="sw"></ck-job-editor>`);
    expect(editor.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Tangaza kazi');
  });
});
