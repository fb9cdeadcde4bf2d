import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { BROWSER_ENV, BROWSER_LOCALE, CHROMIUM_FLAGS, requireChromium } from './scripts/chromium.mjs';

const executablePath = await requireChromium();

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          testTimeout: 20000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath, args: CHROMIUM_FLAGS, env: { ...process.env, ...BROWSER_ENV } },
              contextOptions: { locale: BROWSER_LOCALE },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
