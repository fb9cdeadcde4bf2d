/**
 * Redirect mode keeps what the candidate typed: saved for that flow in this tab's sessionStorage before leaving
 * for SmartCV, restored on return before the profile fills the empty fields, then removed. Also when the candidate
 * comes back with the Back button, with no answer at all. Real stack.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/apply-button/define.js';
import type { CkApplyButton } from '../../src/components/apply-button/define.js';
import { completeSmartcvCallback } from '../../src/auth/callback.js';
import { splitState } from '../../src/auth/protocol.js';
import { consentByFetch, nextEvent, resetStack, storedEverywhere } from './apply-button-support.js';

const DRAFT = 'careerkit.smartcv.draft.';

/** The partner's page: the application form and the button that fills it (the same markup before and after). */
const page = () =>
  fixture<HTMLDivElement>(html`<div>
    <form id="application">
      <label>Full name <input name="name" /></label>
      <label>Email <input name="email" type="email" /></label>
      <label>Phone <input name="tel" type="tel" /></label>
      <label>Password <input name="password" type="password" /></label>
      <label>Card number <input name="card" autocomplete="cc-number" /></label>
      <input type="hidden" name="source" value="page" />
      <label>City <select name="city"><option value="">Choose</option><option>Nairobi</option><option>Mombasa</option></select></label>
      <label><input type="checkbox" name="relocate" /> Willing to relocate</label>
      <label>Cover letter <textarea name="letter"></textarea></label>
      <label>Notes <textarea name="notes"></textarea></label>
      <label>Skills <textarea name="skills"></textarea></label>
    </form>
    <ck-apply-button endpoint="/careerkit" mode="redirect" job-id="job-r" form="application"></ck-apply-button>
  </div>`);

const field = <T extends Element = HTMLInputElement>(wrapper: Element, name: string) => wrapper.querySelector<T & Element>(`[name="${name}"]`)!;

/** Clicks Apply (navigation prevented), gets SmartCV's answer and runs the callback page: answers the flow's state id. */
async function leaveAndAnswer(wrapper: Element): Promise<string> {
  const el = wrapper.querySelector<CkApplyButton>('ck-apply-button')!;
  const leaving = nextEvent<{ url: string }>(el, 'ck-redirect');
  el.addEventListener('ck-redirect', (e) => e.preventDefault(), { once: true });
  el.shadowRoot!.querySelector('button')!.click();
  const url = new URL((await leaving).detail.url);
  const outcome = await completeSmartcvCallback({ url: await consentByFetch(url.href), navigate: () => undefined });
  expect(outcome).to.equal('redirect');
  return splitState(url.searchParams.get('state'))!.id;
}

/** "Reloads" the page: the old form is gone, the same markup comes back empty and its button resumes. */
async function comeBack(): Promise<{ wrapper: HTMLDivElement; detail: { filled: string[]; profile: { name?: string; email?: string } } }> {
  fixtureCleanup();
  const profile = new Promise<CustomEvent>((resolve) => document.addEventListener('ck-profile', (e) => resolve(e as CustomEvent), { once: true }));
  const wrapper = await page();
  return { wrapper, detail: (await profile).detail };
}

