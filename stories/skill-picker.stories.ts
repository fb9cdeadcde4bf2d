import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/skill-picker/define.js';
import type { CkSkillPicker, SelectedSkill } from '../src/components/skill-picker/define.js';
import { getClient } from '../src/client/client.js';
import { loadCatalog } from '../src/components/skill-picker/messages.js';
import { translator } from '../src/i18n/translate.js';
import { LONG_TITLE } from './support/jobs.js';
import { allInShadow, host, inShadow, shadowMatch, text } from './support/shadow.js';
import { componentDocs } from './support/docs.js';
import { scenarioEndpoint } from './support/stack.js';
import { stillLoadingAfter } from './support/still-loading.js';
import { en as common } from '../src/i18n/common.js';

interface SkillPickerArgs {
  endpoint?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  name: string;
  label?: string;
  placeholder?: string;
  'help-text'?: string;
  required: boolean;
  disabled: boolean;
  'allow-custom': boolean;
  max?: number;
  'model-id'?: string;
  selected?: SelectedSkill[];
  suggestFrom?: string[];
}

const t = async (locale: string) => translator(await loadCatalog(locale), locale);

/** A few real skills of the sample taxonomy, to preset a selection. */
const someSkills = async () => ({
  skills: (await getClient(`${location.origin}/careerkit`).searchSkills({ q: 'communicate', limit: 3 })).items,
});

const options = (picker: Element) => allInShadow(picker, '[role="option"]');
const chips = (picker: Element) => allInShadow(picker, '[part~="chip"]');
const input = (picker: Element) => inShadow<HTMLInputElement>(picker, '#input')!;

/** Types into the combobox and waits for the popup to show something. */
async function search(picker: CkSkillPicker, query: string) {
  await userEvent.type(input(picker), query);
  await shadowMatch(picker, '.popup:not([hidden])', 10000);
}

const meta: Meta<SkillPickerArgs> = {
  title: 'Elements/Skill picker',
  component: 'ck-skill-picker',
  args: { name: 'skills', required: false, disabled: false, 'allow-custom': false, 'help-text': 'Search the Tabiya/ESCO taxonomy or browse its groups.' },
  argTypes: {
    endpoint: { control: 'text', description: 'URL of the partner endpoint.', table: { category: 'attributes' } },
    locale: { control: 'select', options: ['en', 'fr', 'es', 'sw'], table: { category: 'attributes' } },
    theme: { control: 'inline-radio', options: ['light', 'dark'], table: { category: 'attributes' } },
    selected: { control: 'object' },
    suggestFrom: { control: 'object' },
  },
  render: (args, { loaded }) => html`<form style="max-width:36rem" @submit=${(e: Event) => e.preventDefault()}>
    <ck-skill-picker
      endpoint=${ifDefined(args.endpoint)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
      name=${args.name}
      label=${ifDefined(args.label)}
      placeholder=${ifDefined(args.placeholder)}
      help-text=${ifDefined(args['help-text'])}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?allow-custom=${args['allow-custom']}
      max=${ifDefined(args.max)}
      model-id=${ifDefined(args['model-id'])}
      .selected=${args.selected ?? (loaded.skills as SelectedSkill[] | undefined) ?? []}
      .suggestFrom=${args.suggestFrom ?? []}
    ></ck-skill-picker>
  </form>`,
  parameters: componentDocs(
    'ck-skill-picker',
    'Searches run against the partner endpoint and the Tabiya simulator inside the page, over the bundled taxonomy sample.',
  ),
};
export default meta;
type Story = StoryObj<SkillPickerArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await expect(text(inShadow(picker, '#label'))).toBe('Skills');
    await expect(input(picker).getAttribute('role')).toBe('combobox');
  },
};

/** Typing opens the listbox with results; Arrow Down and Enter pick one. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await search(picker, 'commun');
    await waitFor(() => expect(options(picker).length).toBeGreaterThan(0), { timeout: 10000 });
    await expect(input(picker).getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(chips(picker)).toHaveLength(1));
    await expect(picker.value).toHaveLength(1);
    await expect(options(picker)[0].getAttribute('aria-selected')).toBe('true');
  },
};

/** A preset selection (`.selected`), as when editing a saved application. */
export const WithSelection: Story = {
  loaders: [someSkills],
  play: async ({ canvasElement, loaded }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    const skills = loaded.skills as SelectedSkill[];
    await expect(chips(picker).map((chip) => text(chip.querySelector('.chip-label')))).toEqual(skills.map((s) => s.preferredLabel));
    await expect(new FormData(canvasElement.querySelector('form')!).getAll('skills')).toEqual(skills.map((s) => s.uuid));
  },
};

/** Suggestions matched from free text (e.g. a CV's skills); nothing is selected until accepted. */
export const Suggestions: Story = {
  args: { suggestFrom: ['Communication', 'Team work', 'Python programming', 'Customer service', 'English'] },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    const area = await shadowMatch(picker, '[part~="suggestions"]', 10000);
    await expect(area.querySelectorAll('[part~="suggestion"]').length).toBeGreaterThan(0);
    await expect(chips(picker)).toHaveLength(0);
  },
};

