import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../../define/recourse-totp-setup';
import { interpolate } from '../../i18n/interpolate';
import { normalizeLang } from '../../i18n/lang';
import { TOTP_SETUP_CATALOGS } from './i18n';
import type { RecourseTotpSetup, TotpPhase } from './totp-setup';
import { drive, FAKE_KEY, storyBackend, type TotpStoryState } from './totp-setup.fixtures';

interface Args {
  scheme: 'auto' | 'light' | 'dark';
}

type Words = (typeof TOTP_SETUP_CATALOGS)['en'];

/**
 * What each state must show, in the story's language: the phase the element is in, the heading
 * that names its step or state (from the catalog, so a widget left on an earlier step fails), and
 * the error it must say.
 */
const EXPECTED: Record<TotpStoryState, (t: Words) => { phase: TotpPhase; heading: string; error?: string }> =
  {
    intro: (t) => ({ phase: 'intro', heading: t.steps.intro }),
    scan: (t) => ({ phase: 'scan', heading: t.steps.scan }),
    code: (t) => ({ phase: 'code', heading: t.steps.code }),
    invalid: (t) => ({
      phase: 'code',
      heading: t.steps.code,
      error: interpolate(t.errors.invalid, { n: 3 }),
    }),
    throttled: (t) => ({ phase: 'code', heading: t.steps.code, error: t.errors.throttled }),
    backup: (t) => ({ phase: 'backup', heading: t.steps.backup }),
    done: (t) => ({ phase: 'done', heading: t.steps.done }),
    already: (t) => ({ phase: 'already', heading: t.already.heading }),
    low: (t) => ({ phase: 'already', heading: t.already.lowHeading }),
    expired: (t) => ({ phase: 'expired', heading: t.expired.heading }),
    network: (t) => ({ phase: 'intro', heading: t.steps.intro, error: t.errors.network }),
  };

/** A story of one step or state; `lang` and `scheme` pin the language and the colour scheme. */
function story(state: TotpStoryState, lang?: 'en' | 'zh-CN', scheme?: 'dark'): StoryObj<Args> {
  return {
    ...(scheme ? { args: { scheme } } : {}),
    render: ({ scheme: s }: Args) => {
      const el = document.createElement('recourse-totp-setup');
      el.backend = storyBackend(state);
      if (lang) el.lang = lang;
      if (s !== 'auto') el.scheme = s;
      return el;
    },
    play: async ({ canvasElement }) => {
      const el = canvasElement.querySelector('recourse-totp-setup') as RecourseTotpSetup;
      await drive(el, state);
      const root = el.shadowRoot!;
      // The story's language (else the toolbar's), not the element's own idea of it.
      const t = TOTP_SETUP_CATALOGS[lang ?? normalizeLang(document.documentElement.lang)];
      const expected = EXPECTED[state](t);
      await expect(el.phase).toBe(expected.phase);
      await expect(root.getElementById('totp-heading')!.textContent!.trim()).toBe(expected.heading);
      const error = root.querySelector('[part="error"]')?.textContent?.trim();
      await expect(error).toBe(expected.error);
      if (state === 'scan') await expect(root.getElementById('totp-key')!.textContent!.trim()).toBe(FAKE_KEY);
      if (state === 'backup') await expect(root.querySelectorAll('[part="backup-codes"] li').length).toBe(10);
      if (state === 'low')
        await expect(root.querySelector('[part~="low-codes"]')!.textContent).toContain(
          interpolate(t.already.low.other, { n: 2 }),
        );
      if (state === 'throttled') await expect(root.querySelector('[part="countdown"]')).not.toBeNull();
      if (state === 'network') {
        const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent!.trim());
        await expect(buttons).toContain(t.ui.retry);
      }
    },
  };
}

/**
 * Turning on two-step verification: every step and state, in English and Simplified Chinese,
 * light and dark. A scripted backend stands in for the server; use the toolbar for the page's
 * language and scheme.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Two-step verification setup',
  component: 'recourse-totp-setup',
  tags: ['autodocs'],
  args: { scheme: 'auto' },
  argTypes: { scheme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
};
export default meta;

type Story = StoryObj<Args>;

export const Intro: Story = story('intro');
export const ScanOrTypeTheKey: Story = story('scan');
export const EnterTheCode: Story = story('code');
export const WrongCode: Story = story('invalid');
export const Throttled: Story = story('throttled');
export const BackupCodes: Story = story('backup');
export const Done: Story = story('done');
export const AlreadyOn: Story = story('already');
/** Two backup codes left: the warning, and new codes offered with a fresh code. */
export const FewBackupCodesLeft: Story = story('low');
export const Expired: Story = story('expired');
export const NetworkFailure: Story = story('network');

export const IntroZhCN: Story = story('intro', 'zh-CN');
export const ScanOrTypeTheKeyZhCN: Story = story('scan', 'zh-CN');
export const EnterTheCodeZhCN: Story = story('code', 'zh-CN');
export const WrongCodeZhCN: Story = story('invalid', 'zh-CN');
export const ThrottledZhCN: Story = story('throttled', 'zh-CN');
export const BackupCodesZhCN: Story = story('backup', 'zh-CN');
export const DoneZhCN: Story = story('done', 'zh-CN');
export const AlreadyOnZhCN: Story = story('already', 'zh-CN');
export const FewBackupCodesLeftZhCN: Story = story('low', 'zh-CN');
export const ExpiredZhCN: Story = story('expired', 'zh-CN');
export const NetworkFailureZhCN: Story = story('network', 'zh-CN');

export const IntroDark: Story = story('intro', 'en', 'dark');
export const ScanOrTypeTheKeyDark: Story = story('scan', 'en', 'dark');
export const EnterTheCodeDark: Story = story('code', 'en', 'dark');
export const WrongCodeDark: Story = story('invalid', 'en', 'dark');
export const ThrottledDark: Story = story('throttled', 'en', 'dark');
export const BackupCodesDark: Story = story('backup', 'zh-CN', 'dark');
export const DoneDark: Story = story('done', 'en', 'dark');
export const AlreadyOnDark: Story = story('already', 'zh-CN', 'dark');
export const FewBackupCodesLeftDark: Story = story('low', 'en', 'dark');
export const ExpiredDark: Story = story('expired', 'en', 'dark');
export const NetworkFailureDark: Story = story('network', 'zh-CN', 'dark');
