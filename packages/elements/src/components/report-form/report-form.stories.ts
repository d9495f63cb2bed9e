import type { CaseCreated, PlatformConfig } from '@recourse/core';
import { RecourseNetworkError } from '@recourse/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/recourse-report-form';
import type { RecourseReportForm, ReportFormClient } from './report-form';
import { draftKey } from './report-form.draft';
import { REPORT_FORM_CATALOGS } from './report-form.i18n';
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

function fill(el: RecourseReportForm): void {
  el.setValue('access.canSignIn', 'no');
  el.setValue('access.passwordReset', 'failed');
  el.setValue('triage.moneyMoved', 'yes');
  el.setValue('account.value', 'victim_01');
  el.setValue('contact.email', 'safe@example.org');
  el.newKind = 'sign_in';
  el.addActivity();
  el.setValue('activities.0.at', toLocalInput(new Date(Date.now() - 7_200_000).toISOString()));
  el.setValue('activities.0.ip', '203.0.113.7');
  el.setValue('narrative', 'My email and phone were changed overnight, then USDT was withdrawn.');
}

function story(
  mode: 'ok' | 'offline' | 'hang',
  setup?: Setup,
  check?: (el: RecourseReportForm) => Promise<void>,
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
      await el.ensureGuard();
      await setup?.(el);
      await el.updateComplete;
      const heading = el.shadowRoot!.getElementById('heading')!;
      await expect(heading.textContent!.trim()).toBe(el.t.steps[el.step]);
      await check?.(el);
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

export const FirstResponseEmpty: Story = story('ok');

export const FirstResponseAnswered: Story = story(
  'ok',
  (el) => {
    el.setValue('access.canSignIn', 'no');
    el.setValue('access.passwordReset', 'failed');
    el.setValue('triage.moneyMoved', 'yes');
    el.setValue('triage.profileChanged', 'yes');
  },
  async (el) => {
    await expect(shown(el)).toContain(el.t.first.urgency.critical);
    await expect(el.shadowRoot!.querySelector('a[href="https://example.com/reset"]')).not.toBeNull();
  },
);

export const AccountAndContact: Story = story('ok', (el) => el.goTo('account'));

export const AccountErrors: Story = story(
  'ok',
  async (el) => {
    el.goTo('account');
    el.setValue('contact.email', 'not-an-email');
    await el.next();
  },
  async (el) => {
    await waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('summary'));
    await expect(shown(el)).toContain(el.t.errors.issues.invalid_email);
  },
);

export const WhatHappened: Story = story(
  'ok',
  (el) => {
    fill(el);
    el.newKind = 'transfer';
    el.addActivity();
    el.goTo('incident');
  },
  async (el) => {
    await expect(el.shadowRoot!.querySelectorAll('fieldset.card').length).toBe(2);
  },
);

export const SeedPhraseStopped: Story = story(
  'ok',
  (el) => {
    el.goTo('incident');
    el.setValue(
      'narrative',
      'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
    );
  },
  async (el) => {
    await waitFor(() => expect(shown(el)).toContain(el.t.errors.neverAsks));
  },
);

export const Evidence: Story = story(
  'ok',
  async (el) => {
    el.goTo('evidence');
    await el.addFiles([
      new File(['Chat with "support": they asked for my recovery words.'], 'chat.txt', {
        type: 'text/plain',
      }),
      new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'screenshot.png', { type: 'image/png' }),
    ]);
  },
  async (el) => {
    await expect(shown(el)).toContain('chat.txt');
    await expect(shown(el)).toContain(el.t.evidence.reasons.type);
  },
);

export const Review: Story = story('ok', (el) => {
  fill(el);
  el.goTo('review');
});

export const ReviewErrors: Story = story(
  'ok',
  async (el) => {
    el.goTo('review');
    await el.submit();
  },
  async (el) => {
    await expect(shown(el)).toContain(el.t.errors.summary);
  },
);

export const DraftRestored: Story = {
  ...story('ok', undefined, async (el) => {
    await expect(shown(el)).toContain(el.t.status.restored);
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
  (el) => {
    fill(el);
    el.goTo('review');
    el.setValue('consent', true);
    void el.submit();
  },
  async (el) => {
    await waitFor(() => expect(el.submitState).toBe('submitting'));
    await waitFor(() => expect(shown(el)).toContain(el.t.status.submitting));
  },
);

export const Offline: Story = story(
  'offline',
  (el) => {
    fill(el);
    el.goTo('review');
    el.setValue('consent', true);
    void el.submit();
  },
  async (el) => {
    await waitFor(() => expect(el.submitState).toBe('offline'));
    await expect(shown(el)).toContain(el.t.status.offline);
  },
);

export const Done: Story = story(
  'ok',
  async (el) => {
    fill(el);
    el.goTo('review');
    el.setValue('consent', true);
    await el.submit();
  },
  async (el) => {
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

export const FirstResponseChinese: Story = {
  ...FirstResponseAnswered,
  globals: { lang: 'zh-CN' },
};

export const ReviewErrorsChinese: Story = { ...ReviewErrors, globals: { lang: 'zh-CN' } };

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
