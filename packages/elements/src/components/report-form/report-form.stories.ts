import type { CaseCreated, PlatformConfig } from '@recourse/core';
import { RecourseNetworkError } from '@recourse/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/recourse-report-form';
import { normalizeLang } from '../../i18n/lang';
import { REPORT_FORM_CATALOGS, type ReportFormCatalog } from './i18n';
import type { StepId } from './i18n/first-step';
import type { RecourseReportForm, ReportFormClient } from './report-form';
import { draftKey } from './report-form.draft';
import { at, choose, drop, fillByHand, loaded, primary, type } from './report-form.fixtures';
import { toLocalInput } from './report-form.model';

const CONFIG = {
  platform: { id: 'demo', name: 'Demo Exchange' },
  languages: ['en', 'zh-CN'],
  contacts: {
    webForm: { url: 'https://help.example.com/form' },
    hotline: { number: '+1 555 0100', hours: { en: 'every day, 8:00–22:00', 'zh-CN': '每天 8:00–22:00' } },
    social: [{ network: 'x', handle: '@demo_support', url: 'https://x.example.com/demo_support' }],
  },
  passwordResetUrl: 'https://example.com/reset',
  deadlinePolicy: 'platform_sla',
  attachments: {
    maxFileBytes: 10 * 1024 * 1024,
    maxFiles: 10,
    maxCaseBytes: 50 * 1024 * 1024,
    mediaTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'],
  },
  outsideBodies: [],
} as unknown as PlatformConfig;

const CREATED = {
  case: {
    id: 'c1',
    number: 'RC-7K3P-9M2X',
    createdAt: '2026-11-27T10:00:00.000Z',
    updatedAt: '2026-11-27T10:00:00.000Z',
    status: 'submitted',
    state: 'submitted',
    info: 'none',
    claim: 'none',
    complaint: 'none',
    pendingRequest: null,
    allowedCommands: [],
    nextSteps: [],
    deadlines: [],
    head: { seq: 1, hash: 'a'.repeat(64) },
  },
  accessToken: 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdl',
} as unknown as CaseCreated;

/** A client that never answers (submitting), always fails (offline), or succeeds. */
function client(mode: 'ok' | 'offline' | 'hang'): ReportFormClient {
  return {
    getConfig: async () => CONFIG,
    createCase: async () => {
      if (mode === 'offline') throw new RecourseNetworkError('network');
      if (mode === 'hang') return new Promise<never>(() => {});
      return CREATED;
    },
    uploadAttachment: async (_id, _t, file) => ({
      id: 'a1',
      name: file.name,
      mediaType: file.mediaType,
      size: file.bytes.length,
      sha256: file.sha256,
      createdAt: CREATED.case.createdAt,
    }),
  };
}

type Setup = (el: RecourseReportForm) => Promise<void> | void;

interface Args {
  scheme: 'auto' | 'light' | 'dark';
}

const API = 'https://api.example.com/story';

/** Fills the form by hand up to the review, ticks the consent and submits. */
async function submitByHand(el: RecourseReportForm): Promise<void> {
  await fillByHand(el, 'review');
  choose(el, 'f-consent');
  primary(el);
}

/** The words of the language the story runs in (the toolbar's), not the element's own idea of it. */
const words = () => REPORT_FORM_CATALOGS[normalizeLang(document.documentElement.lang)];

/**
 * A story that must end on `step`: its heading must read that step's title in the story's
 * language, so a form left on another step (or in another language) fails.
 */
