import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { startStoryStack } from '../stories/support/stack.js';

setCustomElementsManifest(manifest);
// The endpoint and the simulators run inside the page as fetch handlers: the static build works anywhere.
await startStoryStack();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    controls: { expanded: true },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'fr', 'es', 'sw'], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
  decorators: [
    (story, context) => {
      const { theme, locale, direction } = context.globals as Record<string, string>;
      const dark = (context.parameters.theme ?? theme) === 'dark';
      return html`<div
        lang=${context.parameters.locale ?? locale}
        dir=${context.parameters.direction ?? direction}
        style="color-scheme:${dark ? 'dark' : 'light'};background:${dark ? '#101114' : '#fff'};color:${dark ? '#eceef2' : '#16181d'};padding:1rem;min-height:60vh"
      >
        ${story()}
      </div>`;
    },
  ],
};
export default preview;