describe('ck-apply-button: redirect mode keeps what the candidate typed', function () {
  this.timeout(20000);
  beforeEach(async () => {
    await resetStack();
    sessionStorage.clear();
  });

  it('restores typed fields before the import (which fills only the empty ones), never secrets, at most 64 kB, then forgets them', async () => {
    const before = await page();
    field(before, 'name').focus();
    await sendKeys({ type: 'Wanjiru Typed' });
    field(before, 'password').value = 'hunter2-secret';
    field(before, 'card').value = '4111111111111111';
    field(before, 'source').value = 'changed-hidden';
    field<HTMLSelectElement>(before, 'city').value = 'Mombasa';
    field(before, 'relocate').checked = true;
    field<HTMLTextAreaElement>(before, 'letter').value = 'Dear team,\nI would love to work with you.';
    field<HTMLTextAreaElement>(before, 'notes').value = 'x'.repeat(70 * 1024);

    const stateId = await leaveAndAnswer(before);
    const saved = sessionStorage.getItem(DRAFT + stateId);
    expect(saved, 'saved under the flow’s state').to.be.a('string');
    expect(saved!.length).to.be.below(64 * 1024 + 100);
    expect(saved).to.contain('Wanjiru Typed');
    expect(saved).not.to.match(/hunter2|4111|changed-hidden/, 'no password, card number or hidden field');
    expect(localStorage.length).to.equal(0, 'nothing in localStorage');

    const { wrapper, detail } = await comeBack();
    expect(field(wrapper, 'name').value).to.equal('Wanjiru Typed', 'the candidate’s own value, not the profile’s');
    expect(detail.profile.name).not.to.equal('Wanjiru Typed');
    expect(detail.filled).not.to.include('name');
    expect(detail.filled).to.include.members(['email', 'tel'], 'the profile fills the empty fields');
    expect(field(wrapper, 'email').value).to.equal(detail.profile.email);
    expect(field<HTMLSelectElement>(wrapper, 'city').value).to.equal('Mombasa');
    expect(field(wrapper, 'relocate').checked).to.equal(true);
    expect(field<HTMLTextAreaElement>(wrapper, 'letter').value).to.equal('Dear team,\nI would love to work with you.');
    expect(field<HTMLTextAreaElement>(wrapper, 'notes').value).to.equal('', 'a field over the size bound is not kept');
    expect(field(wrapper, 'password').value).to.equal('');
    expect(field(wrapper, 'card').value).to.equal('');
    expect(field(wrapper, 'source').value).to.equal('page');
    expect(await storedEverywhere()).not.to.match(/careerkit\.smartcv|Wanjiru Typed/, 'the draft is gone once restored');
  });

  it('Back from SmartCV with no answer: the rebuilt empty form gets the draft back once; a plain new visit does not', async () => {
    const realEntries = performance.getEntriesByType.bind(performance);
    /** The next "page" arrives the way a history navigation (`back_forward`) or a plain visit (`navigate`) does. */
    const arriveBy = (type: 'back_forward' | 'navigate') =>
      (performance.getEntriesByType = (kind: string) => (kind === 'navigation' ? ([{ type }] as unknown as PerformanceEntryList) : realEntries(kind)));
    try {
      for (const how of ['navigate', 'back_forward'] as const) {
        const before = await page();
        field(before, 'name').focus();
        await sendKeys({ type: 'Amina Back' });
        field(before, 'relocate').checked = true;
        field(before, 'password').value = 'never-kept';
        const el = before.querySelector<CkApplyButton>('ck-apply-button')!;
        const leaving = nextEvent<{ url: string }>(el, 'ck-redirect');
        el.addEventListener('ck-redirect', (e) => e.preventDefault(), { once: true });
        el.shadowRoot!.querySelector('button')!.click();
        await leaving;
        const [saved] = Object.keys(sessionStorage).filter((k) => k.startsWith(DRAFT)).map((k) => JSON.parse(sessionStorage.getItem(k)!) as { fields: [number, string][] });
        // Only what changed: an untouched select showing its first option is not "changed" (it once was).
        expect(saved.fields.map(([, name]) => name)).to.deep.equal(['name', 'relocate']);
        // SmartCV's page is open; the candidate presses Back. The page is built anew, its form empty (no bfcache).
        fixtureCleanup();
        arriveBy(how);
        const wrapper = await page();
        if (how === 'navigate') {
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(field(wrapper, 'name').value, 'a plain visit of the page starts empty').to.equal('');
          sessionStorage.clear();
          fixtureCleanup();
          continue;
        }
        // Before: nothing restored it; the draft waited in storage until swept.
        await waitUntil(() => field(wrapper, 'name').value === 'Amina Back', 'the typed name came back', { timeout: 5000 });
        expect(field(wrapper, 'relocate').checked).to.equal(true);
        expect(field(wrapper, 'password').value).to.equal('');
        expect(Object.keys(sessionStorage).filter((k) => k.startsWith(DRAFT)), 'restored once, then forgotten').to.deep.equal([]);
      }
    } finally {
      performance.getEntriesByType = realEntries;
    }
  });

  it('restores on a declined sign-in too; ignores another flow’s draft and sweeps stale ones', async () => {
    const before = await page();
    field(before, 'tel').value = '+254 700 000 000';
    const other = JSON.stringify({ at: Date.now(), fields: [[0, 'name', 'Another Flow']] });
    const stale = JSON.stringify({ at: Date.now() - 11 * 60_000, fields: [[0, 'name', 'Stale']] });
    sessionStorage.setItem(`${DRAFT}another-state`, other);
    sessionStorage.setItem(`${DRAFT}stale-state`, stale);
    sessionStorage.setItem(`${DRAFT}broken`, '{not json');

    const el = before.querySelector<CkApplyButton>('ck-apply-button')!;
    const leaving = nextEvent<{ url: string }>(el, 'ck-redirect');
    el.addEventListener('ck-redirect', (e) => e.preventDefault(), { once: true });
    el.shadowRoot!.querySelector('button')!.click();
    const url = (await leaving).detail.url;
    expect(sessionStorage.getItem(`${DRAFT}stale-state`), 'stale draft swept on leaving').to.equal(null);
    expect(sessionStorage.getItem(`${DRAFT}broken`), 'unreadable draft swept').to.equal(null);
    await completeSmartcvCallback({ url: await consentByFetch(url, 'deny'), navigate: () => undefined });

    fixtureCleanup();
    const cancel = new Promise<CustomEvent>((resolve) => document.addEventListener('ck-cancel', (e) => resolve(e as CustomEvent), { once: true }));
    const wrapper = await page();
    expect((await cancel).detail.reason).to.equal('denied');
    expect(field(wrapper, 'tel').value).to.equal('+254 700 000 000', 'restored although nothing was imported');
    expect(field(wrapper, 'name').value).to.equal('', 'another flow’s draft is not this one');
    expect(sessionStorage.getItem(`${DRAFT}another-state`)).to.equal(other, 'and stays for its own flow');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith(DRAFT))).to.deep.equal([`${DRAFT}another-state`]);
  });
});
