/**
 * The wide elements size themselves from their container (`container-type: inline-size`), so their content adds
 * nothing to their own width. In a partner's flex row with no width set on them, that once meant a zero-wide
 * element: an empty page. They now take the row's free space; a flex basis the partner sets still wins.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import '../../src/components/job-editor/define.js';
import type { Job } from '../../src/types.js';

const job: Job = {
  id: 'job-1',
  title: 'Welder',
  organisation: { id: 'o', name: 'Org' },
  location: { display: 'Nairobi' },
  postedAt: new Date().toISOString(),
  descriptionHtml: '<p>Welding work.</p>',
};

const width = (el: Element) => el.getBoundingClientRect().width;

describe('wide elements in a partner flex row', () => {
  it('<ck-job-list> and <ck-job-detail> side by side share a 900 px row; a flex basis the partner sets still wins', async () => {
    const row = await fixture<HTMLDivElement>(html`<div style="display:flex;gap:20px;inline-size:900px">
      <ck-job-list .jobs=${[job]}></ck-job-list>
      <ck-job-detail .job=${job}></ck-job-detail>
    </div>`);
    const [list, detail] = [row.querySelector('ck-job-list')!, row.querySelector('ck-job-detail')!];
    await Promise.all([(list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete, (detail as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete]);
    expect(width(list), 'the list has room').to.be.greaterThan(400);
    expect(width(detail), 'the detail has room').to.be.greaterThan(400);
    expect(width(list) + width(detail)).to.be.closeTo(880, 2);
    (list as HTMLElement).style.flex = '0 0 300px';
    expect(width(list), "the partner's width").to.be.closeTo(300, 1);
    expect(width(detail), "the rest of the row (900 − 20 gap − 300)").to.be.closeTo(580, 2);
  });

  it('<ck-job-editor> alone in a flex row takes the row', async () => {
    const row = await fixture<HTMLDivElement>(html`<div style="display:flex;inline-size:700px"><ck-job-editor></ck-job-editor></div>`);
    const editor = row.querySelector('ck-job-editor')! as HTMLElement & { updateComplete: Promise<unknown> };
    await editor.updateComplete;
    expect(width(editor)).to.be.closeTo(700, 1);
  });
});
