import manifest from 'virtual:recourse/custom-elements-manifest';
import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
// Every shipped language registered up front: stories read any language's catalog synchronously.
import '../packages/elements/src/i18n/all';
import { directionOf } from '../packages/elements/src/i18n/lang';

// Args, controls and the docs page of every component (attributes, properties, events, slots,
// parts, CSS properties) come from the manifest the analyzer makes from the components' JSDoc.
setCustomElementsManifest(manifest);

/** Phones first: the widgets are designed from 320 px up. */
const VIEWPORTS = {
  phone320: { name: 'Small phone (320)', styles: { width: '320px', height: '568px' }, type: 'mobile' },
  phone375: { name: 'Phone (375)', styles: { width: '375px', height: '667px' }, type: 'mobile' },
  tablet768: { name: 'Tablet (768)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop1280: { name: 'Desktop (1280)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

/**
 * Toolbar globals: language, colour scheme and text direction. The decorator sets them on the
 * document so widgets resolve them exactly as they would on a host page (nearest `lang`,
 * `color-scheme`, `dir`).
 */
const withGlobals: Decorator = (story, context) => {
  const { lang = 'en', scheme = 'light', dir = 'auto' } = context.globals as Record<string, string>;
  const root = document.documentElement;
  root.lang = lang;
  // 'auto': the language's own direction (Arabic right to left); the toolbar can force either.
  root.dir = dir === 'auto' ? directionOf(lang) : dir;
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
          { value: 'zh-TW', title: '繁體中文' },
          { value: 'ja', title: '日本語' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية' },
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
          { value: 'auto', title: 'From the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', scheme: 'light', dir: 'auto' },
  parameters: {
    // Axe violations fail the story test, not just the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    viewport: { options: VIEWPORTS },
  },
};

export default preview;
