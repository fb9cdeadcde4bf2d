import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/job-editor/define.js';
import { getClient } from '../src/client/client.js';
import { en } from '../src/components/job-editor/messages.js';
import { fr } from '../src/components/job-editor/messages.fr.js';
import { es } from '../src/components/job-editor/messages.es.js';
import { sw } from '../src/components/job-editor/messages.sw.js';
import { translator } from '../src/i18n/translate.js';
import type { Job } from '../src/types.js';
import { host, inShadow, shadowMatch, text } from './support/shadow.js';
import { componentDocs } from './support/docs.js';
import { scenarioEndpoint } from './support/stack.js';

const messages = { en, fr, es, sw };

interface JobEditorArgs {
  endpoint?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  'job-id'?: string;
  'no-preview'?: boolean;
}

const t = (locale: string) => translator(messages, locale);

/** The first job of the sandbox, for the edit story. */
const firstJob = async () => ({ first: (await getClient(`${location.origin}/careerkit`).jobs({ pageSize: 1 })).items[0] });

/** Waits for the lookups to fill the selects. */
const lookupsLoaded = (editor: HTMLElement) =>
  waitFor(() => expect(inShadow<HTMLSelectElement>(editor, '#f-typeId')!.options.length).toBeGreaterThan(1), { timeout: 8000 });

const meta: Meta<JobEditorArgs> = {
  title: 'Elements/Job editor',
  component: 'ck-job-editor',
  argTypes: {
    endpoint: { control: 'text', description: 'URL of the partner endpoint.', table: { category: 'attributes' } },
    locale: { control: 'select', options: ['en', 'fr', 'es', 'sw'], table: { category: 'attributes' } },
    theme: { control: 'inline-radio', options: ['light', 'dark'], table: { category: 'attributes' } },
    'job-id': { control: 'text', table: { category: 'attributes' } },
    'no-preview': { control: 'boolean', table: { category: 'attributes' } },
  },
  render: (args, { loaded }) => html`<ck-job-editor
    endpoint=${ifDefined(args.endpoint)}
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
    job-id=${ifDefined(args['job-id'] ?? (loaded.first as Job | undefined)?.id)}
    ?no-preview=${args['no-preview']}
  ></ck-job-editor>`,
  parameters: componentDocs(
    'ck-job-editor',
    'Posting needs the endpoint’s `authorizeAdmin` to let the request through: the story sandbox has no recruiter ' +
      'session, so saving shows the “not signed in” message (the demo’s /recruiter.html and the browser tests post for real). ' +
      'Type a title such as “head chef” to see the occupation’s essential skills suggested.',
  ),
};
export default meta;
type Story = StoryObj<JobEditorArgs>;

/** A new job: every field grouped, lookups as selects, the live preview beside. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const editor = await host(canvasElement, 'ck-job-editor');
    await lookupsLoaded(editor);
    await expect(text(inShadow(editor, '[role="heading"]'))).toBe(t('en')('newJob'));
    await expect(inShadow(editor, '[part~="preview"]')).toBeTruthy();
  },
};

/** Submitting an empty form: errors on the fields, the first one focused, no request. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const editor = await host(canvasElement, 'ck-job-editor');
    await lookupsLoaded(editor);
    await userEvent.click(inShadow(editor, 'button[type="submit"]')!);
    await shadowMatch(editor, '#f-title-error');
    await expect(inShadow(editor, '#f-title')!.getAttribute('aria-invalid')).toBe('true');
    await expect(editor.shadowRoot!.activeElement).toBe(inShadow(editor, '#f-title'));
  },
};

/** Editing the sandbox's first job (`job-id`): fields prefilled. */
export const Edit: Story = {
  loaders: [firstJob],
  play: async ({ canvasElement, loaded }) => {
    const editor = await host(canvasElement, 'ck-job-editor');
    await waitFor(() => expect(inShadow<HTMLInputElement>(editor, '#f-title')!.value).toBe((loaded.first as Job).title), { timeout: 8000 });
    await expect(text(inShadow(editor, '[role="heading"]'))).toBe(t('en')('editJob'));
  },
};

/** A title that is an ESCO occupation: its essential skills are offered. */
export const OccupationSuggestions: Story = {
  play: async ({ canvasElement }) => {
    const editor = await host(canvasElement, 'ck-job-editor');
    await lookupsLoaded(editor);
    const title = inShadow<HTMLInputElement>(editor, '#f-title')!;
    await userEvent.type(title, 'head chef');
    await shadowMatch(editor, '[part~="suggestions"] button', 10_000);
  },
};

export const French: Story = { args: { locale: 'fr' } };
export const Swahili: Story = { args: { locale: 'sw' } };

export const RightToLeft: Story = {
  parameters: { direction: 'rtl', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const editor = await host(canvasElement, 'ck-job-editor');
    await expect(getComputedStyle(inShadow(editor, '.group')!).direction).toBe('rtl');
  },
};

export const Dark: Story = { parameters: { theme: 'dark' } };

/** The Job Space fails: the lookups message with a retry button; the form stays usable. */
export const LookupsError: Story = {
  args: { endpoint: scenarioEndpoint('error') },
  play: async ({ canvasElement }) => {
    const editor = await host(canvasElement, 'ck-job-editor');
    const state = await shadowMatch(editor, '.state');
    await expect(text(state)).toContain(t('en')('lookupsError'));
  },
};
