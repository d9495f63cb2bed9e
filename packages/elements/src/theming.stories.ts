import type { PlatformConfig } from '@recourse/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import './define/recourse-report-form';
import type { RecourseReportForm, ReportFormClient } from './components/report-form/report-form';
import { choose } from './components/report-form/report-form.fixtures';

/**
 * Tokens applied to a live `<recourse-report-form>`: each theme story shows the same form in the
 * light and the dark scheme side by side, and runs axe on both (the example themes keep AA
 * contrast). The `Playground` story turns every `--recourse-*` token into a control.
 */

const CONFIG = {
  platform: { id: 'lantern', name: 'Lantern Wallet' },
  languages: ['en', 'zh-CN'],
  contacts: { webForm: { url: 'https://help.example.com/form' } },
  passwordResetUrl: 'https://example.com/reset',
  deadlinePolicy: 'platform_sla',
  attachments: {
    maxFileBytes: 10 * 1024 * 1024,
    maxFiles: 10,
    maxCaseBytes: 50 * 1024 * 1024,
    mediaTypes: ['image/png', 'image/jpeg', 'application/pdf', 'text/plain'],
  },
  outsideBodies: [],
} as unknown as PlatformConfig;

/** Never reaches a network: the theming page only shows the first steps. */
const offlineClient: ReportFormClient = {
  getConfig: async () => CONFIG,
  createCase: () => new Promise<never>(() => {}),
  uploadAttachment: () => new Promise<never>(() => {}),
};

/** Example themes, as a host page would write them (one rule on any ancestor of the widgets). */
export const THEMES = {
  default: {},
  lantern: {
    '--recourse-color-accent': 'light-dark(#9a3412, #fdba74)',
    '--recourse-color-on-accent': 'light-dark(#ffffff, #1c0a00)',
    '--recourse-color-bg': 'light-dark(#fffaf5, #1c1410)',
    '--recourse-color-surface': 'light-dark(#fdeee0, #2b1f18)',
    '--recourse-color-fg': 'light-dark(#2a1a10, #f5e9df)',
    '--recourse-color-muted': 'light-dark(#6b4f3c, #c9b3a3)',
    '--recourse-color-border': 'light-dark(#8c6a55, #9c8070)',
    '--recourse-radius': '1rem',
    '--recourse-font': "Georgia, 'Songti SC', serif",
  },
  harbor: {
    '--recourse-color-accent': 'light-dark(#0f766e, #5eead4)',
    '--recourse-color-on-accent': 'light-dark(#ffffff, #042f2e)',
    '--recourse-color-bg': 'light-dark(#ffffff, #0b1716)',
    '--recourse-color-surface': 'light-dark(#ecfdf9, #12302c)',
    '--recourse-color-fg': 'light-dark(#0b2422, #e6fffb)',
    '--recourse-color-muted': 'light-dark(#3f5e5b, #a7c8c4)',
    '--recourse-color-border': 'light-dark(#5b7b78, #6f9490)',
    '--recourse-radius': '2px',
    '--recourse-space': '0.875rem',
    '--recourse-focus-ring': '3px dashed light-dark(#0f766e, #5eead4)',
  },
} satisfies Record<string, Record<`--recourse-${string}`, string>>;

type ThemeName = keyof typeof THEMES;

/** The CSS a host writes for a theme. */
export const themeCss = (name: ThemeName): string =>
  `recourse-report-form, recourse-case-tracker, recourse-totp-setup {\n${Object.entries(THEMES[name])
    .map(([k, v]) => `  ${k}: ${v};`)
    .join('\n')}\n}`;

function form(scheme: 'light' | 'dark', tokens: Record<string, string>, key: string): HTMLElement {
  const frame = document.createElement('div');
  frame.style.cssText = `color-scheme: ${scheme}; padding: 1rem; background: ${scheme === 'dark' ? '#0d0f12' : '#eef1f4'}; min-width: 0;`;
  const el = document.createElement('recourse-report-form');
  el.apiBase = `https://api.example.com/theming/${key}/${scheme}`;
  el.config = CONFIG;
  el.client = offlineClient;
  el.scheme = scheme;
  for (const [name, value] of Object.entries(tokens)) el.style.setProperty(name, value);
  // Answered first questions: the urgency notice, choices and the primary button show the tokens.
  void el.ready.then(() => {
    choose(el, 'access.canSignIn', 'no');
    choose(el, 'triage.moneyMoved', 'yes');
  });
  frame.append(el);
  return frame;
}

function pair(name: ThemeName, tokens: Record<string, string> = THEMES[name]): HTMLElement {
  const grid = document.createElement('div');
  grid.style.cssText =
    'display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));';
  grid.append(form('light', tokens, name), form('dark', tokens, name));
  return grid;
}

type Args = Record<string, string>;

const meta: Meta<Args> = {
  title: 'Guides/Theming examples',
  component: 'recourse-report-form',
  excludeStories: ['THEMES', 'themeCss'],
  parameters: {
    layout: 'fullscreen',
    controls: { include: /^--recourse-/ },
    // Two copies of one form on a page only happen here, for comparison; every other rule applies.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};
export default meta;

type Story = StoryObj<Args>;

const rendered: Story['play'] = async ({ canvasElement }) => {
  const forms = [...canvasElement.querySelectorAll('recourse-report-form')] as RecourseReportForm[];
  await expect(forms).toHaveLength(2);
  for (const el of forms) {
    await el.ready;
    await el.updateComplete;
    await expect(el.shadowRoot!.getElementById('heading')).not.toBeNull();
  }
};

/** No tokens set: the built-in light and dark palettes. */
export const Default: Story = { render: () => pair('default'), play: rendered };

/** Warm, rounded, serif: a wallet's help center. */
export const Lantern: Story = { render: () => pair('lantern'), play: rendered };

/** Teal, square corners, tighter spacing, dashed focus ring: an exchange's back office look. */
export const Harbor: Story = { render: () => pair('harbor'), play: rendered };

/** Every token as a control; values apply to both schemes (use `light-dark(a, b)` for two). */
export const Playground: Story = {
  args: { '--recourse-color-accent': 'light-dark(#6d28d9, #c4b5fd)', '--recourse-radius': '0.25rem' },
  argTypes: {
    '--recourse-color-accent': { control: 'text' },
    '--recourse-radius': { control: 'text' },
  },
  render: (args) =>
    pair(
      'default',
      Object.fromEntries(Object.entries(args).filter(([k, v]) => k.startsWith('--recourse-') && v)),
    ),
  play: rendered,
};
