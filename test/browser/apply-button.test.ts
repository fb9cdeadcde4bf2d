import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/apply-button/define.js';
import { CkApplyButton as CkApplyButtonClass, type CkApplyButton } from '../../src/components/apply-button/define.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { fillForm } from '../../src/auth/prefill.js';
import { DEFAULT_FIELD_MAP } from '../../src/auth/field-map.js';
import { answerConsent, capturePopups, nextEvent, popupsPerTest, resetStack, storedEverywhere } from './apply-button-support.js';

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
  const popups = popupsPerTest();

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

describe('ck-apply-button: rendering, states and prefill rules', () => {
  it('is a real, localized button in en, fr, es and sw', async () => {
    const labels: Record<string, string> = { en: 'Apply with SmartCV', fr: 'Postuler avec SmartCV', es: 'Postularse con SmartCV', sw: 'Omba kwa SmartCV' };
    for (const [locale, label] of Object.entries(labels)) {
      const el = await fixture<CkApplyButton>(html`<ck-apply-button locale=${locale}></ck-apply-button>`);
      expect(button(el).textContent!.trim()).to.equal(label);
      expect(button(el).getAttribute('lang')).to.equal(locale);
      expect(button(el).type).to.equal('button', 'never a submit button inside a form');
    }
    const fromPage = await fixture<HTMLDivElement>(html`<div lang="fr-CA"><ck-apply-button></ck-apply-button></div>`);
    expect(button(fromPage.querySelector('ck-apply-button')!).textContent!.trim()).to.equal(labels.fr);
  });

  it('takes the endpoint from <ck-provider> when it has none', async () => {
    await import('../../src/components/provider/define.js');
    const provider = await fixture(html`<ck-provider endpoint="/partner-endpoint"><ck-apply-button></ck-apply-button></ck-provider>`);
    const el = provider.querySelector('ck-apply-button')!;
    await el.updateComplete;
    expect(el.resolvedEndpoint).to.equal('/partner-endpoint');
  });

  for (const variant of ['primary', 'neutral', 'outline'] as const) {
    for (const size of ['small', 'medium', 'large'] as const) {
      it(`variant ${variant}, size ${size}: axe clean, target at least 24 px`, async () => {
        const el = await fixture<CkApplyButton>(html`<ck-apply-button variant=${variant} size=${size}></ck-apply-button>`);
        const box = button(el).getBoundingClientRect();
        expect(box.height).to.be.at.least(24);
        expect(box.width).to.be.at.least(24);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('disabled: a native disabled button that opens nothing', async () => {
    const popups = capturePopups();
    try {
      const el = await fixture<CkApplyButton>(html`<ck-apply-button disabled></ck-apply-button>`);
      expect(button(el).disabled).to.equal(true);
      el.click();
      button(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(popups.opened).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      popups.restore();
    }
  });

  it('busy: aria-busy, a spinner that stops under reduced motion, axe clean', async () => {
    const el = await fixture<CkApplyButton>(html`<ck-apply-button></ck-apply-button>`);
    el.busy = true;
    await el.updateComplete;
    const spinner = el.shadowRoot!.querySelector<HTMLElement>('[part="spinner"]')!;
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    // Whatever the engine's own setting is, the spinner follows it.
    const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(getComputedStyle(spinner).animationName).to.equal(reduced() ? 'none' : 'spin');
    // Switching the setting needs media emulation from the runner (Chromium's CDP; not WebDriver BiDi or classic).
    const emulated = await emulateMedia({ reducedMotion: 'no-preference' }).then(
      () => true,
      (error: Error) => {
        console.warn(`reduced-motion switch not checked: this runner cannot emulate prefers-reduced-motion (${error.message.split('\n')[0]})`);
        return false;
      },
    );
    if (emulated) {
      expect(getComputedStyle(spinner).animationName).to.equal('spin');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(spinner).animationName).to.equal('none');
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    await expect(el).to.be.accessible();
  });

  it('keyboard focus shows a focus ring and prefetches the auth chunk and /config', async () => {
    await resetStack();
    const el = await fixture<CkApplyButton>(html`<ck-apply-button endpoint="/careerkit"></ck-apply-button>`);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    expect(getComputedStyle(button(el)).outlineStyle).to.equal('solid');
    await waitUntil(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/careerkit/config')), 'config prefetched');
    expect(performance.getEntriesByType('resource').some((r) => /\/src\/auth\/auth\.ts/.test(r.name))).to.equal(true);
  });
});

describe('prefill (fillForm) rules', () => {
  const profile = {
    name: 'Amina Njoroge',
    givenName: 'Amina',
    familyName: 'Njoroge',
    email: 'amina@example.com',
    location: 'Nairobi',
    skills: ['Welding', 'Customer service'],
    experience: [{ title: 'Cashier', company: 'Duka', startDate: '2020', current: true }],
    links: { linkedin: 'https://linkedin.example/amina' },
  };

  it('uses the default map, skips hidden, disabled and read-only fields, picks select options, flattens lines in inputs', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="first_name" />
      <input name="last_name" disabled />
      <input name="email" type="hidden" />
      <input name="email" readonly />
      <input name="email" />
      <select name="city"><option value="">Choose</option><option>Mombasa</option><option value="nbo">Nairobi</option></select>
      <input name="experience" />
      <input name="linkedin" type="url" />
    </form>`);
    const filled = fillForm(form, profile);
    expect(filled.map((f) => f.name)).to.deep.equal(['first_name', 'email', 'city', 'experience', 'linkedin']);
    expect((form.querySelectorAll('[name="email"]')[2] as HTMLInputElement).value).to.equal('amina@example.com');
    expect((form.querySelector('[name="last_name"]') as HTMLInputElement).value).to.equal('');
    expect((form.querySelector('select') as HTMLSelectElement).value).to.equal('nbo');
    expect((form.querySelector('[name="experience"]') as HTMLInputElement).value).to.equal('Cashier, Duka (2020 – present)');
  });

  it('fieldMap overrides and switches keys off', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="candidate" /><input name="email" /><textarea name="name"></textarea></form>`);
    const filled = fillForm(form, profile, { name: 'candidate', email: null });
    expect(filled.map((f) => f.name)).to.deep.equal(['candidate']);
    expect((form.querySelector('[name="candidate"]') as HTMLInputElement).value).to.equal('Amina Njoroge');
  });

  it('documents a default for every profile key', () => {
    for (const names of Object.values(DEFAULT_FIELD_MAP)) expect(names.length).to.be.above(0);
    expect(DEFAULT_FIELD_MAP.givenName).to.include('given-name');
    expect(DEFAULT_FIELD_MAP.phone).to.include('tel');
  });
});

describe('ck-apply-button: element contract (lit-free shell)', () => {
  const label = (el: CkApplyButton) => el.shadowRoot!.querySelector('[part="label"]')!.textContent;

  it('follows <ck-provider> changes while inside it, and stops listening once removed', async () => {
    await import('../../src/components/provider/define.js');
    const provider = await fixture<HTMLElement & { endpoint?: string; locale?: string; updateComplete: Promise<unknown> }>(
      html`<ck-provider endpoint="/first" locale="fr"><ck-apply-button></ck-apply-button></ck-provider>`,
    );
    const el = provider.querySelector('ck-apply-button')!;
    await el.updateComplete;
    expect(el.resolvedEndpoint).to.equal('/first');
    expect(label(el)).to.equal('Postuler avec SmartCV');

    provider.locale = 'sw';
    provider.endpoint = '/second';
    await provider.updateComplete;
    await el.updateComplete;
    expect(el.resolvedEndpoint).to.equal('/second');
    expect(label(el)).to.equal('Omba kwa SmartCV');

    el.locale = 'es';
    await el.updateComplete;
    expect(label(el)).to.equal('Postularse con SmartCV', 'its own locale wins over the provider');

    el.remove();
    provider.endpoint = '/third';
    await provider.updateComplete;
    expect(el.resolvedEndpoint).to.equal('/second', 'unsubscribed when disconnected');
  });

  it('properties live on the prototype (for @lit/react) and reflect to attributes; defaults are not written', async () => {
    for (const name of ['endpoint', 'locale', 'theme', 'jobId', 'mode', 'form', 'overwrite', 'variant', 'size', 'disabled', 'fieldMap', 'busy']) {
      expect(name in CkApplyButtonClass.prototype, name).to.equal(true);
    }
    const el = await fixture<CkApplyButton>(html`<ck-apply-button></ck-apply-button>`);
    expect([el.mode, el.variant, el.size, el.disabled, el.overwrite, el.jobId]).to.deep.equal(['popup', 'primary', 'medium', false, false, undefined]);
    expect(el.getAttributeNames()).to.deep.equal([]);
    el.jobId = 'job-9';
    el.variant = 'outline';
    el.disabled = true;
    el.theme = 'dark';
    expect(el.getAttribute('job-id')).to.equal('job-9');
    expect(el.getAttribute('variant')).to.equal('outline');
    expect(el.hasAttribute('disabled')).to.equal(true);
    await el.updateComplete;
    expect(button(el).disabled).to.equal(true);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.removeAttribute('disabled');
    el.setAttribute('locale', 'fr');
    await el.updateComplete;
    expect(button(el).disabled).to.equal(false);
    expect(label(el)).to.equal('Postuler avec SmartCV');
    el.jobId = undefined;
    expect(el.hasAttribute('job-id')).to.equal(false);
  });

  it('status text is only rewritten when it changes (no repeated announcements)', async () => {
    const el = await fixture<CkApplyButton & { say(text: string, tone?: string): void }>(html`<ck-apply-button></ck-apply-button>`);
    el.say('Profile imported.', 'done');
    await el.updateComplete;
    const line = el.shadowRoot!.querySelector('[role="status"]')!;
    const node = line.firstChild;
    expect(line.className).to.equal('done');
    el.say('Profile imported.', 'done');
    el.busy = false;
    await el.updateComplete;
    expect(line.firstChild).to.equal(node);
  });

  it('works through @lit/react createComponent: props as properties, events as callbacks', async () => {
    // React is CommonJS here: its exports arrive as the default export.
    const [{ default: React }, { default: ReactDomClient }, { default: ReactDom }, { createComponent }] = await Promise.all([
      import('react'),
      import('react-dom/client'),
      import('react-dom'),
      import('@lit/react'),
    ]);
    const ApplyButton = createComponent({
      tagName: 'ck-apply-button',
      elementClass: CkApplyButtonClass,
      react: React,
      events: { onRevoke: 'ck-revoke' },
    });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = ReactDomClient.createRoot(container);
    const revoked: boolean[] = [];
    const fieldMap = { name: 'candidate' } as const;
    ReactDom.flushSync(() =>
      root.render(React.createElement(ApplyButton, { jobId: 'job-r', variant: 'neutral', fieldMap, onRevoke: (e: Event) => revoked.push((e as CustomEvent).detail.revoked) })),
    );
    const el = container.querySelector('ck-apply-button')!;
    try {
      expect(el.jobId).to.equal('job-r');
      expect(el.getAttribute('variant')).to.equal('neutral');
      expect(el.fieldMap).to.equal(fieldMap);
      await el.revoke();
      expect(revoked).to.deep.equal([false]);
    } finally {
      root.unmount();
    }
  });
});

describe('ck-apply-button: properties set before the tag is defined', () => {
  it('are applied on upgrade (reflected, and seen by the accessors)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><ck-apply-button-late></ck-apply-button-late></div>`);
    const early = wrapper.firstElementChild as HTMLElement & { jobId?: string; fieldMap?: object; locale?: string };
    const fieldMap = { email: null };
    Object.assign(early, { jobId: 'job-early', fieldMap, locale: 'fr' });
    customElements.define('ck-apply-button-late', class extends CkApplyButtonClass {});
    const el = early as unknown as CkApplyButton;
    await el.updateComplete;
    expect(Object.hasOwn(el, 'jobId')).to.equal(false);
    expect(el.getAttribute('job-id')).to.equal('job-early');
    expect(el.fieldMap).to.equal(fieldMap);
    expect(button(el).textContent!.trim()).to.equal('Postuler avec SmartCV');
  });
});