function story(
  mode: 'ok' | 'offline' | 'hang',
  step: StepId,
  setup?: Setup,
  check?: (el: RecourseReportForm, t: ReportFormCatalog) => Promise<void>,
) {
  return {
    render: ({ scheme }: Args) => {
      localStorage.removeItem(draftKey(API));
      const el = document.createElement('recourse-report-form');
      el.apiBase = API;
      el.trackingUrl = 'https://example.com/track';
      el.config = CONFIG;
      el.client = client(mode);
      el.retryDelay = 30;
      if (scheme !== 'auto') el.scheme = scheme;
      return el;
    },
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const el = canvasElement.querySelector('recourse-report-form')!;
      await el.ready;
      await loaded(el);
      await setup?.(el);
      await el.updateComplete;
      const t = words();
      const heading = el.shadowRoot!.getElementById('heading')!;
      await expect(heading.textContent!.trim()).toBe(t.steps[step]);
      // A form that answers at once rests on its step; the others assert their submission's phase.
      if (mode === 'ok') await waitFor(() => expect(el.phase).toBe(step));
      await check?.(el, t);
    },
  } satisfies StoryObj<Args>;
}

const shown = (el: RecourseReportForm) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/**
 * The report a person files when their account was stolen. Use the toolbar to switch language
 * (English, 简体中文), colour scheme and direction; `scheme` forces one scheme on the element.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Report form',
  component: 'recourse-report-form',
  tags: ['autodocs'],
  args: { scheme: 'auto' },
  argTypes: { scheme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
};
export default meta;

type Story = StoryObj<Args>;

export const FirstResponseEmpty: Story = story('ok', 'first', undefined, async (el) => {
  await expect(el.phase).toBe('first');
});

export const FirstResponseAnswered: Story = story(
  'ok',
  'first',
  (el) => {
    choose(el, 'access.canSignIn', 'no');
    choose(el, 'access.passwordReset', 'failed');
    choose(el, 'triage.moneyMoved', 'yes');
    choose(el, 'triage.profileChanged', 'yes');
  },
  async (el, t) => {
    await expect(shown(el)).toContain(t.first.urgency.critical);
    await expect(el.shadowRoot!.querySelector('a[href="https://example.com/reset"]')).not.toBeNull();
  },
);

export const AccountAndContact: Story = story('ok', 'account', async (el) => {
  primary(el);
  await at(el, 'account');
});

export const AccountErrors: Story = story(
  'ok',
  'account',
  async (el) => {
    primary(el);
    await at(el, 'account');
    type(el, 'contact.email', 'not-an-email');
    primary(el);
  },
  async (el, t) => {
    await waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('summary'));
    await expect(el.phase).toBe('account');
    await expect(shown(el)).toContain(t.errors.issues.invalid_email);
  },
);

export const WhatHappened: Story = story(
  'ok',
  'incident',
  async (el) => {
    await fillByHand(el, 'incident');
    type(el, 'newKind', 'transfer');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.add button')!.click();
  },
  async (el) => {
    await expect(el.phase).toBe('incident');
    await expect(el.shadowRoot!.querySelectorAll('fieldset.card').length).toBe(2);
  },
);

export const SeedPhraseStopped: Story = story(
  'ok',
  'incident',
  async (el) => {
    await fillByHand(el, 'incident');
    type(
      el,
      'narrative',
      'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
    );
  },
  async (el, t) => {
    await expect(el.phase).toBe('incident');
    await waitFor(() => expect(shown(el)).toContain(t.errors.neverAsks));
  },
);

export const Evidence: Story = story(
  'ok',
  'evidence',
  async (el) => {
    await fillByHand(el, 'evidence');
    await drop(el, [
      new File(['Chat with "support": they asked for my recovery words.'], 'chat.txt', {
        type: 'text/plain',
      }),
      new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'screenshot.png', { type: 'image/png' }),
    ]);
  },
  async (el, t) => {
    await expect(el.phase).toBe('evidence');
    await expect(shown(el)).toContain('chat.txt');
    await expect(shown(el)).toContain(t.evidence.reasons.type);
  },
);

export const Review: Story = story(
  'ok',
  'review',
  (el) => fillByHand(el, 'review'),
  async (el) => {
    await expect(el.phase).toBe('review');
  },
);

export const ReviewErrors: Story = story(
  'ok',
  'review',
  async (el) => {
    // Everything answered but the consent: the review says what is missing.
    await fillByHand(el, 'review');
    primary(el);
  },
  async (el, t) => {
    await waitFor(() => expect(shown(el)).toContain(t.errors.summary));
    await expect(el.phase).toBe('review');
  },
);

export const DraftRestored: Story = {
  ...story('ok', 'account', undefined, async (el, t) => {
    await expect(el.phase).toBe('account');
    await expect(shown(el)).toContain(t.status.restored);
  }),
  render: (args) => {
    localStorage.setItem(
      draftKey(API),
      JSON.stringify({
        v: 1,
        savedAt: Date.now(),
        step: 'account',
        values: {
          access: { canSignIn: 'no', passwordReset: 'failed' },
          triage: { moneyMoved: 'no', profileChanged: 'yes' },
          checked: [],
          account: { kind: 'email', value: 'victim@example.com' },
          contact: { email: '', phone: '+44 20 7946 0000', language: 'en' },
          discoveredAt: toLocalInput(new Date().toISOString()),
          suspectedStartAt: '',
          activities: [],
          narrative: '',
          attachments: [],
          consent: false,
        },
      }),
    );
    const el = document.createElement('recourse-report-form');
    el.apiBase = API;
    el.config = CONFIG;
    el.client = client('ok');
    if (args.scheme !== 'auto') el.scheme = args.scheme;
    return el;
  },
};

export const Submitting: Story = story(
  'hang',
  'review',
  (el) => submitByHand(el),
  async (el, t) => {
    await waitFor(() => expect(el.phase).toBe('sending'));
    await waitFor(() => expect(shown(el)).toContain(t.status.submitting));
  },
);

export const Offline: Story = story(
  'offline',
  'review',
  (el) => submitByHand(el),
  async (el, t) => {
    await waitFor(() => expect(el.phase).toBe('offline'));
    await expect(shown(el)).toContain(t.status.offline);
  },
);

export const Done: Story = story(
  'ok',
  'done',
  async (el) => {
    await submitByHand(el);
    await at(el, 'done');
  },
  async (el, t) => {
    await expect(el.phase).toBe('done');
    await expect(shown(el)).toContain(t.done.caseNumber);
    await expect(shown(el)).toContain('RC-7K3P-9M2X');
    const link = el.shadowRoot!.querySelector<HTMLInputElement>('#tracking')!;
    await expect(link.value).toContain('#case=c1&token=');
  },
);

export const DoneChinese: Story = {
  ...Done,
  globals: { lang: 'zh-CN' },
  play: async (context) => {
    await Done.play!(context as never);
    const el = context.canvasElement.querySelector('recourse-report-form')!;
    await expect(shown(el)).toContain(REPORT_FORM_CATALOGS['zh-CN'].done.caseNumber);
  },
};

/** `base` with the toolbar in Chinese: its heading must be the Chinese title of `step`. */
const chinese = (base: Story, step: StepId): Story => ({
  ...base,
  globals: { lang: 'zh-CN' },
  play: async (context) => {
    await base.play!(context as never);
    const el = context.canvasElement.querySelector('recourse-report-form')!;
    await expect(el.shadowRoot!.getElementById('heading')!.textContent!.trim()).toBe(
      REPORT_FORM_CATALOGS['zh-CN'].steps[step],
    );
  },
});

export const FirstResponseChinese: Story = chinese(FirstResponseAnswered, 'first');

export const ReviewErrorsChinese: Story = chinese(ReviewErrors, 'review');

export const ReviewDark: Story = { ...Review, args: { scheme: 'dark' }, globals: { scheme: 'dark' } };

export const DoneDark: Story = { ...Done, args: { scheme: 'dark' }, globals: { scheme: 'dark' } };

export const NarrowPhone: Story = {
  ...WhatHappened,
  parameters: { viewport: { options: {} } },
  decorators: [
    (s) => {
      const frame = document.createElement('div');
      frame.style.width = '320px';
      const rendered = s() as unknown as Node;
      frame.append(rendered);
      return frame as never;
    },
  ],
  play: async (context) => {
    await WhatHappened.play!(context as never);
    const el = context.canvasElement.querySelector('recourse-report-form')!;
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};
