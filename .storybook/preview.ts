import type { Decorator, Preview } from '@storybook/web-components-vite';

/**
 * Toolbar globals: language, colour scheme and text direction. The decorator sets them on the
 * document so widgets resolve them exactly as they would on a host page (nearest `lang`,
 * `color-scheme`, `dir`).
 */
const withGlobals: Decorator = (story, context) => {
  const { lang = 'en', scheme = 'light', dir = 'ltr' } = context.globals as Record<string, string>;
  const root = document.documentElement;
  root.lang = lang;
  root.dir = dir;
  root.style.colorScheme = scheme;
  root.dataset.recourseScheme = scheme;
  document.body.style.background = scheme === 'dark' ? '#111418' : '#ffffff';
  document.body.style.color = scheme === 'dark' ? '#e8eaed' : '#1b1f24';
  return story();
};

const preview: Preview = {
  decorators: [withGlobals],
  globalTypes: {
    lang: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', scheme: 'light', dir: 'ltr' },
  parameters: {
    // Axe violations fail the story test, not just the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
