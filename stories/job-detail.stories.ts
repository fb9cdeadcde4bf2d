import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { en as common } from '../src/i18n/common.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/job-detail/define.js';
import '../src/components/apply-button/define.js';
import { getClient } from '../src/client/client.js';
import { en } from '../src/components/job-detail/messages.js';
import { fr } from '../src/components/job-detail/messages.fr.js';
import { es } from '../src/components/job-detail/messages.es.js';
import { sw } from '../src/components/job-detail/messages.sw.js';
import { translator } from '../src/i18n/translate.js';
import type { Job } from '../src/types.js';
import { AMHARIC_JOB, ARABIC_JOB, BARE_JOB, CHINESE_JOB, LONG_JOB, SWAHILI_JOB } from './support/jobs.js';
import { host, inShadow, shadowMatch, text } from './support/shadow.js';
import { componentDocs } from './support/docs.js';
import { scenarioEndpoint } from './support/stack.js';
import { stillLoadingAfter } from './support/still-loading.js';

const messages = { en, fr, es, sw };

interface JobDetailArgs {
  endpoint?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  'job-id'?: string;
  job?: Job;
  /** A `<ck-apply-button slot="apply">` inside. */
  withApply: boolean;
}

const t = (locale: string) => translator(messages, locale);

/** The first job of the sandbox, fetched before the story renders. */
const firstJob = async () => ({ first: (await getClient(`${location.origin}/careerkit`).jobs({ pageSize: 1 })).items[0] });

const meta: Meta<JobDetailArgs> = {
  title: 'Elements/Job detail',
  component: 'ck-job-detail',
  args: { withApply: true },
  argTypes: {
    endpoint: { control: 'text', description: 'URL of the partner endpoint.', table: { category: 'attributes' } },
    locale: { control: 'select', options: ['en', 'fr', 'es', 'sw'], table: { category: 'attributes' } },
    theme: { control: 'inline-radio', options: ['light', 'dark'], table: { category: 'attributes' } },
    job: { control: 'object' },
    withApply: { control: 'boolean', description: 'Story only: a `<ck-apply-button slot="apply">` inside.', table: { category: 'story' } },
  },
  render: (args, { loaded }) => html`<ck-job-detail
    endpoint=${ifDefined(args.endpoint)}
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
    job-id=${ifDefined(args['job-id'] ?? (args.job ? undefined : (loaded.first as Job | undefined)?.id))}
    .job=${args.job}
    >${args.withApply ? html`<ck-apply-button slot="apply"></ck-apply-button>` : nothing}</ck-job-detail
  >`,
  parameters: componentDocs(
    'ck-job-detail',
    'Usually shown by `<ck-job-list>` when a job is chosen; it also works alone with `job-id` or `.job`. ' +
      'State stories point `endpoint` at a sandbox whose upstream always fails that way.',
  ),
};
export default meta;
type Story = StoryObj<JobDetailArgs>;

/** A job fetched by `job-id` from the sandbox, description sanitized, apply button in the slot. */
export const Default: Story = {
  loaders: [firstJob],
  play: async ({ canvasElement, loaded }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const job = loaded.first as Job;
    await waitFor(() => expect(text(inShadow(detail, '#title'))).toBe(job.title), { timeout: 8000 });
    await shadowMatch(detail, '[part~="description"]');
    await expect(canvasElement.querySelector('ck-apply-button')?.getAttribute('job-id')).toBe(job.id);
  },
};

/** Controlled: `.job` with its description; nothing is fetched. */
export const Controlled: Story = {
  args: { job: SWAHILI_JOB },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    await expect(text(inShadow(detail, '#title'))).toBe(SWAHILI_JOB.title);
  },
};

/** A 200-character title, a long organisation name and an unbreakable place name. */
export const LongText: Story = {
  args: { job: LONG_JOB },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const base = inShadow(detail, '[part~="base"]')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  },
};

/** Only the required fields. */
export const Minimal: Story = { args: { job: BARE_JOB, withApply: false } };

export const Chinese: Story = { args: { job: CHINESE_JOB } };
export const Amharic: Story = { args: { job: AMHARIC_JOB } };

/** Arabic content on a right-to-left page. */
export const RightToLeft: Story = {
  args: { job: ARABIC_JOB },
  parameters: { direction: 'rtl', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    await expect(getComputedStyle(inShadow(detail, '[part~="base"]')!).direction).toBe('rtl');
    await shadowMatch(detail, '[part~="description"]');
  },
};

export const Dark: Story = {
  loaders: [firstJob],
  parameters: { theme: 'dark' },
  play: Default.play,
};

