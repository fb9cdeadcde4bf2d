/**
 * Layout of <ck-job-list> on phones and desktops, in real browsers against the sandbox stack: salaries are never cut
 * off, and on a phone the filters fold behind a disclosure so the results start near the top.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { CkJobList } from '../../src/components/job-list/job-list.js';
import { configure } from '../../src/client/client.js';

const nativeFetch = globalThis.fetch.bind(globalThis);
const stack = (path: string) => nativeFetch(path, { method: 'POST', headers: { 'x-careerkit': '1' } });

const root = (el: HTMLElement) => el.shadowRoot!;
const cards = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('ul[part~="list"] [part~="card"]')];

async function listAt(width: number, pageSize = 20): Promise<CkJobList> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size:${width}px"><ck-job-list page-size=${pageSize}></ck-job-list></div>`,
  );
  const el = wrapper.querySelector<CkJobList>('ck-job-list')!;
  await waitUntil(() => cards(el).length === pageSize, 'cards did not render', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** Ancestors up to (and with) the card whose overflow clips their content. */
function clippingAncestors(node: Element, card: Element): Element[] {
  const found: Element[] = [];
  for (let at: Element | null = node.parentElement; at; at = at.parentElement) {
    const style = getComputedStyle(at);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.webkitLineClamp !== 'none') found.push(at);
    if (at === card) break;
  }
  return found;
}

describe('ck-job-list layout', () => {
  beforeEach(async () => {
    await stack('/__stack/reset');
  });
  afterEach(() => configure({ fetch: nativeFetch }));

  for (const width of [375, 1280]) {
    it(`shows every salary in full at ${width} px`, async () => {
      const el = await listAt(width);
      let salaries = 0;
      for (const card of cards(el)) {
        const salary = card.querySelector<HTMLElement>('[part~="salary"]') ?? card.querySelector<HTMLElement>('[part~="meta"] > span:last-child');
        if (!salary?.textContent?.trim()) continue;
        salaries++;
        const label = `salary "${salary.textContent.trim()}" of card ${card.dataset.id}`;
        expect(salary.scrollWidth, `${label} overflows`).to.be.at.most(salary.clientWidth + 1);
        const range = document.createRange();
        range.selectNodeContents(salary);
        const text = range.getBoundingClientRect();
        expect(text.width, `${label} has no width`).to.be.greaterThan(0);
        for (const box of [card, ...clippingAncestors(salary, card)].map((a) => a.getBoundingClientRect())) {
          expect(text.top, `${label} clipped above`).to.be.at.least(box.top - 1);
          expect(text.bottom, `${label} clipped below`).to.be.at.most(box.bottom + 1);
          expect(text.left, `${label} clipped left`).to.be.at.least(box.left - 1);
          expect(text.right, `${label} clipped right`).to.be.at.most(box.right + 1);
        }
      }
      expect(salaries, 'no card showed a salary').to.be.greaterThan(5);
    });
  }

  const visible = (node: Element | null) => !!node && node.getClientRects().length > 0;

  it('folds the filters behind a "Filters" disclosure on a phone, so the results start near the top', async () => {
    const el = await listAt(375, 6);
    const top = el.getBoundingClientRect().top;
    expect(cards(el)[0].getBoundingClientRect().top - top).to.be.at.most(200);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!;
    const type = () => root(el).querySelector<HTMLSelectElement>('#type')!;
    expect(visible(toggle)).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Filters');
    expect(toggle.getAttribute('aria-controls')!.split(' ')).to.include('type');
    expect(visible(type())).to.equal(false);
    expect(visible(root(el).querySelector('#q'))).to.equal(true);
    await expect(el).to.be.accessible();

    toggle.focus();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(type())).to.equal(true);
    for (const id of ['#country', '#category']) expect(visible(root(el).querySelector(id)), id).to.equal(true);
    await expect(el).to.be.accessible();

    // The filters work, and the closed button counts the active ones.
    await waitUntil(() => type().options.length > 1, 'type filter not filled', { timeout: 8000 });
    const option = type().options[1];
    type().value = option.value;
    type().dispatchEvent(new Event('change'));
    await waitUntil(() => el.type === option.value && cards(el).length > 0, 'filtered cards', { timeout: 8000 });
    await waitUntil(() => cards(el).every((card) => card.querySelector('[part~="meta"]')!.textContent!.includes(option.text)), 'cards not filtered', {
      timeout: 8000,
    });
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(type())).to.equal(false);
    expect(toggle.textContent!.trim()).to.equal('Filters (1)');
  });

  it('keeps every filter in view on a desktop, with no disclosure', async () => {
    const el = await listAt(1280, 6);
    expect(visible(root(el).querySelector('[part~="filters-toggle"]'))).to.equal(false);
    for (const id of ['#q', '#country', '#type', '#category']) expect(visible(root(el).querySelector(id)), id).to.equal(true);
    // One row: the search and the three filters share a line.
    // (Within half a control's height: WebKitGTK aligns a select a few pixels off an input on the same line.)
    const boxes = ['#q', '#country', '#type', '#category'].map((id) => root(el).querySelector(id)!.getBoundingClientRect());
    const tops = boxes.map((box) => box.top);
    expect(Math.max(...tops) - Math.min(...tops), `tops ${tops.join(', ')}`).to.be.lessThan(boxes[0].height / 2);
  });
});
