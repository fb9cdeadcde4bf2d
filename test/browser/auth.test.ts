import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/apply-button/define.js';
import type { CkApplyButton } from '../../src/components/apply-button/define.js';
import { completeSmartcvCallback } from '../../src/auth/callback.js';
import { answerError, failed, type ApplyHost } from '../../src/auth/auth.js';
import { flowMessages } from '../../src/auth/flow-messages.js';
import { CareerkitError } from '../../src/client/errors.js';
import { answerConsent, capturePopups, consentByFetch, nextEvent, resetStack, storedEverywhere } from './apply-button-support.js';

type ErrorDetail = { error: CareerkitError };

/** Starts a redirect-mode sign-in on a fresh button and answers SmartCV's authorize URL (navigation prevented). */
async function startRedirect(jobId = 'job-7'): Promise<{ el: CkApplyButton; url: URL }> {
  const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" mode="redirect" job-id=${jobId}></ck-apply-button>`);
  const leaving = nextEvent<{ url: string; reason: string }>(el, 'ck-redirect');
  el.addEventListener('ck-redirect', (e) => e.preventDefault(), { once: true });
  el.shadowRoot!.querySelector('button')!.click();
  const { detail } = await leaving;
  expect(detail.reason).to.equal('mode');
  return { el, url: new URL(detail.url) };
}

/** Runs the callback page's logic on `callbackUrl`; answers where it would navigate. */
async function runCallback(callbackUrl: string): Promise<{ outcome: string; went: string[] }> {
  const went: string[] = [];
  const outcome = await completeSmartcvCallback({ url: callbackUrl, navigate: (to) => went.push(to) });
  return { outcome, went };
}

/** A new button for the returning page: it resumes the answer the callback page left. */
const returningButton = (jobId = 'job-7', locale = 'en') =>
  fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" mode="redirect" job-id=${jobId} locale=${locale}></ck-apply-button>`);

