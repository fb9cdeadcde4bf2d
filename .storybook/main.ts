import type { StorybookConfig } from '@storybook/web-components-vite';

const BROWSER_DEPS = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/directives/if-defined.js',
  'lit/directives/keyed.js',
  'lit/directives/live.js',
  'lit/directives/ref.js',
  'lit/static-html.js',
  '@lit/context',
  '@lit-labs/virtualizer/virtualize.js',
  'dompurify',
  'oidc-client-ts',
  // The in-browser sandbox stack (partner endpoint + simulators).
  'hono',
  'hono/html',
  'hono/body-limit',
  'hono/cors',
  'hono/route',
  'valibot',
  'jose',
  'minisearch',
];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: [{ from: '../data/taxonomy', to: '/data/taxonomy' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Every browser-side dependency, pre-bundled up front: a dependency found mid-run makes Vite reload the page,
    // which loads a second copy of lit ("Multiple versions of Lit loaded") and breaks story tests.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), ...BROWSER_DEPS],
    };
    return config;
  },
};
export default config;
