import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { en as common } from '../src/i18n/common.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/job-list/define.js';
import '../src/components/apply-button/define.js';
import { en } from '../src/components/job-list/messages.js';
import { fr } from '../src/components/job-list/messages.fr.js';
import { es } from '../src/components/job-list/messages.es.js';
import { sw } from '../src/components/job-list/messages.sw.js';
import { translator } from '../src/i18n/translate.js';
import type { Job } from '../src/types.js';
import { ARABIC_JOB, CHINESE_JOB, LONG_JOB, MIXED_JOBS, AMHARIC_JOB } from './support/jobs.js';
import { allInShadow, host, inShadow, shadowMatch, text } from './support/shadow.js';
import { componentDocs } from './support/docs.js';
import { scenarioEndpoint } from './support/stack.js';
import { stillLoadingAfter } from './support/still-loading.js';

const messages = { en, fr, es, sw };

interface JobListArgs {
  endpoint?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  'page-size': number;
  q: string;
  country: string;
  type: string;
  category: string;
  pagination: 'more' | 'pages';
  detail: 'inline' | 'none';
  virtual: boolean;
  jobs?: Job[];
  total?: number;
  /** A `<ck-apply-button slot="apply">` inside, shown in the job detail. */
  withApply: boolean;
}

const t = (locale: string) => translator(messages, locale);
const cards = (list: Element) => allInShadow(list, '[part~="card"]');

const meta: Meta<JobListArgs> = {
  title: 'Elements/Job list',
  component: 'ck-job-list',
  args: { 'page-size': 6, q: '', country: '', type: '', category: '', pagination: 'more', detail: 'inline', virtual: false, withApply: true },
  argTypes: {
    endpoint: { control: 'text', description: 'URL of the partner endpoint (wins over `<ck-provider>` and `configure()`).', table: { category: 'attributes' } },
    locale: { control: 'select', options: ['en', 'fr', 'es', 'sw'], description: 'Locale of the UI text.', table: { category: 'attributes' } },
    theme: { control: 'inline-radio', options: ['light', 'dark'], description: 'Colour theme; unset follows the page.', table: { category: 'attributes' } },
    pagination: { control: 'inline-radio', options: ['more', 'pages'] },
    detail: { control: 'inline-radio', options: ['inline', 'none'] },
    jobs: { control: 'object' },
    withApply: { control: 'boolean', description: 'Story only: a `<ck-apply-button slot="apply">` inside, shown in the job detail.', table: { category: 'story' } },
  },
  render: (args) => html`<ck-job-list
    endpoint=${ifDefined(args.endpoint)}
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
    page-size=${args['page-size']}
    q=${args.q}
    country=${args.country}
    type=${args.type}
    category=${args.category}
    pagination=${args.pagination}
    detail=${args.detail}
    ?virtual=${args.virtual}
    .jobs=${args.jobs}
    total=${ifDefined(args.total)}
    >${args.withApply ? html`<ck-apply-button slot="apply" size="small"></ck-apply-button>` : nothing}</ck-job-list
  >`,
  parameters: componentDocs(
    'ck-job-list',
    'Every story runs against the partner endpoint and the Job Space simulator inside the page (no network). ' +
      'State stories point `endpoint` at a sandbox whose upstream always fails that way.',
  ),
};
export default meta;
type Story = StoryObj<JobListArgs>;

/** Live data from the sandbox: search, filters and "load more". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await waitFor(() => expect(cards(list)).toHaveLength(6), { timeout: 8000 });
    await expect(text(inShadow(list, '[part~="total"]'))).toMatch(/\d+ jobs/);
    await expect(inShadow(list, '[part~="filters"]')).toBeTruthy();
  },
};

/** Numbered pages instead of "load more"; the play function goes to page 2. */
export const NumberedPages: Story = {
  args: { pagination: 'pages', 'page-size': 4 },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await shadowMatch(list, '[part~="pagination"]');
    const firstTitle = text(cards(list)[0]?.querySelector('[part~="title"]'));
    await userEvent.click(inShadow(list, 'button[aria-label="Page 2"]')!);
    await waitFor(() => expect(inShadow(list, '[aria-current="page"]')?.getAttribute('aria-label')).toBe('Page 2'));
    await waitFor(() => expect(text(cards(list)[0]?.querySelector('[part~="title"]'))).not.toBe(firstTitle));
  },
};

