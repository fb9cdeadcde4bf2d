import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, userEvent } from 'storybook/test';
import '../src/components/apply-button/define.js';
import type { CkApplyButton } from '../src/components/apply-button/define.js';
import { flowMessages, type FlowKey } from '../src/auth/flow-messages.js';
import { messages } from '../src/components/apply-button/messages.js';
import { translator } from '../src/i18n/translate.js';
import { offerWaiting } from '../src/auth/waiting.js';
import { restoreDraft, saveDraft } from '../src/auth/draft.js';
import { importProfile } from '../src/auth/prefill.js';
import { offerUndo } from '../src/auth/undo.js';
import type { ApplyHost } from '../src/auth/auth.js';
import { componentDocs } from './support/docs.js';
import { host, inShadow, text } from './support/shadow.js';

type Variant = 'primary' | 'neutral' | 'outline';
type Size = 'small' | 'medium' | 'large';

interface ApplyButtonArgs {
  endpoint?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  'job-id'?: string;
  mode: 'popup' | 'redirect';
  form?: string;
  variant: Variant;
  size: Size;
  disabled: boolean;
  overwrite: boolean;
}

const label = (locale: string) => translator(messages, locale)('label');

/** `after` runs once the button is in the page (a ref fires while the template is still detached, before `lang` applies). */
const button = (args: Partial<ApplyButtonArgs>, after?: (el: CkApplyButton) => void) => html`<ck-apply-button
  endpoint=${ifDefined(args.endpoint)}
  locale=${ifDefined(args.locale)}
  theme=${ifDefined(args.theme)}
  job-id=${ifDefined(args['job-id'])}
  mode=${ifDefined(args.mode)}
  form=${ifDefined(args.form)}
  variant=${ifDefined(args.variant)}
  size=${ifDefined(args.size)}
  ?disabled=${args.disabled}
  ?overwrite=${args.overwrite}
  ${ref((el) => el && after && queueMicrotask(() => after(el as CkApplyButton)))}
></ck-apply-button>`;