describe('SmartCV auth: redirect mode, callback page, state and replay', function () {
  this.timeout(20000);
  beforeEach(async () => {
    await resetStack();
    sessionStorage.clear();
  });

  it('redirect mode: PKCE S256 + state, back to the same page, resumed by the button of the job', async () => {
    const { url } = await startRedirect();
    expect(url.pathname).to.match(/\/sandbox\/smartcv\/oauth\/authorize$/);
    expect(url.searchParams.get('code_challenge_method')).to.equal('S256');
    expect(url.searchParams.get('code_challenge')).to.match(/^[\w-]{43}$/);
    expect(url.searchParams.get('scope')).to.equal('profile:read');
    expect(url.searchParams.get('redirect_uri')).to.equal(`${location.origin}/callback.html`);
    expect(url.searchParams.get('state')).to.match(/;r$/);

    const callbackUrl = await consentByFetch(url.href);
    expect(callbackUrl).to.contain('/callback.html?code=');
    const { outcome, went } = await runCallback(callbackUrl);
    expect(outcome).to.equal('redirect');
    expect(went).to.deep.equal([location.href], 'back to the page the button is on');

    const other = await returningButton('another-job');
    const el = await returningButton();
    const profile = await nextEvent<{ profile: { name?: string }; jobId: string }>(el, 'ck-profile');
    expect(profile.detail.jobId).to.equal('job-7');
    expect(profile.detail.profile.name).to.be.a('string');
    expect(other.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('', 'another job’s button stays idle');
    const stored = await storedEverywhere();
    expect(stored).not.to.match(/careerkit\.smartcv/, 'transient state cleared');
    expect(stored).not.to.contain('code=');
    await expect(el).to.be.accessible();
  });

  it('redirect mode: a button whose job id arrives later (handed over by <ck-job-detail>) resumes once', async () => {
    const { url } = await startRedirect('job-late');
    await runCallback(await consentByFetch(url.href));
    const outcomes: string[] = [];
    const record = (e: Event) => outcomes.push(`${e.type}:${(e as CustomEvent<{ jobId?: string }>).detail.jobId ?? ''}`);
    document.addEventListener('ck-profile', record);
    document.addEventListener('ck-error', record);
    try {
      const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" mode="redirect"></ck-apply-button>`);
      const other = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" mode="redirect"></ck-apply-button>`);
      await new Promise((r) => setTimeout(r, 300));
      expect(outcomes).to.deep.equal([], 'no job id yet: the answer waits');
      expect(el.busy).to.equal(false);
      expect(sessionStorage.getItem('careerkit.smartcv.response')).to.contain('job-late');

      other.jobId = 'another-job';
      const profile = nextEvent<{ jobId: string }>(el, 'ck-profile');
      el.jobId = 'job-late';
      expect((await profile).detail.jobId).to.equal('job-late');
      // Moving between jobs, reconnecting, or a second button of the same job: nothing runs again.
      other.jobId = 'job-late';
      el.jobId = 'job-other';
      el.jobId = 'job-late';
      el.remove();
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 1000));
      expect(outcomes).to.deep.equal(['ck-profile:job-late']);
      expect(other.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
      expect(sessionStorage.getItem('careerkit.smartcv.response')).to.equal(null);
    } finally {
      document.removeEventListener('ck-profile', record);
      document.removeEventListener('ck-error', record);
    }
  });

  it('redirect mode: a button connected later resumes; an answer for no job goes to any button', async () => {
    const withJob = await startRedirect('job-detached');
    await runCallback(await consentByFetch(withJob.url.href));
    const detached = document.createElement('ck-apply-button');
    detached.endpoint = '/careerkit';
    detached.jobId = 'job-detached';
    await new Promise((r) => setTimeout(r, 300));
    expect(detached.busy).to.equal(false, 'not in the document: nothing resumed');
    const profile = nextEvent<{ jobId: string }>(detached, 'ck-profile');
    document.body.append(detached);
    try {
      expect((await profile).detail.jobId).to.equal('job-detached');
    } finally {
      detached.remove();
    }

    const noJob = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" mode="redirect"></ck-apply-button>`);
    const leaving = nextEvent<{ url: string }>(noJob, 'ck-redirect');
    noJob.addEventListener('ck-redirect', (e) => e.preventDefault(), { once: true });
    noJob.shadowRoot!.querySelector('button')!.click();
    await runCallback(await consentByFetch((await leaving).detail.url));
    expect(JSON.parse(sessionStorage.getItem('careerkit.smartcv.response')!).jobId).to.equal(null);
    const any = await returningButton('job-whatever');
    expect((await nextEvent<{ jobId: string }>(any, 'ck-profile')).detail.jobId).to.equal('job-whatever');
  });

  it('a blocked popup falls back to a full-page redirect', async () => {
    const popups = capturePopups({ block: true });
    try {
      const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" job-id="j"></ck-apply-button>`);
      const leaving = nextEvent<{ url: string; reason: string }>(el, 'ck-redirect');
      el.addEventListener('ck-redirect', (e) => e.preventDefault(), { once: true });
      el.shadowRoot!.querySelector('button')!.click();
      const { detail } = await leaving;
      expect(detail.reason).to.equal('popup-blocked');
      expect(new URL(detail.url).searchParams.get('state')).to.match(/;r$/, 'the answer comes back in redirect mode');
      expect(sessionStorage.getItem('careerkit.smartcv.redirect')).to.contain(location.pathname);
    } finally {
      popups.restore();
    }
  });

  it('a forged state is rejected by the callback page and by the button', async () => {
    await startRedirect();
    const forged = `${location.origin}/callback.html?code=stolen&state=forged-state%3Br`;
    const { outcome, went } = await runCallback(forged);
    expect(outcome).to.equal('invalid');
    expect(went).to.be.empty;
    expect(sessionStorage.getItem('careerkit.smartcv.response')).to.equal(null);

    // An answer smuggled straight into storage still needs a state this tab started.
    sessionStorage.setItem('careerkit.smartcv.response', JSON.stringify({ url: forged, jobId: 'job-7' }));
    const el = await returningButton();
    const { detail } = await nextEvent<ErrorDetail>(el, 'ck-error');
    expect(detail.error.code).to.equal('INVALID_STATE');
    expect(detail.error.message).to.equal(flowMessages.en.invalidState);
  });

  it('a message from anything but our popup is ignored (origin and source checked)', async () => {
    const popups = capturePopups();
    try {
      const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit"></ck-apply-button>`);
      let outcomes = 0;
      for (const type of ['ck-profile', 'ck-error', 'ck-cancel']) el.addEventListener(type, () => outcomes++);
      el.shadowRoot!.querySelector('button')!.click();
      await new Promise((r) => setTimeout(r, 300));
      window.postMessage({ source: 'careerkit-smartcv', url: `${location.origin}/callback.html?code=x&state=y%3Bp` }, location.origin);
      await new Promise((r) => setTimeout(r, 300));
      expect(outcomes).to.equal(0);
      expect(el.busy).to.equal(true);
    } finally {
      popups.restore();
    }
  });

  it('a callback that runs twice (StrictMode) hands the code over once', async () => {
    const { url } = await startRedirect();
    const callbackUrl = await consentByFetch(url.href);
    const went: string[] = [];
    const navigate = (to: string) => went.push(to);
    const [first, second] = await Promise.all([
      completeSmartcvCallback({ url: callbackUrl, navigate }),
      completeSmartcvCallback({ url: callbackUrl, navigate }),
    ]);
    expect([first, second]).to.deep.equal(['redirect', 'redirect']);
    expect(went).to.have.length(1);

    const events: string[] = [];
    const record = (e: Event) => events.push(e.type);
    const [a, b] = await Promise.all([returningButton(), returningButton()]);
    for (const el of [a, b]) for (const type of ['ck-profile', 'ck-error']) el.addEventListener(type, record);
    await new Promise((r) => setTimeout(r, 1500));
    expect(events).to.deep.equal(['ck-profile'], 'one exchange, no replay error');
  });

  it('a replayed code fails cleanly with INVALID_CODE', async () => {
    const first = await startRedirect();
    const used = new URL(await consentByFetch(first.url.href));
    await runCallback(used.href);
    await nextEvent(await returningButton(), 'ck-profile');

    // A new sign-in whose answer carries the old, already exchanged code.
    const second = await startRedirect();
    const replay = new URL(used);
    replay.searchParams.set('state', second.url.searchParams.get('state')!);
    expect((await runCallback(replay.href)).outcome).to.equal('redirect');
    const el = await returningButton('job-7', 'sw');
    const { detail } = await nextEvent<ErrorDetail>(el, 'ck-error');
    expect(detail.error.code).to.equal('INVALID_CODE');
    expect(detail.error.message).to.equal(flowMessages.sw.invalidCode);
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('revoke() revokes the handle held in memory, once', async () => {
    const { url } = await startRedirect();
    await runCallback(await consentByFetch(url.href));
    const el = await returningButton();
    await nextEvent(el, 'ck-profile');
    const revoked = nextEvent<{ revoked: boolean }>(el, 'ck-revoke');
    await el.revoke();
    expect((await revoked).detail.revoked).to.equal(true);
    const again = nextEvent<{ revoked: boolean }>(el, 'ck-revoke');
    await el.revoke();
    expect((await again).detail.revoked).to.equal(false);
  });
});

describe('SmartCV auth: choosing the callback page (redirect-uri)', function () {
  this.timeout(20000);
  beforeEach(async () => {
    await resetStack();
    sessionStorage.clear();
  });

  it('a registered redirect-uri other than the default is used end to end (relative to the page)', async () => {
    const config = (await (await fetch('/careerkit/config')).json()) as { smartcv: { redirectUris: string[] } };
    expect(config.smartcv.redirectUris).to.deep.equal([`${location.origin}/callback.html`, `${location.origin}/callback-cdn.html`]);
    const el = await fixture<CkApplyButton>(
      html`<ck-apply-button endpoint="/careerkit" mode="redirect" job-id="job-cdn" redirect-uri="/callback-cdn.html"></ck-apply-button>`,
    );
    expect(el.redirectUri).to.equal('/callback-cdn.html');
    const leaving = nextEvent<{ url: string }>(el, 'ck-redirect');
    el.addEventListener('ck-redirect', (e) => e.preventDefault(), { once: true });
    el.shadowRoot!.querySelector('button')!.click();
    const url = new URL((await leaving).detail.url);
    expect(url.searchParams.get('redirect_uri')).to.equal(`${location.origin}/callback-cdn.html`);

    const callbackUrl = await consentByFetch(url.href);
    expect(callbackUrl.startsWith(`${location.origin}/callback-cdn.html?code=`)).to.equal(true, callbackUrl);
    expect((await runCallback(callbackUrl)).outcome).to.equal('redirect');
    el.remove();
    const back = await returningButton('job-cdn');
    expect((await nextEvent<{ jobId: string }>(back, 'ck-profile')).detail.jobId).to.equal('job-cdn');
  });

  it('an absolute registered redirect-uri works in popup mode', async () => {
    const popups = capturePopups();
    try {
      const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit"></ck-apply-button>`);
      el.redirectUri = `${location.origin}/callback.html`;
      expect(el.getAttribute('redirect-uri')).to.equal(`${location.origin}/callback.html`, 'reflected');
      const profile = nextEvent(el, 'ck-profile', 15000);
      el.shadowRoot!.querySelector('button')!.click();
      await answerConsent(popups.opened[0], 'approve');
      await profile;
    } finally {
      popups.restore();
    }
  });

  for (const [mode, wanted] of [
    ['redirect', '/callback.html?x=1'],
    ['redirect', `${location.origin}/callback.html/`],
    ['popup', 'https://evil.example/callback.html'],
    ['popup', 'http://['],
  ] as const) {
    it(`${mode} mode, redirect-uri ${wanted}: ck-error INVALID_REDIRECT_URI, nothing sent to SmartCV`, async () => {
      const popups = capturePopups();
      try {
        const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" mode=${mode} redirect-uri=${wanted} locale="fr"></ck-apply-button>`);
        let redirects = 0;
        el.addEventListener('ck-redirect', (e) => {
          redirects++;
          e.preventDefault();
        });
        const failure = nextEvent<ErrorDetail>(el, 'ck-error');
        el.shadowRoot!.querySelector('button')!.click();
        const { error } = (await failure).detail;
        expect(error.code).to.equal('INVALID_REDIRECT_URI');
        expect(error.message).to.equal(flowMessages.fr.setup);
        expect((error.cause as Error).message).to.contain(wanted).and.contain(`${location.origin}/callback.html`);
        expect(redirects).to.equal(0);
        expect(sessionStorage.length).to.equal(0, 'no sign-in state stored');
        expect(el.busy).to.equal(false);
        for (const popup of popups.opened) expect(popup.closed).to.equal(true, 'the blank popup is closed');
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(flowMessages.fr.setup);
      } finally {
        popups.restore();
      }
    });
  }
});

describe('SmartCV auth: every error code has its localized message (real endpoint answers)', () => {
  const host = async (locale: string) =>
    fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" locale=${locale}></ck-apply-button>`) as Promise<CkApplyButton & ApplyHost>;
  const token = (fields: Record<string, string>, headers: Record<string, string> = { 'X-Careerkit': '1' }) =>
    fetch('/careerkit/smartcv/token', { method: 'POST', headers, body: new URLSearchParams(fields) });
  const valid = { grant_type: 'authorization_code', code: 'not-a-code', code_verifier: 'v'.repeat(43), client_id: '', redirect_uri: '' };

  let config: { smartcv: { clientId: string; redirectUris: string[] } };
  before(async () => {
    await resetStack();
    config = await (await fetch('/careerkit/config')).json();
    valid.client_id = config.smartcv.clientId;
    valid.redirect_uri = config.smartcv.redirectUris[0];
  });

  const cases: Array<[string, () => Promise<Response>, keyof (typeof flowMessages)['en']]> = [
    ['INVALID_CODE', () => token(valid), 'invalidCode'],
    ['INVALID_CLIENT', () => token({ ...valid, client_id: 'someone-else' }), 'setup'],
    ['INVALID_REDIRECT_URI', () => token({ ...valid, redirect_uri: 'https://evil.example/cb' }), 'setup'],
    ['INVALID_REQUEST', () => token({ ...valid, code: '' }), 'invalidRequest'],
    ['UNAUTHORIZED', () => fetch('/careerkit/smartcv/profile', { headers: { 'X-Careerkit': '1', Authorization: 'Bearer forged' } }), 'expired'],
    ['FORBIDDEN', () => token(valid, {}), 'setup'],
  ];
  for (const [code, answer, key] of cases) {
    it(`${code} → "${key}" in en, fr, es and sw`, async () => {
      const response = await answer();
      expect(response.ok).to.equal(false);
      const error = await answerError(response);
      expect(error).to.be.instanceOf(CareerkitError);
      expect(error.code).to.equal(code);
      for (const locale of ['en', 'fr', 'es', 'sw'] as const) {
        const el = await host(locale);
        const event = nextEvent<ErrorDetail>(el, 'ck-error');
        failed(el, error);
        const { detail } = await event;
        expect(detail.error.code).to.equal(code);
        expect(detail.error.message).to.equal(flowMessages[locale][key]);
        expect(detail.error.cause).to.equal(error);
      }
    });
  }

  it('TOKEN_EXPIRED and unknown codes have messages too', async () => {
    const el = await host('fr');
    const expired = nextEvent<ErrorDetail>(el, 'ck-error');
    failed(el, new CareerkitError({ code: 'TOKEN_EXPIRED', status: 401, message: 'expired' }));
    expect((await expired).detail.error.message).to.equal(flowMessages.fr.expired);
    const unknown = nextEvent<ErrorDetail>(el, 'ck-error');
    failed(el, new CareerkitError({ code: 'SOMETHING_NEW', status: 500, message: 'x' }));
    expect((await unknown).detail.error.message).to.equal(flowMessages.fr.unknown);
    // Upstream text is never an object-key lookup: inherited names get the unknown message too.
    for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const hostile = nextEvent<ErrorDetail>(el, 'ck-error');
      failed(el, new CareerkitError({ code, status: 500, message: 'x' }));
      expect((await hostile).detail.error.message, code).to.equal(flowMessages.fr.unknown);
    }
  });
});
