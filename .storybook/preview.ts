import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { startStoryStack } from '../stories/support/stack.js';

interface ManifestMember {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface ManifestDeclaration {
  members?: ManifestMember[];
}

/**
 * Controls and docs tables list public API only: no private or static members, and a property that has an
 * attribute appears once, under its attribute name (that is what the stories' args are named after).
 */
function publicApi(cem: typeof manifest): typeof manifest {
  const copy = structuredClone(cem) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        (member) => !member.static && !member.privacy && !member.name.startsWith('#') && !member.name.startsWith('_') && !member.attribute,
      );
    }
  }
  return copy as typeof manifest;
}

setCustomElementsManifest(publicApi(manifest));
// The endpoint and the simulators run inside the page as fetch handlers: the static build works anywhere.
await startStoryStack();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    controls: { expanded: true },
    // The decorator below pads and paints the page (so a dark story is dark edge to edge).
    layout: 'fullscreen',
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
    // A story's own parameters (theme, locale, direction) win over the toolbar. Keyed on all three, so a toolbar
    // change renders fresh elements (they read `lang` and `dir` from the page when they first render).
    (story, context) => {
      const globals = context.globals as Record<string, string>;
      const theme = context.parameters.theme ?? globals.theme;
      const locale = context.parameters.locale ?? globals.locale;
      const direction = context.parameters.direction ?? globals.direction;
      const dark = theme === 'dark';
      return html`<div
        class="story-page"
        lang=${locale}
        dir=${direction}
        style="color-scheme:${dark ? 'dark' : 'light'};background:${dark ? '#101114' : '#fff'};color:${dark ? '#eceef2' : '#16181d'};padding:1rem;box-sizing:border-box;${context.viewMode === 'docs' ? '' : 'min-height:100vh'}"
      >
        ${keyed(`${theme}|${locale}|${direction}`, story())}
      </div>`;
    },
  ],
};
export default preview;
