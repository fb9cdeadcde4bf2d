/**
 * The import's trust features: the `data-careerkit-imported` marker, "Undo import", and names that cannot be
 * split (a script without case) — driven through the popup flow against the in-process SmartCV simulator.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/apply-button/define.js';
import type { CkApplyButton } from '../../src/components/apply-button/define.js';
import { importProfile } from '../../src/auth/prefill.js';
import { answerConsent, type capturePopups, nextEvent, popupsPerTest } from './apply-button-support.js';

const MARK = 'data-careerkit-imported';
const mainButton = (el: CkApplyButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const undoButton = (el: CkApplyButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="undo"]');
const status = (el: CkApplyButton) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

/** Clicks Apply, approves as `candidate` and waits for `ck-profile`. */
async function importAs(el: CkApplyButton, popups: ReturnType<typeof capturePopups>, candidate: string) {
  const profile = nextEvent<{ profile: { name?: string }; filled: string[] }>(el, 'ck-profile');
  mainButton(el).click();
  await answerConsent(popups.opened[popups.opened.length - 1], 'approve', candidate);
  const { detail } = await profile;
  await el.updateComplete;
  return detail;
}

describe('import: marker and undo', function () {
  this.timeout(20000);
  const popups = popupsPerTest();

  it('marks every filled control, unmarks one the candidate edits, and "Undo import" restores the rest', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <form id="application">
        <label>Full name <input name="name" /></label>
        <label>Email <input name="email" type="email" value="mine@example.com" /></label>
        <label>Phone <input name="tel" type="tel" /></label>
        <label>Skills <textarea name="skills">my own notes</textarea></label>
        <label>Experience <textarea name="experience"></textarea></label>
      </form>
      <ck-apply-button endpoint="/careerkit" form="application"></ck-apply-button>
    </div>`);
    const el = wrapper.querySelector<CkApplyButton>('ck-apply-button')!;
    const form = wrapper.querySelector('form')!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    expect(undoButton(el), 'no undo before an import').to.equal(null);

    const detail = await importAs(el, popups, 'complete');
    expect(detail.filled).to.include.members(['name', 'tel', 'experience']);
    const marked = [...form.querySelectorAll(`[${MARK}]`)].map((f) => (f as HTMLInputElement).name);
    expect(marked).to.deep.equal(detail.filled, 'exactly the filled controls carry the marker');
    expect(field('email').hasAttribute(MARK), 'a kept value is not marked').to.equal(false);

    // The candidate edits the phone: its marker goes and undo leaves it alone.
    field('tel').focus();
    await sendKeys({ type: '9' });
    expect(field('tel').hasAttribute(MARK)).to.equal(false);
    const typedPhone = field('tel').value;

    const undo = undoButton(el);
    expect(undo, 'undo offered after the import').to.exist;
    expect(undo!.textContent).to.equal('Undo import');
    await expect(el).to.be.accessible();
    const inputs: string[] = [];
    form.addEventListener('input', (e) => inputs.push((e.target as HTMLInputElement).name));
    undo!.click();
    await el.updateComplete;

    expect(field('name').value).to.equal('');
    expect(field('experience').value).to.equal('');
    expect(field('email').value).to.equal('mine@example.com');
    expect(field('skills').value).to.equal('my own notes');
    expect(field('tel').value).to.equal(typedPhone, 'an edited field keeps the candidate’s value');
    expect(form.querySelectorAll(`[${MARK}]`)).to.have.length(0);
    expect(inputs).to.include.members(['name', 'experience'], 'frameworks hear the restore');
    expect(undoButton(el), 'undo is gone after use').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on the apply button, not <body>').to.equal(mainButton(el));
    expect(el.shadowRoot!.querySelector('[role="status"]')!.getAttribute('role')).to.equal('status');
    expect(status(el)).to.match(/^Import undone: \d+ fields? set back/);
    await expect(el).to.be.accessible();
  });

  it('with overwrite, undo puts back the values the fields had before; localized (fr)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
      <form id="application">
        <label>Nom <input name="name" value="Ancien Nom" /></label>
        <label>Courriel <input name="email" type="email" value="mine@example.com" /></label>
      </form>
      <ck-apply-button endpoint="/careerkit" form="application" overwrite></ck-apply-button>
    </div>`);
    const el = wrapper.querySelector<CkApplyButton>('ck-apply-button')!;
    const form = wrapper.querySelector('form')!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const detail = await importAs(el, popups, 'complete');
    expect(field('name').value).to.equal(detail.profile.name);
    expect(field('name').hasAttribute(MARK)).to.equal(true);
    expect(undoButton(el)!.textContent).to.equal('Annuler l’import');
    expect(undoButton(el)!.lang).to.equal('fr');
    undoButton(el)!.click();
    await el.updateComplete;
    expect(field('name').value).to.equal('Ancien Nom');
    expect(field('email').value).to.equal('mine@example.com');
    expect(status(el)).to.match(/^Import annulé/);
  });

  it('importProfile: undo restores selects and inputs, removes every marker, and only once', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="name" />
      <select name="location"><option value="">—</option><option>Nairobi, Kenya</option><option>Cairo</option></select>
    </form>`);
    const result = importProfile(form, { name: 'Grace Wanjiru', location: 'Nairobi, Kenya' });
    const select = form.elements.namedItem('location') as HTMLSelectElement;
    expect(select.value).to.equal('Nairobi, Kenya');
    expect(select.hasAttribute(MARK)).to.equal(true);
    expect(result.marked()).to.have.length(2);
    expect(result.undo()).to.have.length(2);
    expect(select.value).to.equal('');
    expect((form.elements.namedItem('name') as HTMLInputElement).value).to.equal('');
    expect(form.querySelectorAll(`[${MARK}]`)).to.have.length(0);
    expect(result.undo(), 'a second undo restores nothing').to.have.length(0);
  });
});

describe('import: names that cannot be split', function () {
  this.timeout(20000);
  const popups = popupsPerTest();

  it('an Arabic name goes whole into a field marked autocomplete="name"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <form id="application">
        <label>Your name <input name="applicant" autocomplete="name" /></label>
        <label>Email <input name="email" /></label>
      </form>
      <ck-apply-button endpoint="/careerkit" form="application"></ck-apply-button>
    </div>`);
    const el = wrapper.querySelector<CkApplyButton>('ck-apply-button')!;
    const detail = await importAs(el, popups, 'non-latin');
    const applicant = wrapper.querySelector<HTMLInputElement>('[name="applicant"]')!;
    expect(detail.profile.name).to.equal('ليلى حسن');
    expect(applicant.value).to.equal('ليلى حسن');
    expect(applicant.hasAttribute(MARK)).to.equal(true);
    expect(status(el)).not.to.contain('not filled in');
  });

  it('with only first/last fields, an Arabic name leaves them empty and the status says why', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <form id="application">
        <label>First name <input name="first_name" /></label>
        <label>Last name <input name="last_name" /></label>
        <label>Email <input name="email" /></label>
      </form>
      <ck-apply-button endpoint="/careerkit" form="application"></ck-apply-button>
    </div>`);
    const el = wrapper.querySelector<CkApplyButton>('ck-apply-button')!;
    await importAs(el, popups, 'non-latin');
    const form = wrapper.querySelector('form')!;
    expect((form.elements.namedItem('first_name') as HTMLInputElement).value).to.equal('');
    expect((form.elements.namedItem('last_name') as HTMLInputElement).value).to.equal('');
    expect((form.elements.namedItem('email') as HTMLInputElement).value).to.equal('layla.hassan@example.com');
    await waitUntil(() => status(el).includes('name was not filled in'), 'the status says the name was left out');
    expect(status(el)).to.match(/^Profile imported: 1 field filled in\..* Your name was not filled in: it cannot be split/);
  });

  it('importProfile reports a caseless name that first/last fields cannot take, and not a split one', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="given-name" /><input name="family-name" /></form>`);
    const arabic = importProfile(form, { name: 'محمد أحمد' });
    expect(arabic.nameNotSplit).to.equal(true);
    expect(arabic.filled).to.have.length(0);
    const split = importProfile(form, { name: 'Grace Wanjiru', givenName: 'Grace', familyName: 'Wanjiru' });
    expect(split.nameNotSplit).to.equal(false);
    expect(split.filled.map((f) => f.value)).to.deep.equal(['Grace', 'Wanjiru']);
  });
});
