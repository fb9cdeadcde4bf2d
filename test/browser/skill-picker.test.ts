/**
 * <ck-skill-picker> in real Chromium against the sandbox stack (partner endpoint + its skill index + the Tabiya
 * simulator). Requests are observed, delayed or answered differently through `configure({fetch})`; our client
 * is never mocked.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/skill-picker/define.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/skill-picker.js';
import { configure, createClient } from '../../src/client/client.js';

const nativeFetch = globalThis.fetch.bind(globalThis);
const stack = (path: string) => nativeFetch(path, { method: 'POST' });
const api = createClient('/careerkit');

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => root(el).querySelector<T>(selector as string);
const $$ = (el: HTMLElement, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const input = (el: HTMLElement) => $<HTMLInputElement>(el, '#input')!;
const options = (el: HTMLElement) => $$(el, '[role="option"]');
const chips = (el: HTMLElement) => $$(el, '[part~="chip"]');
const chipLabels = (el: HTMLElement) => chips(el).map((chip) => chip.querySelector('.chip-label')!.textContent!.trim());
const liveText = (el: HTMLElement) => $(el, '[role="status"]')!.textContent!.trim();
const popupText = (el: HTMLElement) => $(el, '[part~="popup"]')!.textContent!.replace(/\s+/g, ' ').trim();
const optionLabel = (option: HTMLElement) => option.querySelector('.option-text > span')!.textContent!.trim();

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function results(el: CkSkillPicker, what = 'search results') {
  await waitUntil(() => options(el).length > 0 && !el.pending, `${what} did not render`, { timeout: 8000 });
  await el.updateComplete;
  return options(el);
}

async function typeInto(el: CkSkillPicker, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
}

async function press(key: string, times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

/** Passes requests to the stack; `handle` may answer or delay some of them. */
function throughFetch(handle?: (request: Request) => Promise<Response | undefined>) {
  const requests: Request[] = [];
  configure({
    fetch: async (input, init) => {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      requests.push(request);
      return (await handle?.(request)) ?? nativeFetch(request);
    },
  });
  return requests;
}
const isSearch = (request: Request) => new URL(request.url).pathname === '/careerkit/taxonomy/skills';

/** After a reset the endpoint answers from upstream until its skill index is rebuilt; tests compare index answers. */
async function indexReady() {
  await waitUntil(async () => (await api.searchSkills({ q: 'sales', limit: 1 })).source === 'index', 'the skill index did not load', { timeout: 9000, interval: 100 });
}

