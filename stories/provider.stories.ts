import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/components/provider/define.js';
import '../src/components/job-list/define.js';
import '../src/components/skill-picker/define.js';
import '../src/components/apply-button/define.js';
import { loadCatalog as loadJobListCatalog } from '../src/components/job-list/messages.js';
import { messages as applyMessages } from '../src/components/apply-button/messages.js';
import { loadCatalog as loadPickerCatalog } from '../src/components/skill-picker/messages.js';
import { translator } from '../src/i18n/translate.js';
import { host, inShadow, shadowMatch, text } from './support/shadow.js';
import { scenarioEndpoint } from './support/stack.js';

interface ProviderArgs {
  endpoint?: string;
  locale?: string;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/Provider',
  component: 'ck-provider',
  argTypes: {
    endpoint: { control: 'text' },
    locale: { control: 'select', options: ['en', 'fr', 'es', 'sw'] },
  },
  render: (args) => html`<ck-provider endpoint=${ifDefined(args.endpoint)} locale=${ifDefined(args.locale)}>
    <div style="display:grid;gap:1.5rem">
      <ck-skill-picker name="skills"></ck-skill-picker>
      <ck-apply-button></ck-apply-button>
      <ck-job-list page-size="2"></ck-job-list>
    </div>
  </ck-provider>`,
};
export default meta;
type Story = StoryObj<ProviderArgs>;

/** `locale="fr"` on the provider: every element inside speaks French, whatever the page's `lang`. */
export const Locale: Story = {
  args: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    const picker = await host(canvasElement, 'ck-skill-picker');
    const button = await host(canvasElement, 'ck-apply-button');
    await expect(text(inShadow(list, '#heading'))).toBe(translator(await loadJobListCatalog('fr'), 'fr')('heading'));
    const pickerStrings = translator(await loadPickerCatalog('fr'), 'fr');
    await waitFor(() => expect(text(inShadow(picker, '#label'))).toBe(pickerStrings('label')));
    await waitFor(() => expect(text(inShadow(button, '[part~="label"]'))).toBe(translator(applyMessages, 'fr')('label')));
  },
};

/** `endpoint` on the provider: here a sandbox whose Job Space always fails, so the list shows its error. */
export const Endpoint: Story = {
  args: { endpoint: scenarioEndpoint('error') },
  play: async ({ canvasElement }) => {
    const list = await host(canvasElement, 'ck-job-list');
    const state = await shadowMatch(list, '[part~="state"]');
    await expect(text(state)).toContain(translator(await loadJobListCatalog('en'), 'en')('error'));
  },
};