/** A search typed into the box (debounced), with the "clear filters" control. */
export const Searching: Story = {
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await waitFor(() => expect(cards(list).length).toBeGreaterThan(0), { timeout: 8000 });
    const before = text(inShadow(list, '[part~="total"]'));
    await userEvent.type(inShadow<HTMLInputElement>(list, '#q')!, 'engineer');
    await waitFor(() => expect(list.q).toBe('engineer'));
    await waitFor(() => expect(text(inShadow(list, '[part~="total"]'))).not.toBe(before), { timeout: 8000 });
    await expect(inShadow(list, '[part~="clear"]')).toBeTruthy();
  },
};

/** Choosing a job opens `<ck-job-detail>` in place, with the apply button in its slot. */
export const OpenJob: Story = {
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await waitFor(() => expect(cards(list).length).toBeGreaterThan(0), { timeout: 8000 });
    const title = text(cards(list)[0].querySelector('[part~="title"]'));
    await userEvent.click(cards(list)[0].querySelector<HTMLElement>('[part~="title"]')!);
    const detail = await shadowMatch(list, 'ck-job-detail');
    await waitFor(() => expect(text(detail.shadowRoot?.querySelector('#title'))).toBe(title), { timeout: 8000 });
    await waitFor(() => expect(canvasElement.querySelector('ck-apply-button')?.getAttribute('job-id')).toBeTruthy());
  },
};

/** Skeleton cards while the first page loads (this sandbox answers after a minute; the client gives up after 15 s). */
export const Loading: Story = {
  args: { endpoint: scenarioEndpoint('slow') },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await expect(allInShadow(list, '.skeleton').length).toBeGreaterThan(0);
    await expect(text(inShadow(list, '[role="status"]'))).toBe(t('en')('loading'));
  },
};

/**
 * A slow answer: after a few seconds (4 s on a page; 0.5 s in this story) "Still loading…" shows above the skeletons
 * and is announced once; it goes away when the jobs arrive (or the client gives up after 15 s).
 */
export const StillLoadingState: Story = {
  name: 'Still loading',
  args: { endpoint: scenarioEndpoint('slow') },
  beforeEach: stillLoadingAfter(500),
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    const message = await shadowMatch(list, '.still-loading', 4000);
    await expect(text(message)).toBe(common.stillLoading);
    await expect(text(inShadow(list, '[role="status"]'))).toBe(common.stillLoading);
    await expect(allInShadow(list, '.skeleton').length).toBeGreaterThan(0);
  },
};

/** A search that matches nothing: the message and a way back. */
export const Empty: Story = {
  args: { q: 'zzqx no such job' },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    const state = await shadowMatch(list, '[part~="state"]');
    await expect(text(state)).toContain(t('en')('empty'));
    await expect(state.querySelector('button')?.textContent).toContain(t('en')('clearFilters'));
  },
};

/** The Job Space fails (500): an error with a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { endpoint: scenarioEndpoint('error') },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    const state = await shadowMatch(list, '[part~="state"]');
    await expect(text(state)).toContain(t('en')('error'));
    const retry = state.querySelector('button')!;
    await expect(retry.textContent).toContain(common.retry as string);
    await userEvent.click(retry);
    // Retrying shows the skeletons again, then the same error.
    await shadowMatch(list, '[part~="state"] button');
  },
};

/** The Job Space rate-limits (429, Retry-After 60): a countdown, then an automatic retry. */
export const RateLimited: Story = {
  args: { endpoint: scenarioEndpoint('rate-limited') },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    const state = await shadowMatch(list, '[part~="state"]');
    await expect(text(state)).toMatch(/Busy right now, trying again in 1 minute\./);
    await expect(text(state)).toContain(common.tryNow as string);
  },
};