/** Skeleton while the job loads (this sandbox answers after a minute; the client gives up after 15 s). */
export const Loading: Story = {
  args: { endpoint: scenarioEndpoint('slow'), 'job-id': '1' },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    await shadowMatch(detail, '.skeleton');
    await expect(text(inShadow(detail, '[role="status"]'))).toBe(t('en')('loading'));
  },
};

/** A slow answer: "Still loading…" above the placeholder after a few seconds (0.5 s in this story), announced once. */
export const StillLoadingState: Story = {
  name: 'Still loading',
  args: { endpoint: scenarioEndpoint('slow'), 'job-id': '1' },
  beforeEach: stillLoadingAfter(500),
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const message = await shadowMatch(detail, '.still-loading', 4000);
    await expect(text(message)).toBe(common.stillLoading);
    await expect(text(inShadow(detail, '[role="status"]'))).toBe(common.stillLoading);
  },
};

/**
 * On a phone (a detail under 40rem wide; here 375 px): the apply control comes right under the title, before the
 * facts, so it is in the first screen. From 40rem it sits under the facts.
 */
export const Phone: Story = {
  loaders: [firstJob],
  render: (args, { loaded }) => html`<div style="max-inline-size: 375px">
    <ck-job-detail job-id=${(loaded.first as Job).id}>${args.withApply ? html`<ck-apply-button slot="apply"></ck-apply-button>` : nothing}</ck-job-detail>
  </div>`,
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const facts = await shadowMatch(detail, '[part~="meta"]', 8000);
    const apply = canvasElement.querySelector('ck-apply-button')!;
    await waitFor(() => expect(apply.getBoundingClientRect().height).toBeGreaterThan(0));
    await expect(apply.getBoundingClientRect().bottom).toBeLessThanOrEqual(facts.getBoundingClientRect().top);
  },
};

/** The Job Space fails: a message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { endpoint: scenarioEndpoint('error'), 'job-id': '1' },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const state = await shadowMatch(detail, '[part~="state"]');
    await expect(text(state)).toContain(t('en')('error'));
    const retry = state.querySelector('button')!;
    await expect(text(retry)).toBe(common.retry as string);
    await userEvent.click(retry);
    await shadowMatch(detail, '[part~="state"] button');
  },
};

/** A job that no longer exists: no retry offered, the back button stays. */
export const NotFound: Story = {
  args: { 'job-id': '987654321' },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const state = await shadowMatch(detail, '[part~="state"]');
    await expect(text(state)).toBe(t('en')('notFound'));
    await expect(state.querySelector('button')).toBeNull();
    await expect(inShadow(detail, '[part~="back"]')).toBeTruthy();
  },
};

/** Rate limited: a countdown before the automatic retry. */
export const RateLimited: Story = {
  args: { endpoint: scenarioEndpoint('rate-limited'), 'job-id': '1' },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const state = await shadowMatch(detail, '[part~="state"]');
    await expect(text(state)).toMatch(/Busy right now, trying again in 1 minute\./);
    await expect(text(state)).toContain(common.tryNow as string);
  },
};

const localeStory = (locale: 'fr' | 'es' | 'sw'): Story => ({
  loaders: [firstJob],
  parameters: { locale },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    await expect(text(inShadow(detail, '[part~="back"]'))).toBe(t(locale)('back'));
    await waitFor(() => expect(inShadow(detail, '[part~="meta"]')?.getAttribute('aria-label')).toBe(t(locale)('details')), { timeout: 8000 });
  },
});

export const French = localeStory('fr');
export const Spanish = localeStory('es');
export const Swahili = localeStory('sw');

/** A stand-alone job page: `heading-level="1"` makes the job title the page's h1; an Arabic title reads right-to-left. */
export const StandAlonePage: Story = {
  args: { job: ARABIC_JOB },
  render: (args) => html`<ck-job-detail heading-level="1" .job=${args.job}>${args.withApply ? html`<ck-apply-button slot="apply"></ck-apply-button>` : nothing}</ck-job-detail>`,
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const title = await shadowMatch(detail, '#title');
    await expect(title.localName).toBe('h1');
    await expect(getComputedStyle(title).direction).toBe('rtl');
  },
};

/** Rate limited, then "Try now": the one calm message every element shows. */
export const RateLimitedTryNow: Story = {
  args: { endpoint: scenarioEndpoint('rate-limited'), 'job-id': '1' },
  play: async ({ canvasElement }) => {
    const detail = await host(canvasElement, 'ck-job-detail');
    const state = await shadowMatch(detail, '[part~="state"]');
    const tryNow = [...state.querySelectorAll('button')].find((b) => text(b) === common.tryNow)!;
    await userEvent.click(tryNow);
    // Focus stays in the element (the back button) while the pressed button goes away.
    await waitFor(() => expect(detail.shadowRoot!.activeElement?.classList.contains('back')).toBe(true));
  },
};
