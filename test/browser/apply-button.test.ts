import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/apply-button/define.js';
import type { CkApplyButton } from '../../src/components/apply-button/define.js';
import { answerConsent, capturePopups, nextEvent, resetStack, storedEverywhere } from './apply-button-support.js';

const button = (el: CkApplyButton) => el.shadowRoot!.querySelector('button')!;
const status = (el: CkApplyButton) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

const applicationForm = () => html`
  <form id="application">
    <label>Full name <input name="name" /></label>
    <label>Email <input name="email" type="email" value="mine@example.com" /></label>
    <label>Phone <input name="tel" type="tel" /></label>
    <label>Skills <textarea name="skills"></textarea></label>
    <label>Experience <textarea name="experience"></textarea></label>
    <button type="submit">Send</button>
  </form>
`;

describe('ck-apply-button: popup flow against the sandbox', function () {
  this.timeout(20000);
  let popups: ReturnType<typeof capturePopups>;
  beforeEach(async () => {
    await resetStack();
    sessionStorage.clear();
    popups = capturePopups();
  });
  afterEach(() => popups.restore());

  it('imports the profile, fills only empty fields, focuses the first, announces, submits nothing and stores no token', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      ${applicationForm()}
      <ck-apply-button endpoint="/careerkit" job-id="job-42" form="application"></ck-apply-button>
    </div>`);
    const el = wrapper.querySelector('ck-apply-button')!;
    const form = wrapper.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      submitted++;
      e.preventDefault();
    });
    const inputs: string[] = [];
    form.addEventListener('input', (e) => inputs.push((e.target as HTMLInputElement).name));

    const profileEvent = nextEvent<{ profile: { name?: string; email?: string }; jobId: string; filled: string[] }>(el, 'ck-profile');
    button(el).click();
    expect(popups.opened).to.have.length(1, 'the popup opens inside the click');
    await el.updateComplete;
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    await answerConsent(popups.opened[0], 'approve');
    const { detail } = await profileEvent;

    expect(detail.jobId).to.equal('job-42');
    expect(detail.profile.name).to.be.a('string').and.not.empty;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    expect(field('name').value).to.equal(detail.profile.name);
    expect(field('email').value).to.equal('mine@example.com', 'a field with a value is left alone');
    expect(field('skills').value).to.contain(',');
    expect(detail.filled).to.include('name').and.not.include('email');
    expect(inputs).to.deep.equal(detail.filled);
    expect(document.activeElement).to.equal(field(detail.filled[0]));
    expect(status(el)).to.match(/^Profile imported/);
    expect(submitted).to.equal(0);
    expect(button(el).getAttribute('aria-busy')).to.equal('false');
    await waitUntil(() => popups.opened[0].closed, 'the popup closes');

    const stored = await storedEverywhere();
    expect(stored).not.to.match(/careerkit\.smartcv|oidc\./, 'no flow state left');
    expect(stored).not.to.match(/eyJ|Bearer|access_token/i);
    await expect(el).to.be.accessible();
  });

  it('overwrite replaces filled fields too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      ${applicationForm()}
      <ck-apply-button endpoint="/careerkit" form="application" overwrite></ck-apply-button>
    </div>`);
    const el = wrapper.querySelector('ck-apply-button')!;
    const profile = nextEvent<{ profile: { email?: string } }>(el, 'ck-profile');
    button(el).click();
    await answerConsent(popups.opened[0], 'approve');
    const { detail } = await profile;
    expect((wrapper.querySelector('[name="email"]') as HTMLInputElement).value).to.equal(detail.profile.email);
  });

  it('a denial is a calm ck-cancel, not an error', async () => {
    const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" job-id="j1"></ck-apply-button>`);
    let errors = 0;
    el.addEventListener('ck-error', () => errors++);
    const cancel = nextEvent<{ reason: string; jobId: string }>(el, 'ck-cancel');
    button(el).click();
    await answerConsent(popups.opened[0], 'deny');
    const { detail } = await cancel;
    expect(detail).to.deep.equal({ reason: 'denied', jobId: 'j1' });
    expect(errors).to.equal(0);
    expect(status(el)).to.contain('chose not to share');
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('closing the popup settles with ck-cancel within a second (oidc-client-ts #2043)', async () => {
    const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit"></ck-apply-button>`);
    const cancel = nextEvent<{ reason: string }>(el, 'ck-cancel', 5000);
    button(el).click();
    const popup = popups.opened[0];
    await waitUntil(() => {
      try {
        return popup.location.pathname.endsWith('/oauth/authorize');
      } catch {
        return false;
      }
    });
    const closedAt = performance.now();
    popup.close();
    const { detail } = await cancel;
    expect(performance.now() - closedAt).to.be.below(1000);
    expect(detail.reason).to.equal('closed');
    expect(button(el).getAttribute('aria-busy')).to.equal('false');
    expect(sessionStorage.length).to.equal(0, 'the PKCE state is cleared when the flow ends');
  });

  it('a profile SmartCV withdraws after approval surfaces ACCESS_DENIED with its message', async () => {
    const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" locale="fr"></ck-apply-button>`);
    const failure = nextEvent<{ error: { code: string; message: string } }>(el, 'ck-error');
    button(el).click();
    await answerConsent(popups.opened[0], 'approve', 'access-withdrawn');
    const { detail } = await failure;
    expect(detail.error.code).to.equal('ACCESS_DENIED');
    expect(detail.error.message).to.contain('SmartCV n’a pas autorisé');
    expect(status(el)).to.equal(detail.error.message);
    await expect(el).to.be.accessible();
  });

  it('SmartCV rate limiting says when to try again and holds the button', async () => {
    await resetStack({ smartcv: { rateLimited: true } });
    const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit" locale="es"></ck-apply-button>`);
    const failure = nextEvent<{ error: { code: string; message: string; retryAfter?: number; status: number } }>(el, 'ck-error');
    button(el).click();
    await answerConsent(popups.opened[0], 'approve');
    const { detail } = await failure;
    expect(detail.error.status).to.equal(429);
    expect(detail.error.retryAfter).to.be.a('number').above(0);
    expect(detail.error.message).to.match(/Inténtalo de nuevo en \d+ (minutos?|segundos?)/);
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