/** Controlled mode (`.jobs`, `total`): long text, Arabic, Chinese, Amharic and a job with only a title. */
export const LongAndNonLatinText: Story = {
  args: { jobs: MIXED_JOBS, total: 1234 },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await expect(cards(list)).toHaveLength(MIXED_JOBS.length);
    await expect(text(inShadow(list, '[part~="total"]'))).toBe('1,234 jobs');
    await expect(inShadow(list, '[part~="filters"]')).toBeNull();
    const longCard = cards(list)[0];
    // The 200-character title wraps inside its card rather than overflowing it.
    await expect(longCard.scrollWidth).toBeLessThanOrEqual(longCard.clientWidth + 1);
  },
};

/** Right-to-left page with Arabic content. */
export const RightToLeft: Story = {
  args: { jobs: [ARABIC_JOB, LONG_JOB, CHINESE_JOB, AMHARIC_JOB] },
  parameters: { direction: 'rtl', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    const card = cards(list)[0];
    await expect(getComputedStyle(card).direction).toBe('rtl');
    // The logo sits at the inline start: the right edge in RTL.
    const logo = card.querySelector('[part~="logo"]')!.getBoundingClientRect();
    await expect(logo.right).toBeGreaterThan(card.getBoundingClientRect().right - logo.width - 40);
  },
};

/** Right-to-left with live data and the filters. */
export const RightToLeftLive: Story = {
  parameters: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await waitFor(() => expect(cards(list).length).toBeGreaterThan(0), { timeout: 8000 });
  },
};

/** Dark page (`color-scheme: dark`); the element follows it. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await waitFor(() => expect(cards(list).length).toBeGreaterThan(0), { timeout: 8000 });
  },
};

/**
 * `theme="dark"` on the element itself, inside a dark section of a light page. (The element paints no background
 * of its own, so the section must be dark.)
 */
export const DarkAttribute: Story = {
  args: { theme: 'dark', jobs: MIXED_JOBS.slice(1, 5) },
  decorators: [(story) => html`<section style="background:#0e0f12;padding:1rem;border-radius:12px">${story()}</section>`],
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await expect(getComputedStyle(list).colorScheme).toBe('dark');
  },
};

/** Dark with the error state. */
export const DarkError: Story = {
  args: { endpoint: scenarioEndpoint('error') },
  parameters: { theme: 'dark' },
  play: ErrorState.play,
};

const localeStory = (locale: 'fr' | 'es' | 'sw'): Story => ({
  parameters: { locale },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await expect(text(inShadow(list, '#heading'))).toBe(t(locale)('heading'));
    await waitFor(() => expect(cards(list).length).toBeGreaterThan(0), { timeout: 8000 });
    await expect(text(inShadow(list, 'label[for="country"]'))).toBe(t(locale)('country'));
  },
});

export const French = localeStory('fr');
export const Spanish = localeStory('es');
export const Swahili = localeStory('sw');

/** Swahili with the empty state. */
export const SwahiliEmpty: Story = {
  args: { q: 'zzqx hakuna' },
  parameters: { locale: 'sw' },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await expect(text(await shadowMatch(list, '[part~="state"]'))).toContain(t('sw')('empty'));
  },
};

/** Rendered through @lit-labs/virtualizer, for very long lists. */
export const Virtual: Story = {
  args: { virtual: true, 'page-size': 40 },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    await shadowMatch(list, '.cards.virtual');
    await waitFor(() => expect(cards(list).length).toBeGreaterThan(0), { timeout: 8000 });
  },
};
