/**
 * The apply button does not push the page around: idle it is as tall as its button (what a partner reserves
 * with `:not(:defined)`); from its first use on, the status area keeps room for what it says later, so the
 * content below stays put (popup flow, and a redirect answer resumed on page load, i.e. with no input at all).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/apply-button/define.js';
import type { CkApplyButton } from '../../src/components/apply-button/define.js';
import { completeSmartcvCallback } from '../../src/auth/callback.js';
import { answerConsent, consentByFetch, nextEvent, popupsPerTest } from './apply-button-support.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The partner's page: a form, the button after it, and content below the button. */
const page = (mode: 'popup' | 'redirect') =>
  fixture<HTMLDivElement>(html`<div style="font: 16px/1.5 sans-serif">
    <form id="application"><input name="name" aria-label="Full name" /><input name="email" aria-label="Email" /><input name="tel" aria-label="Phone" /></form>
    <ck-apply-button endpoint="/careerkit" job-id="job-l" form="application" mode=${mode}></ck-apply-button>
    <p class="below">Content below the button</p>
  </div>`);

const top = (wrapper: Element) => wrapper.querySelector('.below')!.getBoundingClientRect().top;

/** Layout shifts not caused by recent input (Chromium only; undefined elsewhere), summed from now on. */
function watchShifts(): { total(): number | undefined; stop(): void } {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return { total: () => undefined, stop: () => undefined };
  let sum = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const entry of entries as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) sum += entry.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  return {
    total: () => (add(observer.takeRecords()), sum),
    stop: () => observer.disconnect(),
  };
}

describe('ck-apply-button: no layout shift', function () {
  this.timeout(20000);
  const popups = popupsPerTest();

  it('idle, the element is only as tall as its button', async () => {
    const wrapper = await page('popup');
    const el = wrapper.querySelector<CkApplyButton>('ck-apply-button')!;
    const button = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(el.getBoundingClientRect().height).to.be.closeTo(button.height, 1);
  });

  it('in a narrow column (a phone), the reserved status area wraps inside the column instead of overflowing it', async () => {
    const column = await fixture<HTMLDivElement>(html`<div style="inline-size: 200px"><ck-apply-button></ck-apply-button></div>`);
    const el = column.querySelector<CkApplyButton & { say(text: string, tone?: string): void }>('ck-apply-button')!;
    el.say('Profile imported: 5 fields filled in. Please check them before you send your application.', 'done');
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector('[role="status"]')!.parentElement!;
    expect(el.getBoundingClientRect().width).to.be.at.most(200);
    expect(area.getBoundingClientRect().width).to.be.at.most(200);
    expect(area.scrollWidth).to.be.at.most(area.clientWidth + 1);
  });

  it('popup flow: once the click shows the status, later states (window open, imported + undo) move nothing below', async () => {
    const wrapper = await page('popup');
    const el = wrapper.querySelector<CkApplyButton>('ck-apply-button')!;
    el.shadowRoot!.querySelector('button')!.click();
    await frame();
    const afterClick = top(wrapper);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="show"]'), '"Show window" offered');
    await frame();
    expect(top(wrapper), 'with "Show window" and "Cancel"').to.equal(afterClick);
    const profile = nextEvent(el, 'ck-profile');
    await answerConsent(popups.opened[0], 'approve');
    await profile;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="undo"]'), '"Undo import" offered');
    await frame();
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/^Profile imported: \d fields filled in/);
    expect(top(wrapper), 'with the import status and "Undo import"').to.equal(afterClick);

    // A second sign-in (another profile, or the first was the wrong account) while "Undo import" is offered.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="show"]'), '"Show window" offered again');
    await frame();
    expect(top(wrapper), 'a second sign-in with "Undo import" still offered').to.equal(afterClick);
  });

  it('redirect answer resumed on page load: the status appears and changes with no shift at all', async () => {
    const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" mode="redirect" job-id="job-l"></ck-apply-button>`);
    const leaving = nextEvent<{ url: string }>(el, 'ck-redirect');
    el.addEventListener('ck-redirect', (e) => e.preventDefault(), { once: true });
    el.shadowRoot!.querySelector('button')!.click();
    await completeSmartcvCallback({ url: await consentByFetch((await leaving).detail.url), navigate: () => undefined });
    el.remove();

    const shifts = watchShifts();
    try {
      const profile = new Promise((resolve) => document.addEventListener('ck-profile', resolve, { once: true }));
      const wrapper = await page('redirect');
      await frame();
      const first = top(wrapper);
      await profile;
      await waitUntil(() => wrapper.querySelector('ck-apply-button')!.shadowRoot!.querySelector('[part="undo"]'), '"Undo import" offered');
      await frame();
      expect(top(wrapper)).to.equal(first);
      const total = shifts.total();
      if (total !== undefined) expect(total, 'cumulative layout shift').to.equal(0);
    } finally {
      shifts.stop();
    }
  });
});
