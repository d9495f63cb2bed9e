import type { StorybookConfig } from '@storybook/web-components-vite';
import { customElementsManifest } from './custom-elements-manifest.js';

/** Storybook for designers: every state of every widget, in both languages, light and dark. */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.ts', '../docs/stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@recourse/source', 'browser', 'module', 'import', 'default'];
    // Controls and docs pages come from custom-elements.json, generated here from JSDoc (see the plugin).
    viteConfig.plugins = [...(viteConfig.plugins ?? []), customElementsManifest()];
    return viteConfig;
  },
};

export default config;