const meta: Meta<ApplyButtonArgs> = {
  title: 'Elements/Apply button',
  component: 'ck-apply-button',
  args: { mode: 'popup', variant: 'primary', size: 'medium', disabled: false, overwrite: false, 'job-id': '1' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'neutral', 'outline'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    mode: { control: 'inline-radio', options: ['popup', 'redirect'] },
    locale: { control: 'select', options: ['en', 'fr', 'es', 'sw'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => button(args),
  parameters: componentDocs(
    'ck-apply-button',
    'Clicking runs the SmartCV sign-in (popup or redirect) against the partner endpoint. That flow needs the ' +
      'SmartCV consent page, which a static Storybook cannot serve: run `npm start` for the whole flow. ' +
      'These stories show every look and state; the outcome stories set the status line the flow would set.',
  ),
};
export default meta;
type Story = StoryObj<ApplyButtonArgs>;

const labelled = (locale = 'en'): Story['play'] => async ({ canvasElement }) => {
  const el = await host(canvasElement, 'ck-apply-button');
  await expect(text(inShadow(el, '[part~="label"]'))).toBe(label(locale));
};

export const Primary: Story = { play: labelled() };
export const Neutral: Story = { args: { variant: 'neutral' }, play: labelled() };
export const Outline: Story = { args: { variant: 'outline' }, play: labelled() };
export const Small: Story = { args: { size: 'small' } };
export const Large: Story = { args: { size: 'large' } };

const grid = (args: Partial<ApplyButtonArgs>) => html`<div style="display:grid;grid-template-columns:repeat(3,max-content);gap:1rem 1.5rem;align-items:center">
  ${(['small', 'medium', 'large'] as Size[]).flatMap((size) => (['primary', 'neutral', 'outline'] as Variant[]).map((variant) => button({ ...args, variant, size })))}
</div>`;

/** Every variant in every size. */
export const AllVariants: Story = {
  render: (args) => grid(args),
  play: async ({ canvasElement }) => {
    const buttons = [...canvasElement.querySelectorAll('ck-apply-button')];
    await expect(buttons).toHaveLength(9);
    const heights = buttons.map((b) => b.shadowRoot!.querySelector('button')!.getBoundingClientRect().height);
    // small < medium < large, and even the small one is a comfortable target (WCAG 2.5.8: 24 px).
    await expect(heights[0]).toBeLessThan(heights[3]);
    await expect(heights[3]).toBeLessThan(heights[6]);
    await expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
  },
};

export const AllVariantsDark: Story = { render: (args) => grid(args), parameters: { theme: 'dark' } };

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const el = await host(canvasElement, 'ck-apply-button');
    await expect(inShadow<HTMLButtonElement>(el, 'button')!.disabled).toBe(true);
  },
};

/** While the sign-in runs: a spinner, `aria-busy`, and the polite status line. */
export const Busy: Story = {
  render: (args) =>
    button(args, (el) => {
      el.busy = true;
      el.say(translator(messages, el.resolvedLocale)('waiting'));
    }),
  play: async ({ canvasElement }) => {
    const el = await host(canvasElement, 'ck-apply-button');
    await el.updateComplete;
    await expect(inShadow(el, 'button')!.getAttribute('aria-busy')).toBe('true');
    await expect(inShadow(el, '[part~="spinner"]')).toBeTruthy();
    await expect(text(inShadow(el, '[part~="status"]'))).toBe('Waiting for SmartCV…');
  },
};

/** The outcome line the flow leaves under the button. */
const outcome = (key: FlowKey, tone: 'info' | 'done' | 'error', params: Record<string, number> = {}, coolingDown = false): Story => ({
  render: (args) =>
    button(args, (el) => {
      el.coolingDown = coolingDown;
      el.say(translator(flowMessages, el.resolvedLocale)(key, params), tone);
    }),
  play: async ({ canvasElement }) => {
    const el = await host(canvasElement, 'ck-apply-button');
    await el.updateComplete;
    const status = inShadow(el, '[part~="status"]')!;
    await expect(status.getAttribute('role')).toBe('status');
    await expect(text(status)).toBe(translator(flowMessages, 'en')(key, params));
    if (coolingDown) await expect(inShadow(el, 'button')!.getAttribute('aria-disabled')).toBe('true');
  },
});

export const Imported = outcome('importedFields', 'done', { count: 5 });
export const Cancelled = outcome('denied', 'info');
export const WindowClosed = outcome('closed', 'info');
export const ErrorState: Story = { ...outcome('unavailable', 'error'), name: 'Error' };
export const RateLimited = outcome('retrySeconds', 'error', { n: 30 }, true);
export const ImportedDark: Story = { ...outcome('importedFields', 'done', { count: 5 }), parameters: { theme: 'dark' } };
export const ErrorDark: Story = { ...outcome('unavailable', 'error'), parameters: { theme: 'dark' } };

/**
 * While the SmartCV window is open: the status says so, "Show window" (or a second click) brings it to the front,
 * "Cancel" (or Escape) closes it. Here the story's own window stands in for SmartCV's; Cancel ends the story's flow.
 */
export const PopupOpen: Story = {
  render: (args) =>
    button(args, (el) => {
      el.busy = true;
      const host = el as unknown as ApplyHost;
      const stop = offerWaiting(host, window, () => {
        stop();
        el.busy = false;
        el.say(translator(flowMessages, el.resolvedLocale)('closed'));
      });
    }),
  play: async ({ canvasElement }) => {
    const el = await host(canvasElement, 'ck-apply-button');
    await el.updateComplete;
    await expect(text(inShadow(el, '[part~="status"]'))).toBe(translator(flowMessages, 'en')('windowOpen'));
    const show = inShadow<HTMLButtonElement>(el, '[part~="show"]')!;
    const cancel = inShadow<HTMLButtonElement>(el, '[part~="cancel"]')!;
    await expect(text(show)).toBe('Show window');
    for (const target of [show, cancel]) await expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    await userEvent.click(cancel);
    await el.updateComplete;
    await expect(inShadow(el, '[part~="cancel"]')).toBeNull();
    await expect(el.busy).toBe(false);
    await expect(text(inShadow(el, '[part~="status"]'))).toBe(translator(flowMessages, 'en')('closed'));
  },
};

export const PopupOpenFrench: Story = { ...PopupOpen, parameters: { locale: 'fr' }, play: undefined };

/**
 * Back from SmartCV in redirect mode: what the candidate typed before leaving is restored first, then the profile
 * fills only the fields still empty (marked, with "Undo import"). Runs the real draft and prefill code.
 */
const restoredForms = new WeakSet<HTMLFormElement>();

export const RestoredAfterRedirect: Story = {
  args: { form: 'application', mode: 'redirect' },
  render: (args) => html`<form id="application" style="display:grid;gap:0.75rem;max-width:24rem" @submit=${(e: Event) => e.preventDefault()}>
    ${button(args, (el) => {
      const form = el.closest('form')!;
      // Once per form: Storybook may render the story again into the same DOM.
      if (restoredForms.has(form)) return;
      restoredForms.add(form);
      const name = form.elements.namedItem('name') as HTMLInputElement;
      name.value = 'Amina N. (typed before leaving)';
      saveDraft(form, 'story-flow');
      form.reset();
      restoreDraft(form, 'story-flow');
      const result = importProfile(form, { name: 'Amina Njoroge', email: 'amina@example.com', phone: '+254 700 000 000' });
      offerUndo(el as unknown as ApplyHost, form, result);
      el.say(translator(flowMessages, el.resolvedLocale)('importedFields', { count: result.filled.length }), 'done');
    })}
    <label>Full name <input name="name" autocomplete="name" /></label>
    <label>Email <input name="email" type="email" autocomplete="email" /></label>
    <label>Phone <input name="phone" type="tel" autocomplete="tel" /></label>
    <button type="submit">Send application</button>
  </form>`,
  play: async ({ canvasElement }) => {
    const el = await host(canvasElement, 'ck-apply-button');
    await el.updateComplete;
    const field = (name: string) => canvasElement.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    const state = (name: string) => ({ value: field(name).value, imported: field(name).hasAttribute('data-careerkit-imported') });
    await expect(state('name')).toEqual({ value: 'Amina N. (typed before leaving)', imported: false });
    await expect(state('email')).toEqual({ value: 'amina@example.com', imported: true });
    await expect(inShadow(el, '[part~="undo"]')).toBeTruthy();
    await expect(text(inShadow(el, '[part~="status"]'))).toBe(translator(flowMessages, 'en')('importedFields', { count: 2 }));
    await expect(Object.keys(sessionStorage).filter((k) => k.startsWith('careerkit.smartcv.draft.'))).toEqual([]);
  },
};

/** In an application form, as a partner uses it (`form` names the form to prefill). */
export const InForm: Story = {
  args: { form: 'application' },
  render: (args) => html`<form id="application" style="display:grid;gap:0.75rem;max-width:24rem" @submit=${(e: Event) => e.preventDefault()}>
    ${button(args)}
    <label>Full name <input name="name" autocomplete="name" /></label>
    <label>Email <input name="email" type="email" autocomplete="email" /></label>
    <label>Phone <input name="phone" type="tel" autocomplete="tel" /></label>
    <button type="submit">Send application</button>
  </form>`,
};

export const RightToLeft: Story = {
  render: (args) => grid(args),
  parameters: { direction: 'rtl', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const el = await host(canvasElement, 'ck-apply-button');
    const inner = inShadow(el, 'button')!;
    // The mark comes first in reading order: on the right in RTL.
    const mark = inShadow(el, '[part~="mark"]')!.getBoundingClientRect();
    await expect(mark.left).toBeGreaterThan(inShadow(el, '[part~="label"]')!.getBoundingClientRect().left);
    await expect(getComputedStyle(inner).direction).toBe('rtl');
  },
};

const localeStory = (locale: 'fr' | 'es' | 'sw'): Story => ({
  ...outcome('denied', 'info'),
  parameters: { locale },
  play: async ({ canvasElement }) => {
    const el = await host(canvasElement, 'ck-apply-button');
    await el.updateComplete;
    await expect(text(inShadow(el, '[part~="label"]'))).toBe(label(locale));
    await expect(text(inShadow(el, '[part~="status"]'))).toBe(translator(flowMessages, locale)('denied'));
  },
});

export const French = localeStory('fr');
export const Spanish = localeStory('es');
export const Swahili = localeStory('sw');