/** The skill-group tree, opened with "Browse". */
export const Browse: Story = {
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await userEvent.click(inShadow(picker, '[part~="browse-button"]')!);
    const tree = await shadowMatch(picker, '[role="tree"]', 10000);
    await waitFor(() => expect(tree.querySelectorAll('[role="treeitem"]').length).toBeGreaterThan(0), { timeout: 10000 });
  },
};

/** Nothing matches the query. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await search(picker, 'qqxzv');
    await waitFor(() => expect(text(inShadow(picker, '.popup [part~="message"]'))).toBe('No skills match “qqxzv”'), { timeout: 10000 });
    await expect(input(picker).getAttribute('aria-expanded')).toBe('false');
  },
};

/** Free text that matches nothing can be added as a custom skill. */
export const AllowCustom: Story = {
  args: { 'allow-custom': true },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await search(picker, 'Kiswahili poetry');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(picker.value).toEqual(['custom:Kiswahili poetry']));
    await expect(inShadow(picker, '[part~="custom-badge"]')).toBeTruthy();
  },
};

/** Searching (this sandbox answers after a minute; the client gives up after 15 s). */
export const Loading: Story = {
  args: { endpoint: scenarioEndpoint('slow') },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await search(picker, 'commun');
    const message = await shadowMatch(picker, '.popup [part~="message"]');
    await expect(text(message)).toBe((await t('en'))('loading'));
    await waitFor(() => expect(picker.pending).toBe(true));
  },
};

/** A slow search: "Still loading…" replaces "Loading…" after a few seconds (0.5 s in this story), announced once. */
export const StillLoadingState: Story = {
  name: 'Still loading',
  args: { endpoint: scenarioEndpoint('slow') },
  beforeEach: stillLoadingAfter(500),
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await search(picker, 'commun');
    await waitFor(() => expect(text(inShadow(picker, '.popup [part~="message"]'))).toBe(common.stillLoading), { timeout: 4000 });
    await expect(picker.pending).toBe(true);
  },
};

/** The taxonomy service fails: a message with a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { endpoint: scenarioEndpoint('error') },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await search(picker, 'commun');
    const message = await shadowMatch(picker, '.popup [part~="message"].error', 10000);
    await expect(text(message)).toContain((await t('en'))('error'));
    await expect(text(message.querySelector('button'))).toBe((await t('en'))('retry'));
  },
};

/** Rate limited: a countdown, then a new try. */
export const RateLimited: Story = {
  args: { endpoint: scenarioEndpoint('rate-limited') },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await search(picker, 'commun');
    await shadowMatch(picker, '.popup [part~="message"].error', 10000);
    await waitFor(() => expect(text(inShadow(picker, '.popup [part~="message"].error'))).toMatch(/^Busy right now, trying again in (1 minute|\d+ seconds)\. Try now$/), { timeout: 10000 });
  },
};

/** Chips with long and non-Latin labels (free-text skills). */
export const LongAndNonLatinText: Story = {
  args: {
    'allow-custom': true,
    selected: [
      { uuid: 'custom:تصميم واجهات المستخدم', preferredLabel: 'تصميم واجهات المستخدم', custom: true },
      { uuid: 'custom:项目管理与跨团队沟通', preferredLabel: '项目管理与跨团队沟通', custom: true },
      { uuid: 'custom:የደንበኛ አገልግሎት', preferredLabel: 'የደንበኛ አገልግሎት', custom: true },
      { uuid: `custom:${LONG_TITLE}`, preferredLabel: LONG_TITLE, custom: true },
    ],
  },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await expect(chips(picker)).toHaveLength(4);
    const field = inShadow(picker, '[part~="field"]')!;
    await expect(field.scrollWidth).toBeLessThanOrEqual(field.clientWidth + 1);
  },
};

/** Required and at most two skills; a third cannot be picked. */
export const RequiredWithMax: Story = {
  args: { required: true, max: 2, label: 'Your top two skills' },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await expect(picker.checkValidity()).toBe(false);
    await expect(picker.validity.valueMissing).toBe(true);
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  loaders: [someSkills],
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await expect(input(picker).disabled).toBe(true);
  },
};

export const RightToLeft: Story = {
  loaders: [someSkills],
  parameters: { direction: 'rtl', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    await expect(getComputedStyle(inShadow(picker, '[part~="field"]')!).direction).toBe('rtl');
    await search(picker, 'commun');
    await waitFor(() => expect(options(picker).length).toBeGreaterThan(0), { timeout: 10000 });
  },
};

export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: Open.play,
};

const localeStory = (locale: 'fr' | 'es' | 'sw'): Story => ({
  loaders: [someSkills],
  parameters: { locale },
  play: async ({ canvasElement }) => {
    const picker = await host(canvasElement, 'ck-skill-picker');
    const tr = await t(locale);
    await waitFor(() => expect(text(inShadow(picker, '#label'))).toBe(tr('label')));
    await expect(text(inShadow(picker, '[part~="browse-button"]'))).toBe(tr('browse'));
  },
});

export const French = localeStory('fr');
export const Spanish = localeStory('es');
export const Swahili = localeStory('sw');
