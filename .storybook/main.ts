import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { templateLiteralsVite } from '../scripts/template-literals.mjs';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  // Serves MSW's worker (public/mockServiceWorker.js) at the root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // The kit's literals as they ship, in the stories, their tests (addon-vitest) and the built Storybook.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { plugins: [templateLiteralsVite()] }),
};

export default config;