describe('ck-skill-picker', () => {
  beforeEach(async () => {
    await stack('/__stack/reset');
    await indexReady();
    throughFetch();
  });

  it('renders a labelled, closed combobox and is accessible', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker label="Your skills" help-text="Pick up to five"></ck-skill-picker>`);
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-controls')).to.equal('listbox');
    expect($(el, '#listbox')!.getAttribute('aria-multiselectable')).to.equal('true');
    expect($(el, 'label')!.textContent!.trim()).to.equal('Your skills');
    expect(field.placeholder).to.equal('Search skills…');
    expect($(el, '#help')!.textContent).to.equal('Pick up to five');
    expect(chips(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('selects three skills with the keyboard only, as chips with named remove buttons', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
    const events: string[] = [];
    const details: string[][] = [];
    for (const type of ['input', 'change']) el.addEventListener(type, () => events.push(type));
    el.addEventListener('ck-skills-change', (e) => details.push(e.detail.skills.map((s) => s.uuid)));

    await typeInto(el, 'weld');
    // Typing alone fires no `input` on the host: only selection changes do.
    expect(events).to.deep.equal([]);
    const found = await results(el);
    expect(found.length).to.be.greaterThan(2);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(liveText(el)).to.equal(`${found.length} results`);
    expect(found[0].querySelector('mark')?.textContent?.toLowerCase()).to.equal('weld');
    // A result found through an alternative label says so, with the match highlighted.
    const viaAlt = found.find((option) => option.querySelector('.also'))!;
    expect(viaAlt.querySelector('.also')!.textContent).to.match(/^also: .*weld/i);
    expect(viaAlt.querySelector('.also mark')!.textContent!.toLowerCase()).to.equal('weld');
    expect(found[0].querySelector('.type')!.textContent!.trim()).to.be.oneOf(['Skill', 'Knowledge', 'Language', 'Attitude']);

    const picked: string[] = [];
    for (let i = 0; i < 3; i++) {
      await press('ArrowDown');
      await el.updateComplete;
      const active = options(el)[i];
      expect(input(el).getAttribute('aria-activedescendant')).to.equal(active.id);
      picked.push(optionLabel(active));
      await press('Enter');
      await el.updateComplete;
      expect(options(el)[i].getAttribute('aria-selected')).to.equal('true');
    }
    expect(chipLabels(el)).to.deep.equal(picked);
    expect(el.value).to.have.length(3);
    expect(el.selected.map((s) => s.preferredLabel)).to.deep.equal(picked);
    for (const [i, chip] of chips(el).entries()) {
      expect(chip.querySelector('[part~="chip-remove"]')!.getAttribute('aria-label')).to.equal(`Remove ${picked[i]}`);
    }
    expect(events).to.deep.equal(['input', 'change', 'input', 'change', 'input', 'change']);
    expect(details).to.have.length(3);
    expect(details[2]).to.deep.equal(el.value);
    expect(liveText(el)).to.equal(`${picked[2]} added, 3 selected`);
    // The list stays open (multi-select), and Enter on a selected option deselects it.
    await press('Enter');
    await el.updateComplete;
    expect(chipLabels(el)).to.deep.equal(picked.slice(0, 2));
    expect(liveText(el)).to.equal(`${picked[2]} removed, 2 selected`);
  });

  it('moves with Up, Home and End, and closes with Escape before clearing', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
    await typeInto(el, 'clean');
    const found = await results(el);
    await press('ArrowUp');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(found[found.length - 1].id);
    await press('Home');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-0');
    await press('End');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(`option-${found.length - 1}`);

    await press('Escape');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input(el).value).to.equal('clean');
    await press('Escape');
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    // Down reopens after a new query.
    await sendKeys({ type: 'sales' });
    await results(el);
    await press('Escape');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await press('ArrowDown');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('removes the last chip with Backspace on an empty input, and a chip with its button', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
    await typeInto(el, 'sales');
    await results(el);
    await press('ArrowDown');
    await press('Enter');
    await press('ArrowDown');
    await press('Enter');
    await el.updateComplete;
    const [first, second] = chipLabels(el);
    expect(chipLabels(el)).to.have.length(2);
    // Backspace edits the text first, then removes chips.
    await press('Backspace', 5);
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(chipLabels(el)).to.deep.equal([first, second]);
    await press('Backspace');
    await el.updateComplete;
    expect(chipLabels(el)).to.deep.equal([first]);
    expect(liveText(el)).to.equal(`${second} removed, 1 selected`);

    const remove = chips(el)[0].querySelector<HTMLButtonElement>('[part~="chip-remove"]')!;
    remove.focus();
    await press('Enter');
    await el.updateComplete;
    expect(chips(el)).to.have.length(0);
    expect(deepActiveElement()).to.equal(input(el));
  });

  it('submits one form entry per selected skill UUID, with no script on the page but the element', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ck-skill-picker name="skills"></ck-skill-picker><input name="other" value="x" /></form>`);
    const el = form.querySelector('ck-skill-picker')!;
    expect(new FormData(form).getAll('skills')).to.deep.equal([]);
    await typeInto(el, 'weld');
    await results(el);
    await press('ArrowDown');
    await press('Enter');
    await press('ArrowDown');
    await press('Enter');
    await el.updateComplete;
    const uuids = new FormData(form).getAll('skills');
    expect(uuids).to.have.length(2);
    expect(uuids).to.deep.equal(el.value);
    for (const uuid of uuids) expect(uuid).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // The UUIDs are the taxonomy's own: the endpoint resolves each to the chip's label.
    const first = await api.skill(String(uuids[0]));
    expect(first.preferredLabel).to.equal(chipLabels(el)[0]);

    let submitted: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = new FormData(form);
    });
    // Enter on an empty input submits the form, as in a native text field.
    await press('Backspace', 4);
    await press('Enter');
    await waitUntil(() => submitted, 'the form was not submitted');
    expect(submitted!.getAll('skills')).to.deep.equal(uuids);
  });

  it('validates required and max with localized messages, blocking picks past max', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ck-skill-picker name="skills" required max="2"></ck-skill-picker></form>`);
    const el = form.querySelector('ck-skill-picker')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Choose at least one skill.');

    await typeInto(el, 'clean');
    await results(el);
    for (let i = 0; i < 3; i++) {
      await press('ArrowDown');
      await press('Enter');
    }
    await el.updateComplete;
    expect(el.value).to.have.length(2);
    expect(liveText(el)).to.equal('You can choose up to 2 skills.');
    expect(form.checkValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');

    // A preset selection longer than max is invalid (rangeOverflow).
    el.selected = [
      { uuid: 'a0000000-0000-4000-8000-000000000001', preferredLabel: 'one' },
      { uuid: 'a0000000-0000-4000-8000-000000000002', preferredLabel: 'two' },
      { uuid: 'a0000000-0000-4000-8000-000000000003', preferredLabel: 'three' },
    ];
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal('Choose no more than 2 skills.');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
  });

  it('resets to its initial selection, restores saved state, and is disabled with its fieldset', async () => {
    const prefilled = [{ uuid: 'b0000000-0000-4000-8000-000000000001', preferredLabel: 'prefilled skill' }];
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><ck-skill-picker name="skills" .selected=${prefilled}></ck-skill-picker></fieldset></form>`,
    );
    const el = form.querySelector('ck-skill-picker')!;
    await el.updateComplete;
    expect(chipLabels(el)).to.deep.equal(['prefilled skill']);
    await typeInto(el, 'sales');
    await results(el);
    await press('ArrowDown');
    await press('Enter');
    await el.updateComplete;
    expect(new FormData(form).getAll('skills')).to.have.length(2);

    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal([prefilled[0].uuid]);
    expect(input(el).value).to.equal('');
    expect(new FormData(form).getAll('skills')).to.deep.equal([prefilled[0].uuid]);

    // The state the browser saves for restore (back/forward, autofill) is the selection's JSON.
    el.formStateRestoreCallback(JSON.stringify([{ uuid: 'c0000000-0000-4000-8000-000000000009', preferredLabel: 'restored' }, { bad: true }]));
    await el.updateComplete;
    expect(chipLabels(el)).to.deep.equal(['restored']);
    el.formStateRestoreCallback('not json');
    expect(el.value).to.deep.equal(['c0000000-0000-4000-8000-000000000009']);

    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part~="browse-button"]')!.disabled).to.equal(true);
    expect(new FormData(form).getAll('skills')).to.deep.equal([]);
    form.querySelector('fieldset')!.disabled = false;
    el.disabled = true;
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
    expect(new FormData(form).getAll('skills')).to.deep.equal([]);
    el.disabled = false;
    await el.updateComplete;
    expect(new FormData(form).getAll('skills')).to.deep.equal(['c0000000-0000-4000-8000-000000000009']);
  });

  it('resolves labels for UUIDs set through value', async () => {
    const page = await api.searchSkills({ q: 'weld', limit: 2 });
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker name="skills"></ck-skill-picker>`);
    el.value = [page.items[0].uuid, 'custom:free text'];
    await waitUntil(() => chipLabels(el)[0] === page.items[0].preferredLabel, 'the label was not resolved', { timeout: 5000 });
    expect(chipLabels(el)).to.deep.equal([page.items[0].preferredLabel, 'free text']);
    expect(el.value).to.deep.equal([page.items[0].uuid, 'custom:free text']);
  });

  it('prefills from the value attribute in plain HTML: submits the UUIDs, shows labels, reset restores them', async () => {
    const [cooking, welding] = await Promise.all([api.searchSkills({ q: 'cooking', limit: 1 }), api.searchSkills({ q: 'weld', limit: 1 })]);
    const uuids = [cooking.items[0].uuid, welding.items[0].uuid];
    const labels = [cooking.items[0].preferredLabel, welding.items[0].preferredLabel];
    expect(uuids[0]).to.not.equal(uuids[1]);
    const form = await fixture<HTMLFormElement>(`<form><ck-skill-picker name="skills" value=" ${uuids[0]}\n  ${uuids[1]} "></ck-skill-picker></form>`);
    const el = form.querySelector<CkSkillPicker>('ck-skill-picker')!;
    expect(new FormData(form).getAll('skills')).to.deep.equal(uuids);
    await waitUntil(() => chipLabels(el).join('|') === labels.join('|'), `labels were not resolved: ${chipLabels(el)}`, { timeout: 5000 });
    await expect(el).to.be.accessible();

    // The user's changes stand until reset, which returns to the attribute's skills, labels included.
    input(el).focus();
    await press('Backspace');
    await el.updateComplete;
    expect(new FormData(form).getAll('skills')).to.deep.equal([uuids[0]]);
    el.setAttribute('value', uuids[1]);
    await el.updateComplete;
    expect(el.value, 'a changed selection does not follow the attribute').to.deep.equal([uuids[0]]);
    el.setAttribute('value', uuids.join(' '));
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).getAll('skills')).to.deep.equal(uuids);
    expect(chipLabels(el)).to.deep.equal(labels);
  });

  it('takes comma-separated value entries, custom text included, and follows the attribute while unchanged', async () => {
    const { items } = await api.searchSkills({ q: 'cooking', limit: 1 });
    const el = await fixture<CkSkillPicker>(`<ck-skill-picker name="skills" value="${items[0].uuid}, custom:Team leadership ,"></ck-skill-picker>`);
    expect(el.value).to.deep.equal([items[0].uuid, 'custom:Team leadership']);
    await waitUntil(() => chipLabels(el)[0] === items[0].preferredLabel, 'the label was not resolved', { timeout: 5000 });
    expect(chipLabels(el)).to.deep.equal([items[0].preferredLabel, 'Team leadership']);
    el.setAttribute('value', 'custom:Baking');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['custom:Baking']);
    el.removeAttribute('value');
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
  });

  it('never renders a stale answer: the last query wins', async () => {
    let delayedDone!: () => void;
    const delayedSettled = new Promise<void>((resolve) => (delayedDone = resolve));
    let first = true;
    const requests = throughFetch(async (request) => {
      if (!isSearch(request) || !first) return undefined;
      first = false;
      // The first search answers late and ignores its abort signal, as a slow server would.
      await aTimeout(900);
      const response = await nativeFetch(request.url, { headers: request.headers });
      setTimeout(delayedDone, 50);
      return response;
    });
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
    await typeInto(el, 'weld');
    await waitUntil(() => requests.some(isSearch), 'the first search did not start');
    await waitUntil(() => el.pending && el.matches(':state(pending)'), 'not pending while loading');
    expect(popupText(el)).to.contain('Loading…');
    await press('Backspace', 4);
    await sendKeys({ type: 'sales' });
    await results(el, 'the second answer');
    await delayedSettled;
    await aTimeout(100);
    await el.updateComplete;
    const expected = await api.searchSkills({ q: 'sales', limit: 20 });
    const weld = await api.searchSkills({ q: 'weld', limit: 20 });
    expect(options(el).map(optionLabel)).to.deep.equal(expected.items.map((s) => s.preferredLabel));
    expect(options(el).map(optionLabel)).to.not.deep.equal(weld.items.map((s) => s.preferredLabel));
    expect(requests.filter(isSearch).map((r) => new URL(r.url).searchParams.get('q'))).to.deep.equal(['weld', 'sales']);
    expect(el.pending).to.equal(false);
    expect(requests.filter(isSearch)[0].signal.aborted).to.equal(true);
  });

  it('debounces typing into one request', async () => {
    const requests = throughFetch();
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
    await typeInto(el, 'cleaning');
    await results(el);
    expect(requests.filter(isSearch).map((r) => new URL(r.url).searchParams.get('q'))).to.deep.equal(['cleaning']);
  });

  it('shows an error with retry while the input stays usable', async () => {
    let fail = true;
    throughFetch(async (request) =>
      isSearch(request) && fail
        ? new Response(JSON.stringify({ error: { code: 'INVALID_REQUEST', message: 'broken on purpose' } }), { status: 400, headers: { 'content-type': 'application/json' } })
        : undefined,
    );
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
    await typeInto(el, 'sales');
    await waitUntil(() => popupText(el).includes('Skills could not be loaded.'), 'no error message', { timeout: 5000 });
    expect(liveText(el)).to.equal('Skills could not be loaded.');
    expect(input(el).disabled).to.equal(false);
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part~="popup"] button')!.click();
    await results(el, 'results after retry');
    expect(deepActiveElement()).to.equal(input(el));
  });

  it('counts down when rate-limited', async () => {
    throughFetch(async (request) =>
      isSearch(request)
        ? new Response(JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'slow down', retryAfter: 8 } }), {
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '8' },
          })
        : undefined,
    );
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
    await typeInto(el, 'sales');
    await waitUntil(() => popupText(el).includes('Busy right now, trying again in 8 seconds.'), 'no rate-limit message', { timeout: 5000 });
    expect(liveText(el)).to.equal('Busy right now, trying again in 8 seconds.');
    await waitUntil(() => popupText(el).includes('trying again in 7 seconds'), 'the countdown did not move', { timeout: 2500 });
    // "Try now" ends the wait at once and searches again (still rate-limited here: the countdown restarts).
    $<HTMLButtonElement>(el, '[part~="popup"] button')!.click();
    await waitUntil(() => popupText(el).includes('trying again in 8 seconds'), 'Try now did not search again', { timeout: 2500 });
    expect(deepActiveElement()).to.equal(input(el));
  });

  it('says when nothing matches, and keeps free text as a custom skill with allow-custom', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ck-skill-picker name="skills" allow-custom></ck-skill-picker></form>`);
    const el = form.querySelector('ck-skill-picker')!;
    await typeInto(el, 'zzqx');
    await waitUntil(() => popupText(el).includes('No skills match “zzqx”'), 'no empty message', { timeout: 5000 });
    expect(liveText(el)).to.equal('No skills match “zzqx”');
    expect(popupText(el)).to.contain('Press Enter to add “zzqx”');
    await press('Enter');
    await el.updateComplete;
    expect(chipLabels(el)).to.deep.equal(['zzqx']);
    expect(chips(el)[0].querySelector('[part~="custom-badge"]')!.textContent).to.equal('custom');
    expect(el.value).to.deep.equal(['custom:zzqx']);
    expect(el.selected[0].custom).to.equal(true);
    expect(new FormData(form).getAll('skills')).to.deep.equal(['custom:zzqx']);
    expect(input(el).value).to.equal('');

    // Without allow-custom, Enter on free text adds nothing.
    el.allowCustom = false;
    await sendKeys({ type: 'qqzz' });
    await waitUntil(() => popupText(el).includes('No skills match “qqzz”'), 'no empty message', { timeout: 5000 });
    await press('Enter');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['custom:zzqx']);
  });

  it('browses the skill-group tree with the keyboard and picks a skill from it', async () => {
    const requests = throughFetch();
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker name="skills"></ck-skill-picker>`);
    input(el).focus();
    await press('Tab');
    const browse = $<HTMLButtonElement>(el, '[part~="browse-button"]')!;
    expect(deepActiveElement()).to.equal(browse);
    await press('Enter');
    await waitUntil(() => $$(el, '[role="treeitem"]').length > 0, 'no tree roots', { timeout: 8000 });
    expect(browse.getAttribute('aria-expanded')).to.equal('true');
    const roots = $$(el, '[role="treeitem"]');
    expect(roots.every((item) => item.getAttribute('aria-level') === '1')).to.equal(true);
    expect(roots[0].getAttribute('aria-expanded')).to.equal('false');
    await press('Tab');
    expect(deepActiveElement()).to.equal(roots[0]);
    await press('ArrowDown');
    expect(deepActiveElement()).to.equal(roots[1]);
    await press('ArrowUp');

    // Right expands a group (children load then), Right again enters it; repeat down to a skill.
    let current = deepActiveElement() as HTMLElement;
    for (let depth = 0; depth < 8 && !current.hasAttribute('aria-selected'); depth++) {
      const groupsBefore = requests.filter((r) => new URL(r.url).searchParams.has('parent')).length;
      await press('ArrowRight');
      expect(current.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => current.querySelector('[role="group"] [role="treeitem"]'), 'children did not load', { timeout: 8000 });
      expect(requests.filter((r) => new URL(r.url).searchParams.has('parent')).length).to.equal(groupsBefore + 1);
      await press('ArrowRight');
      await el.updateComplete;
      const next = deepActiveElement() as HTMLElement;
      expect(Number(next.getAttribute('aria-level'))).to.equal(Number(current.getAttribute('aria-level')) + 1);
      current = next;
      // Prefer a skill among the siblings when there is one.
      const skill = [...current.parentElement!.children].find((item) => item.hasAttribute('aria-selected')) as HTMLElement | undefined;
      if (skill) {
        while (deepActiveElement() !== skill) await press('ArrowDown');
        current = skill;
      }
    }
    expect(current.getAttribute('aria-selected')).to.equal('false');
    const label = current.querySelector('.row-label')!.textContent!.trim();
    await press('Enter');
    await el.updateComplete;
    expect(current.getAttribute('aria-selected')).to.equal('true');
    expect(chipLabels(el)).to.deep.equal([label]);
    expect(el.value).to.have.length(1);
    await expect(el).to.be.accessible();

    // Left goes to the parent, then collapses it.
    await press('ArrowLeft');
    const parent = deepActiveElement() as HTMLElement;
    expect(parent.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowLeft');
    await el.updateComplete;
    expect(parent.getAttribute('aria-expanded')).to.equal('false');
  });

  it('pages tree levels with "Show more", and swaps Left/Right in RTL', async () => {
    // The sample model has few roots: answer the first page in two halves to exercise the cursor.
    throughFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname !== '/careerkit/taxonomy/skill-groups' || url.searchParams.has('parent')) return undefined;
      const full = await (await nativeFetch(new Request(url.origin + url.pathname, { headers: request.headers }))).json();
      const second = url.searchParams.get('cursor') === 'test-page-2';
      const body = second ? { items: full.items.slice(2), nextCursor: null } : { items: full.items.slice(0, 2), nextCursor: 'test-page-2' };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    });
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker dir="rtl"></ck-skill-picker>`);
    $<HTMLButtonElement>(el, '[part~="browse-button"]')!.click();
    await waitUntil(() => $$(el, '[role="treeitem"]').length > 0, 'no tree roots', { timeout: 8000 });
    const items = () => $$(el, '[role="tree"] > [role="treeitem"]');
    expect(items()).to.have.length(3);
    const more = items()[2];
    expect(more.textContent!.trim()).to.equal('Show more');
    expect(more.getAttribute('aria-setsize')).to.equal('3');
    items()[0].focus();
    await press('End');
    expect(deepActiveElement()).to.equal(more);
    await press('Enter');
    await waitUntil(() => items().length > 3 && !items().some((item) => item.textContent!.trim() === 'Show more'), 'the next page did not load', { timeout: 8000 });
    expect(items().every((item) => item.getAttribute('aria-setsize') === String(items().length))).to.equal(true);

    items()[0].focus();
    await press('ArrowLeft'); // RTL: Left opens
    await el.updateComplete;
    expect(items()[0].getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowRight'); // RTL: Right closes
    await el.updateComplete;
    expect(items()[0].getAttribute('aria-expanded')).to.equal('false');
  });

  it('offers suggestions from free-text labels: accept one, dismiss one, nothing selected before', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker name="skills"></ck-skill-picker>`);
    let changes = 0;
    el.addEventListener('ck-skills-change', () => changes++);
    el.suggestFrom = ['welding', 'sales', 'cleaning'];
    await waitUntil(() => $$(el, '[part~="suggestion"]').length >= 2, 'no suggestions', { timeout: 8000 });
    await el.updateComplete;
    const suggestions = $$(el, '[part~="suggestion"]');
    for (const suggestion of suggestions) expect(suggestion.querySelector('.score')!.textContent).to.match(/^\d{1,3}\s?% match$/);
    expect(changes).to.equal(0);
    expect(el.value).to.deep.equal([]);
    await expect(el).to.be.accessible();

    const acceptedLabel = suggestions[0].querySelector('.chip-label')!.textContent!.trim();
    const dismissedLabel = suggestions[1].querySelector('.chip-label')!.textContent!.trim();
    const accept = suggestions[0].querySelector<HTMLButtonElement>('[part~="suggestion-accept"]')!;
    expect(accept.getAttribute('aria-label')).to.equal(`Add ${acceptedLabel}`);
    accept.focus();
    await press('Enter');
    await el.updateComplete;
    expect(chipLabels(el)).to.deep.equal([acceptedLabel]);
    expect(changes).to.equal(1);
    const remaining = $$(el, '[part~="suggestion"]');
    expect(remaining.map((s) => s.querySelector('.chip-label')!.textContent!.trim())).to.not.include(acceptedLabel);

    const dismiss = remaining.find((s) => s.querySelector('.chip-label')!.textContent!.trim() === dismissedLabel)!.querySelector<HTMLButtonElement>('[part~="suggestion-dismiss"]')!;
    expect(dismiss.getAttribute('aria-label')).to.equal(`Dismiss ${dismissedLabel}`);
    dismiss.click();
    await el.updateComplete;
    expect($$(el, '[part~="suggestion"]').map((s) => s.querySelector('.chip-label')!.textContent!.trim())).to.not.include(dismissedLabel);
    expect(chipLabels(el)).to.deep.equal([acceptedLabel]);
    expect(changes).to.equal(1);
  });

  it('shows details of a chip and of the active option in a popover', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker></ck-skill-picker>`);
    await typeInto(el, 'weld');
    const [first] = await results(el);
    const label = optionLabel(first);
    await press('ArrowDown');
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'KeyI' });
    await sendKeys({ up: 'Alt' });
    const popover = () => $(el, '[part~="popover"]')!;
    await waitUntil(() => popover()?.matches(':popover-open'), 'the details popover did not open');
    await el.updateComplete;
    expect(popover().getAttribute('role')).to.equal('dialog');
    expect(popover().querySelector('h2')!.textContent!.trim()).to.equal(label);
    const skill = (await api.searchSkills({ q: 'weld', limit: 1 })).items[0];
    expect(popover().querySelector('.details-description')!.textContent!.trim()).to.equal(skill.description);
    expect(popover().querySelector('dl')!.textContent!.replace(/\s+/g, ' ')).to.contain('Type').and.contain('Reuse level');
    await expect(el).to.be.accessible();
    await press('Escape');
    await waitUntil(() => !popover().matches(':popover-open'), 'the popover did not close');
    expect(deepActiveElement()).to.equal(input(el));

    await press('Enter');
    await el.updateComplete;
    const details = chips(el)[0].querySelector<HTMLButtonElement>('[part~="chip-details"]')!;
    expect(details.getAttribute('aria-label')).to.equal(`Details of ${label}`);
    details.focus();
    await press('Enter');
    await waitUntil(() => popover().matches(':popover-open'), 'the chip popover did not open');
    await press('Enter'); // the close button has focus
    await waitUntil(() => !popover().matches(':popover-open'), 'the chip popover did not close');
    expect(deepActiveElement()).to.equal(details);
  });

  it('is accessible with the list open, with chips, and when disabled', async () => {
    const el = await fixture<CkSkillPicker>(html`<ck-skill-picker required help-text="Type a skill"></ck-skill-picker>`);
    await typeInto(el, 'clean');
    await results(el);
    await press('ArrowDown');
    await press('Enter');
    await press('ArrowDown');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // Dark theme, on the dark page it is meant for.
    el.parentElement!.style.background = '#101114';
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.disabled = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('speaks French with locale="fr" (labels stay in the model language)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ck-skill-picker name="s" locale="fr" required></ck-skill-picker></form>`);
    const el = form.querySelector('ck-skill-picker')!;
    await el.updateComplete;
    expect($(el, 'label')!.textContent!.trim()).to.equal('Compétences');
    expect(input(el).placeholder).to.equal('Rechercher des compétences…');
    expect($(el, '[part~="browse-button"]')!.textContent!.trim()).to.equal('Parcourir');
    expect(el.validationMessage).to.equal('Choisissez au moins une compétence.');
    await typeInto(el, 'weld');
    const found = await results(el);
    expect(liveText(el)).to.equal(`${found.length} résultats`);
    const type = found[0].querySelector('.type')!.textContent!.trim();
    expect(['Aptitude', 'Savoir', 'Langue', 'Attitude']).to.include(type);
    await press('ArrowDown');
    await press('Enter');
    await el.updateComplete;
    expect(chips(el)[0].querySelector('[part~="chip-remove"]')!.getAttribute('aria-label')).to.match(/^Retirer /);
    expect(liveText(el)).to.match(/ajoutée, 1 choisie\(s\)$/);
    await waitUntil(() => found[0].querySelector('[lang]')?.getAttribute('lang') === 'en' || options(el)[0].querySelector('[lang="en"]'), 'labels carry the model language', { timeout: 5000 });
  });
});
