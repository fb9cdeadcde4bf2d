/**
 * <ck-job-editor> in real Chromium against a sandbox stack run inside the page (endpoint + simulators, the same
 * code as the server's), so a test can switch the endpoint's `authorizeAdmin` on and off. Every request the
 * element makes goes through a recording fetch given to `configure()`; our client is never mocked.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import { JobEditor } from '../../src/react/index.js';
import '../../src/components/job-editor/define.js';
import '../../src/components/job-detail/define.js';
import type { CkJobEditor, JobSavedDetail } from '../../src/components/job-editor/define.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/define.js';
import type { CkJobDetail } from '../../src/components/job-detail/define.js';
import { configure, getClient } from '../../src/client/client.js';
import { createSandboxStack, type SandboxStack } from '../../src/sandbox/stack.js';
import { loadDatasetFromUrl } from '../../src/sandbox/taxonomy-data.js';
import { formatSource } from '../../src/components/job-editor/rich-text.js';
import { skillBlockHtml, splitDescription } from '../../src/components/job-editor/skill-block.js';
import type { Job } from '../../src/types.js';

let admin = true;
let stack: SandboxStack;
const requests: Request[] = [];
const bodies: unknown[] = [];

before(async function () {
  // Loading and parsing the taxonomy sample, and the stack's first answers, happen here rather than in a test's time.
  this.timeout(60_000);
  const dataset = await loadDatasetFromUrl('/data/taxonomy/tabiya-sample.json.gz');
  stack = createSandboxStack({ origin: location.origin, taxonomy: dataset, endpoint: { authorizeAdmin: () => admin } });
  configure({
    endpoint: '/careerkit',
    fetch: async (input, init) => {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      requests.push(request.clone());
      if (request.method === 'POST') bodies.push(await request.clone().json().catch(() => undefined));
      return stack.fetch(request);
    },
  });
  await getClient('/careerkit').lookups();
  await getClient('/careerkit').searchSkills({ q: 'manage', limit: 2 });
});

beforeEach(async () => {
  admin = true;
  requests.length = 0;
  bodies.length = 0;
  for (const simulator of Object.values(stack.simulators)) simulator.reset();
  await stack.endpoint.reset?.();
});

const root = (el: CkJobEditor) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CkJobEditor, selector: string) => root(el).querySelector<T>(selector)!;
const jobPosts = () => requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.startsWith('/careerkit/jobs'));

async function editor(template = html`<ck-job-editor></ck-job-editor>`): Promise<CkJobEditor> {
  const el = await fixture<CkJobEditor>(template);
  await waitUntil(() => $<HTMLSelectElement>(el, '#f-typeId').options.length > 1, 'lookups not loaded', { timeout: 8000 });
  return el;
}

/** Types into a control the way a user does: value, then the input event. */
async function fill(el: CkJobEditor, id: string, value: string) {
  const control = $<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, `#${id}`);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function setDescription(el: CkJobEditor, htmlText: string) {
  const area = $(el, '#f-descriptionHtml');
  area.innerHTML = htmlText;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Live jobs only are readable: the job goes live today. */
const TODAY = new Date().toISOString().slice(0, 10);
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const secondOption = (el: CkJobEditor, id: string) => $<HTMLSelectElement>(el, `#${id}`).options[1].value;

/** Two skills from the sandbox taxonomy. */
async function twoSkills() {
  const page = await getClient('/careerkit').searchSkills({ q: 'manage', limit: 2 });
  expect(page.items.length).to.equal(2);
  return page.items;
}

async function fillValid(el: CkJobEditor, reference = `REF-${Math.random().toString(36).slice(2, 8)}`) {
  await fill(el, 'f-title', 'Head chef for a busy kitchen');
  await fill(el, 'f-reference', reference);
  await fill(el, 'f-typeId', secondOption(el, 'f-typeId'));
  await fill(el, 'f-categoryId', secondOption(el, 'f-categoryId'));
  await setDescription(el, '<h3>About</h3><p>You run the <strong>kitchen</strong>.</p><ul><li>Menus</li></ul>');
  await fill(el, 'f-benefits', 'Meals and training');
  await fill(el, 'f-countryId', secondOption(el, 'f-countryId'));
  await fill(el, 'f-premise', '1 Market Street');
  await fill(el, 'f-city', 'Nairobi');
  await fill(el, 'f-region', 'Nairobi County');
  await fill(el, 'f-postcode', '00100');
  await fill(el, 'f-locationDisplay', 'Nairobi, Kenya');
  await fill(el, 'f-salary-from', '50000');
  await fill(el, 'f-salary-to', '70000');
  await fill(el, 'f-salary-currency', 'KES');
  await fill(el, 'f-salary-frequency', 'MONTHLY');
  await fill(el, 'f-salary-text', 'KES 50k–70k a month');
  await fill(el, 'f-openDate', TODAY);
  await fill(el, 'f-closeDate', IN_A_MONTH);
  const [skill] = await twoSkills();
  const essential = $<CkSkillPicker>(el, '#skills-essential');
  if (!essential.selected.length) essential.selected = [skill];
  return reference;
}

async function submit(el: CkJobEditor) {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

function savedEvents() {
  const events: Array<CustomEvent<JobSavedDetail>> = [];
  document.addEventListener('ck-job-saved', (e) => events.push(e as CustomEvent<JobSavedDetail>));
  return events;
}

const activeInShadow = (el: CkJobEditor) => root(el).activeElement as HTMLElement | null;

describe('ck-job-editor', () => {
  it('groups every field as a recruiter thinks, fills the selects from /jobs/lookups, and is axe clean', async () => {
    const el = await editor();
    const legends = [...root(el).querySelectorAll('fieldset.group > legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['The role', 'Skills', 'Where', 'Pay', 'How to apply', 'Dates']);
    for (const id of ['f-title', 'f-reference', 'f-summary', 'f-benefits', 'f-premise', 'f-city', 'f-region', 'f-postcode', 'f-locationDisplay', 'f-salary-from', 'f-salary-to', 'f-salary-text', 'f-openDate', 'f-closeDate']) {
      expect($(el, `#${id}`), id).to.exist;
    }
    const lookups = await getClient('/careerkit').lookups();
    expect($<HTMLSelectElement>(el, '#f-countryId').options.length).to.equal(lookups.countries.length + 1);
    expect($<HTMLSelectElement>(el, '#f-typeId').options.length).to.equal(lookups.types.length + 1);
    expect($<HTMLSelectElement>(el, '#f-categoryId').options.length).to.equal(lookups.categories.length + 1);
    expect($<HTMLSelectElement>(el, '#f-salary-frequency').options.length).to.equal(8);
    expect(root(el).querySelectorAll('ck-skill-picker')).to.have.length(2);
    expect($(el, '[role="toolbar"]').querySelectorAll('button').length).to.be.greaterThanOrEqual(5);
    await expect(el).to.be.accessible();
  });

  it('checks the contract rules before any request: errors on the fields, described, the first one focused', async () => {
    const el = await editor();
    await fill(el, 'f-title', 'Chef');
    await fill(el, 'f-summary', 'x'.repeat(301));
    await fill(el, 'f-salary-from', '900');
    await fill(el, 'f-salary-to', '100');
    await fill(el, 'f-openDate', '2026-12-10');
    await fill(el, 'f-closeDate', '2026-12-01');
    await submit(el);
    await aTimeout(50);
    expect(jobPosts()).to.have.length(0);
    const title = $<HTMLInputElement>(el, '#f-title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${title.getAttribute('aria-describedby')!.split(' ').at(-1)}`).textContent).to.contain('at least 5');
    expect(activeInShadow(el)).to.equal(title);
    expect($(el, '#f-reference-error').textContent).to.contain('Fill this in');
    expect($(el, '#f-salary-to-error').textContent).to.contain('less than');
    expect($(el, '#f-closeDate-error').textContent).to.contain('before');
    expect($(el, '#f-descriptionHtml').getAttribute('aria-invalid')).to.equal('true');
    // The summary is capped by maxlength as typed; a script-set longer value is still refused.
    expect($(el, '#f-summary-error').textContent).to.contain('300');
    expect($(el, '[part~="banner"]').textContent).to.match(/correct \d+ fields/);
    // What was typed is all still there.
    expect($<HTMLInputElement>(el, '#f-salary-from').value).to.equal('900');
    expect(el.draft.title).to.equal('Chef');
    await expect(el).to.be.accessible();
    expect($(el, '#f-skills-error').textContent).to.contain('at least one skill');
    // Applying on another website needs an http(s) address.
    const other = $<HTMLInputElement>(el, 'input[name="applyMode"][value="url"]');
    other.click();
    await el.updateComplete;
    await fill(el, 'f-applyUrl', 'javascript:alert(1)');
    await submit(el);
    await el.updateComplete;
    expect($(el, '#f-applyUrl-error').textContent).to.contain('https://');
    expect(jobPosts()).to.have.length(0);
    // Fixing a field clears its error.
    await fill(el, 'f-title', 'Head chef');
    expect($(el, '#f-title').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('posts a job with two ESCO skills (X-Careerkit, sanitized description, marked skill list) and switches to editing it', async () => {
    const events = savedEvents();
    const el = await editor();
    const reference = await fillValid(el);
    // (Typed or pasted; a paste of an event-handler attribute is already dropped by the browser.)
    await setDescription(el, '<h3>About</h3><p>Run the <strong>kitchen</strong> <a href="javascript:alert(1)">menu</a></p><script>window.__pwned=2</script>');
    const [a, b] = await twoSkills();
    $<CkSkillPicker>(el, '#skills-essential').selected = [a];
    $<CkSkillPicker>(el, '#skills-optional').selected = [b];
    await submit(el);
    await waitUntil(() => events.length === 1, 'no ck-job-saved', { timeout: 8000 });
    const [post] = jobPosts();
    expect(new URL(post.url).pathname).to.equal('/careerkit/jobs');
    expect(post.headers.get('x-careerkit')).to.equal('1');
    expect(post.credentials).to.equal('same-origin');
    const body = bodies.at(-1) as Record<string, unknown>;
    expect(body.reference).to.equal(reference);
    expect(body.descriptionHtml).not.to.contain('javascript:').and.not.to.contain('<script');
    expect(body.skills).to.equal(`${a.preferredLabel}, ${b.preferredLabel}`);
    const { job, created } = events[0].detail;
    expect(created).to.equal(true);
    expect(el.jobId).to.equal(job.id);
    expect($(el, '[part~="banner"]').textContent).to.contain('Job posted');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);

    // Read back through the endpoint: the skills round-trip in the description.
    const stored = await getClient('/careerkit').job(job.id);
    const { prose, skills } = splitDescription(stored.descriptionHtml ?? '');
    expect(prose).to.contain('<strong>kitchen</strong>');
    expect(skills).to.deep.equal([
      { uuid: a.uuid, preferredLabel: a.preferredLabel, level: 'essential' },
      { uuid: b.uuid, preferredLabel: b.preferredLabel, level: 'optional' },
    ]);
    expect($(el, 'button[type="submit"]').textContent!.trim()).to.equal('Save changes');
  });

  it('puts the Job Space 422 field errors on their fields, focuses the first, keeps every value', async () => {
    const el = await editor();
    const reference = await fillValid(el);
    await submit(el);
    await waitUntil(() => el.jobId, 'first post failed', { timeout: 8000 });
    // The same reference again, as a new job: the Job Space refuses it (unique per organisation).
    const second = await editor();
    await fillValid(second, reference);
    await submit(second);
    await waitUntil(() => $(second, '#f-reference-error'), 'no reference error', { timeout: 8000 });
    const input = $<HTMLInputElement>(second, '#f-reference');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('f-reference-error');
    expect($(second, '#f-reference-error').textContent).to.contain('already been taken');
    expect(activeInShadow(second)).to.equal(input);
    expect($(second, '[part~="banner"]').textContent).to.contain('did not accept');
    expect(input.value).to.equal(reference);
    expect($<HTMLInputElement>(second, '#f-title').value).to.equal('Head chef for a busy kitchen');
    expect($(second, '#f-descriptionHtml').innerHTML).to.contain('<strong>kitchen</strong>');
    expect(second.jobId).to.equal('');
    await expect(second).to.be.accessible();
  });

  it('says the recruiter is not signed in on 403, and keeps everything typed', async () => {
    admin = false;
    const errors: Event[] = [];
    const el = await editor();
    el.addEventListener('ck-error', (e) => errors.push(e));
    await fillValid(el);
    await submit(el);
    await waitUntil(() => errors.length === 1, 'no ck-error', { timeout: 8000 });
    await el.updateComplete;
    expect(jobPosts()).to.have.length(1);
    const banner = $(el, '[part~="banner"]');
    expect(banner.textContent).to.contain('not signed in as a recruiter');
    expect(activeInShadow(el)).to.equal(banner);
    expect($<HTMLInputElement>(el, '#f-city').value).to.equal('Nairobi');
    expect(el.draft['salary.text']).to.equal('KES 50k–70k a month');
    // Signed in again: the same form saves.
    admin = true;
    const events = savedEvents();
    await submit(el);
    await waitUntil(() => events.length === 1, 'no ck-job-saved after signing in', { timeout: 8000 });
  });

  it('edits a job by job-id: fields and skills prefilled, the update replaces it', async () => {
    const el = await editor();
    await fillValid(el);
    const [a, b] = await twoSkills();
    $<CkSkillPicker>(el, '#skills-essential').selected = [a, b];
    await submit(el);
    await waitUntil(() => el.jobId, 'not posted', { timeout: 8000 });
    const id = el.jobId;

    const edit = await editor(html`<ck-job-editor job-id=${id}></ck-job-editor>`);
    await waitUntil(() => $<HTMLInputElement>(edit, '#f-title').value, 'job not loaded', { timeout: 8000 });
    expect($(edit, '[role="heading"]').textContent).to.equal('Edit job');
    expect($<HTMLInputElement>(edit, '#f-title').value).to.equal('Head chef for a busy kitchen');
    expect($<HTMLInputElement>(edit, '#f-openDate').value).to.equal(TODAY);
    await waitUntil(() => $<CkSkillPicker>(edit, '#skills-essential').selected.length === 2, 'skills not prefilled');
    expect($(edit, '#f-descriptionHtml').innerHTML).to.contain('<strong>kitchen</strong>');
    expect($(edit, '#f-descriptionHtml').innerHTML).not.to.contain('data-ck-skills');
    await fill(edit, 'f-title', 'Executive head chef');
    // Job does not carry these back: the recruiter fills them in again.
    await fill(edit, 'f-premise', '1 Market Street');
    await fill(edit, 'f-city', 'Nairobi');
    await fill(edit, 'f-region', 'Nairobi County');
    await fill(edit, 'f-benefits', 'Meals');
    const events = savedEvents();
    await submit(edit);
    await waitUntil(() => events.length === 1, 'no ck-job-saved', { timeout: 8000 });
    expect(events[0].detail.created).to.equal(false);
    expect(new URL(jobPosts().at(-1)!.url).pathname).to.equal(`/careerkit/jobs/${id}`);
    const stored = await getClient('/careerkit').job(id);
    expect(stored.title).to.equal('Executive head chef');
    expect(splitDescription(stored.descriptionHtml ?? '').skills.map((s) => s.uuid)).to.deep.equal([a.uuid, b.uuid]);
  });

  it('formats the description with the toolbar (heading, bold, lists, links) and previews it with ck-job-detail', async () => {
    const el = await editor();
    await fill(el, 'f-title', 'Pastry chef');
    const area = $(el, '#f-descriptionHtml');
    area.focus();
    await sendKeys({ type: 'Bake bread' });
    await sendKeys({ press: 'Shift+Home' });
    $<HTMLButtonElement>(el, '[role="toolbar"] button[title="Bold"]').click();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    $<HTMLButtonElement>(el, '[role="toolbar"] button[title="Bulleted list"]').click();
    await sendKeys({ type: 'Cakes' });
    expect(area.innerHTML).to.match(/<b>Bake bread<\/b>|<strong>Bake bread<\/strong>/);
    expect(area.querySelector('ul > li')?.textContent).to.equal('Cakes');
    // A link through the inline URL field.
    $<HTMLButtonElement>(el, '[role="toolbar"] button[title="Link"]').click();
    await el.updateComplete;
    const url = $<HTMLInputElement>(el, '#link-url');
    expect(activeInShadow(el)).to.equal(url);
    url.value = 'https://example.com/menu';
    url.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.link-form .button').click();
    await waitUntil(() => area.querySelector('a[href="https://example.com/menu"]'), 'no link inserted');

    const detail = $<CkJobDetail>(el, 'ck-job-detail');
    await waitUntil(() => detail.shadowRoot?.querySelector('[part~="description"] ul li'), 'preview did not render the list', { timeout: 4000 });
    expect(detail.shadowRoot!.querySelector('#title')!.textContent).to.equal('Pastry chef');
    expect(detail.shadowRoot!.querySelector('[part~="description"] a')!.getAttribute('rel')).to.contain('noopener');
  });

  it('falls back to HTML source editing with the same toolbar', async () => {
    const el = await editor();
    $<HTMLButtonElement>(el, '[role="toolbar"] button[aria-pressed]').click();
    await el.updateComplete;
    const source = $<HTMLTextAreaElement>(el, 'textarea#f-descriptionHtml');
    source.value = 'Duties\nCooking\nCleaning';
    source.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    source.setSelectionRange(7, source.value.length);
    $<HTMLButtonElement>(el, '[role="toolbar"] button[title="Bulleted list"]').click();
    await el.updateComplete;
    expect(el.draft.descriptionHtml).to.equal('Duties\n<ul>\n  <li>Cooking</li>\n  <li>Cleaning</li>\n</ul>');
    // Back to formatted text: the source goes through the sanitizer before it enters the live area.
    source.value = '<p>Fresh <img src="x" onerror="window.__pwned=3">bread</p>';
    source.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, '[role="toolbar"] button[aria-pressed]').click();
    await waitUntil(() => root(el).querySelector('div#f-descriptionHtml'), 'not back to formatted text');
    await el.updateComplete;
    await aTimeout(100);
    expect($(el, '#f-descriptionHtml').innerHTML).to.equal('<p>Fresh bread</p>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(formatSource('see menu', 4, 8, 'link', 'https://x.test/"a').value).to.equal('see <a href="https://x.test/&quot;a">menu</a>');
    expect(formatSource('Title', 0, 5, 'heading').value).to.equal('<h3>Title</h3>');
  });

  it('offers the essential skills of the ESCO occupation matching the title; a click tags the job', async () => {
    const el = await editor();
    await fill(el, 'f-title', 'head chef');
    await waitUntil(() => root(el).querySelector('[part~="suggestions"] button'), 'no occupation suggestions', { timeout: 8000 });
    expect($(el, '#suggestions-label').textContent).to.contain('head chef');
    const button = $<HTMLButtonElement>(el, '[part~="suggestions"] button');
    const label = button.textContent!.replace('+', '').trim();
    button.click();
    await el.updateComplete;
    expect(el.skills.map((s) => s.preferredLabel)).to.deep.equal([label]);
    expect(el.skills[0].level).to.equal('essential');
    await expect(el).to.be.accessible();
  });

  it('is usable by keyboard only: Tab reaches every field, the toolbar and the submit button', async () => {
    const el = await editor();
    $<HTMLInputElement>(el, '#f-title').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const active = activeInShadow(el);
      if (!active) break;
      reached.add(active.id || active.title || active.localName);
    }
    for (const id of ['f-reference', 'f-typeId', 'f-descriptionHtml', 'Bold', 'skills-essential', 'f-countryId', 'f-salary-currency', 'f-openDate', 'f-closeDate']) {
      expect([...reached], id).to.include(id);
    }
  });

  for (const [locale, heading, required] of [
    ['fr', 'Publier une offre', 'Renseignez ce champ.'],
    ['es', 'Publicar una oferta', 'Complete este campo.'],
    ['sw', 'Tangaza kazi', 'Jaza sehemu hii.'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await editor(html`<ck-job-editor locale=${locale}></ck-job-editor>`);
      expect($(el, '[role="heading"]').textContent).to.equal(heading);
      await submit(el);
      await el.updateComplete;
      expect($(el, '#f-reference-error').textContent).to.equal(required);
      await expect(el).to.be.accessible();
    });
  }

  it('is axe clean right-to-left and in the dark theme, with errors shown', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><ck-job-editor theme="dark"></ck-job-editor></div>`);
    const el = wrapper.querySelector('ck-job-editor')!;
    await waitUntil(() => $<HTMLSelectElement>(el, '#f-typeId').options.length > 1, 'lookups not loaded', { timeout: 8000 });
    await submit(el);
    await el.updateComplete;
    expect(getComputedStyle($(el, '.group')).direction).to.equal('rtl');
    await expect(wrapper).to.be.accessible();
  });
});

describe('careerkit/react JobEditor', () => {
  it('sets jobId and noPreview as properties and calls onError when the job cannot be loaded', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = ReactDOMClient.createRoot(host);
    const errors: unknown[] = [];
    root.render(React.createElement(JobEditor, { jobId: '999999999', noPreview: true, onError: (e: CustomEvent) => errors.push(e.detail) }));
    await waitUntil(() => host.querySelector('ck-job-editor'), 'not rendered');
    const el = host.querySelector('ck-job-editor')!;
    expect(el.jobId).to.equal('999999999');
    expect(el.noPreview).to.equal(true);
    await waitUntil(() => errors.length > 0, 'onError not called', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="preview"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('The job could not be loaded.');
    root.unmount();
    host.remove();
  });
});

describe('skill block', () => {
  it('round-trips through the job page sanitizer and ck-job-detail shows it as chips, not prose', async () => {
    const block = skillBlockHtml([
      { uuid: 'd2f8efc3-4e03-4ba2-83c6-70ec9a3dbfdc', preferredLabel: 'manage <musical> staff', level: 'essential' },
      { uuid: 'not-a-uuid', preferredLabel: 'custom', level: 'optional' },
    ]);
    expect(block).to.equal('<ul data-ck-skills="1"><li data-ck-skill="d2f8efc3-4e03-4ba2-83c6-70ec9a3dbfdc" data-ck-level="essential">manage &#60;musical&#62; staff</li></ul>');
    const job: Job = { id: 'x', title: 'Tagged job', descriptionHtml: `<p>Prose.</p>${block}` };
    const detail = await fixture<CkJobDetail>(html`<ck-job-detail .job=${job}></ck-job-detail>`);
    await waitUntil(() => detail.shadowRoot!.querySelector('[part~="skills"]'), 'no skill chips', { timeout: 4000 });
    const chips = [...detail.shadowRoot!.querySelectorAll('[part~="skill"]')].map((c) => c.textContent!.trim());
    expect(chips.join(' ')).to.contain('manage <musical> staff');
    expect(detail.shadowRoot!.querySelector('[part~="description"]')!.textContent).not.to.contain('musical');
    await expect(detail).to.be.accessible();
  });
});
