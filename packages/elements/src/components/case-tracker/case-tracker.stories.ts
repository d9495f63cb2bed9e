import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/recourse-case-tracker';
import { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
import { normalizeLang } from '../../i18n/lang';
import type { RecourseCaseTracker } from './case-tracker';
import {
  AGENT,
  CASE_ID,
  CONFIG,
  CREDENTIALS,
  containmentAfterRestore,
  containmentLocked,
  fakeTrackerClient,
  reporterView,
  runSteps,
  SCENARIOS,
  type ScenarioName,
} from './case-tracker.fixtures';
import { CASE_TRACKER_CATALOGS } from './case-tracker.i18n';

interface Args {
  scenario: ScenarioName;
  lang: 'toolbar' | 'en' | 'zh-CN';
  scheme: 'auto' | 'light' | 'dark';
  fail: 'none' | 'network' | 'not_found' | 'missing_link';
  connection: 'live' | 'reconnecting' | 'polling' | 'offline';
  /** The account's protection: none, locked (by the owner, signed in), a release waiting out its cooling-off, or after restore (hold). */
  protection: 'none' | 'locked' | 'release-pending' | 'restored';
}

/** The containment of each `protection`, at the chain's last event. */
function protectionAt(kind: Args['protection'], at: string) {
  if (kind === 'none') return undefined;
  if (kind === 'restored') return containmentAfterRestore(at);
  const locked = containmentLocked(at);
  if (kind === 'locked') return locked;
  const plus = (h: number) => new Date(Date.parse(at) + h * 3_600_000).toISOString();
  return { ...locked, release: { state: 'cooling_off' as const, requestedAt: plus(1), at: plus(73) } };
}

/**
 * The reporter's tracker, opened from the private link, on cases walked through the real
 * workflow. The client is an in-memory stand-in: commands change the case as the server would.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Case tracker',
  tags: ['autodocs'],
  args: {
    scenario: 'in_progress',
    lang: 'toolbar',
    scheme: 'auto',
    fail: 'none',
    connection: 'live',
    protection: 'none',
  },
  argTypes: {
    scenario: { control: 'select', options: Object.keys(SCENARIOS) },
    lang: { control: 'inline-radio', options: ['toolbar', 'en', 'zh-CN'] },
    scheme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    fail: { control: 'select', options: ['none', 'network', 'not_found', 'missing_link'] },
    connection: { control: 'select', options: ['live', 'reconnecting', 'polling', 'offline'] },
    protection: { control: 'select', options: ['none', 'locked', 'release-pending', 'restored'] },
  },
  render: (args) => {
    const chain = runSteps(SCENARIOS[args.scenario]);
    const containment = protectionAt(args.protection, chain.at(-1)!.at);
    const fake = fakeTrackerClient(chain, {
      ...(args.fail === 'network' || args.fail === 'not_found' ? { fail: args.fail } : {}),
      ...(containment ? { containment } : {}),
    });
    const el = document.createElement('recourse-case-tracker');
    if (args.lang !== 'toolbar') el.lang = args.lang;
    if (args.scheme !== 'auto') el.scheme = args.scheme;
    if (args.fail !== 'missing_link') {
      el.caseId = CASE_ID;
      el.token = 'story-token-not-a-secret-000000';
    }
    el.client = fake.client;
    el.config = CONFIG;
    el.totpUrl = 'https://wallet.example.com/security/2fa';
    el.now = () => new Date(Date.parse(fake.chain.at(-1)!.at) + 2 * 3_600_000);
    if (args.connection !== 'live') {
      el.addEventListener('recourse-case-updated', () => setTimeout(() => fake.status(args.connection), 10), {
        once: true,
      });
    }
    (el as unknown as { fake: typeof fake }).fake = fake;
    return el;
  },
};
export default meta;

type Story = StoryObj<Args>;

const host = (c: HTMLElement) => c.querySelector('recourse-case-tracker') as RecourseCaseTracker;
const langOf = (el: HTMLElement) => normalizeLang(el.lang || document.documentElement.lang);

/** Waits until the case is shown, then checks the status badge against the workflow's. */
const showsStatus: Story['play'] = async ({ canvasElement, args }) => {
  const el = host(canvasElement);
  await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="stepper"]')).not.toBeNull(), {
    timeout: 4000,
  });
  await expect(el.phase).toBe('case');
  const view = reporterView(runSteps(SCENARIOS[args.scenario]));
  const lang = langOf(el);
  await expect(el.shadowRoot!.querySelector('.badge')!.textContent).toBe(
    DOMAIN_CATALOGS[lang].status[view.status],
  );
  if (view.claim !== 'none') await expect(el.shadowRoot!.querySelector('[part~="claim"]')).not.toBeNull();
  if (view.complaint !== 'none') {
    await expect(el.shadowRoot!.querySelector('[part~="complaint"]')).not.toBeNull();
  }
};

export const Submitted: Story = { args: { scenario: 'submitted' }, play: showsStatus };
export const InReview: Story = { args: { scenario: 'in_review' }, play: showsStatus };
export const InProgress: Story = { args: { scenario: 'in_progress' }, play: showsStatus };
/** Support asked for something: answer with text and files. */
export const ActionNeededRequest: Story = {
  args: { scenario: 'action_needed_info' },
  play: async (ctx) => {
    await showsStatus(ctx);
    const root = host(ctx.canvasElement).shadowRoot!;
    await expect(root.querySelector('#answer')).not.toBeNull();
    await expect(root.querySelector('input[type="file"]')).not.toBeNull();
  },
};
/** Support checks identity through the contacts on record. */
export const ActionNeededVerification: Story = {
  args: { scenario: 'action_needed_verification' },
  play: showsStatus,
};
/** Restored, before the platform asks to confirm: hardening advice appears. */
export const Restored: Story = {
  args: { scenario: 'restored' },
  play: async (ctx) => {
    await showsStatus(ctx);
    await expect(host(ctx.canvasElement).shadowRoot!.querySelector('[part~="hardening"]')).not.toBeNull();
  },
};
/** The recovery checklist: confirm, or dispute and reopen. */
export const ActionNeededConfirmation: Story = {
  args: { scenario: 'action_needed_confirmation' },
  play: async (ctx) => {
    await showsStatus(ctx);
    const root = host(ctx.canvasElement).shadowRoot!;
    await expect((root.querySelector('#confirm') as HTMLButtonElement).disabled).toBe(true);
    await expect(root.querySelectorAll('input[name="check"]')).toHaveLength(5);
  },
};
export const Resolved: Story = { args: { scenario: 'resolved' }, play: showsStatus };
export const RuledOut: Story = { args: { scenario: 'ruled_out' }, play: showsStatus };
export const Closed: Story = { args: { scenario: 'closed' }, play: showsStatus };
export const ClaimFiled: Story = { args: { scenario: 'claim_filed' }, play: showsStatus };
export const ClaimPartlyApproved: Story = { args: { scenario: 'claim_partly_approved' }, play: showsStatus };
export const ComplaintFiled: Story = { args: { scenario: 'complaint_filed' }, play: showsStatus };
/** Answered: the outside bodies, what to send them, and the case file. */
export const ComplaintAnswered: Story = {
  args: { scenario: 'complaint_answered' },
  play: async (ctx) => {
    await showsStatus(ctx);
    await waitFor(() => expect(host(ctx.canvasElement).shadowRoot!.querySelector('.bodies')).not.toBeNull());
  },
};

/** Chinese, whatever the toolbar says. */
export const ChineseActionNeeded: Story = {
  args: { scenario: 'action_needed_confirmation', lang: 'zh-CN' },
  play: async (ctx) => {
    await showsStatus(ctx);
    await expect(host(ctx.canvasElement).shadowRoot!.textContent).toContain(
      CASE_TRACKER_CATALOGS['zh-CN'].checklist.title,
    );
  },
};
/** Dark scheme. */
export const Dark: Story = { args: { scenario: 'complaint_answered', scheme: 'dark' }, play: showsStatus };
export const DarkChinese: Story = {
  args: { scenario: 'claim_partly_approved', scheme: 'dark', lang: 'zh-CN' },
  play: showsStatus,
};

const showsConnection =
  (status: 'offline' | 'reconnecting' | 'polling'): Story['play'] =>
  async (ctx) => {
    await showsStatus(ctx);
    const el = host(ctx.canvasElement);
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('[part~="connection"]')!.textContent).toBe(
        CASE_TRACKER_CATALOGS[langOf(el)].connection[status],
      ),
    );
  };
/** The connection dropped: what is shown may be stale, and it says so. */
export const Offline: Story = { args: { connection: 'offline' }, play: showsConnection('offline') };
export const Reconnecting: Story = {
  args: { connection: 'reconnecting' },
  play: showsConnection('reconnecting'),
};
export const Polling: Story = { args: { connection: 'polling' }, play: showsConnection('polling') };

const showsError =
  (code: 'network' | 'not_found' | 'missing_link'): Story['play'] =>
  async ({ canvasElement }) => {
    const el = host(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull(), {
      timeout: 4000,
    });
    await expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain(
      CASE_TRACKER_CATALOGS[langOf(el)].errors[code],
    );
    await expect(el.phase).toBe('failed');
  };
export const ErrorNetwork: Story = { args: { fail: 'network' }, play: showsError('network') };
export const ErrorLinkNotFound: Story = { args: { fail: 'not_found' }, play: showsError('not_found') };
export const ErrorNoLink: Story = { args: { fail: 'missing_link' }, play: showsError('missing_link') };

/** An agent acts while the tracker is open: the entry appears without reload. */
export const LiveUpdate: Story = {
  args: { scenario: 'in_progress' },
  play: async (ctx) => {
    await showsStatus(ctx);
    const el = host(ctx.canvasElement);
    const fake = (el as unknown as { fake: ReturnType<typeof fakeTrackerClient> }).fake;
    fake.act([
      { type: 'request_info', payload: { requestId: 'req-live', prompt: 'Send the SIM change SMS.' } },
      AGENT,
    ]);
    await waitFor(() => expect(el.shadowRoot!.querySelector('#answer')).not.toBeNull(), { timeout: 1000 });
  },
};

/** The case is on its way: an empty, busy region under the host's header. */
export const Opening: Story = {
  args: { scenario: 'in_progress' },
  render: (args, ctx) => {
    const el = meta.render!(args, ctx) as RecourseCaseTracker;
    const fake = (el as unknown as { fake: ReturnType<typeof fakeTrackerClient> }).fake;
    el.client = { ...fake.client, getCase: () => new Promise(() => undefined) };
    return el;
  },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[aria-busy="true"] .hint')).not.toBeNull(), {
      timeout: 4000,
    });
    await expect(el.phase).toBe('opening');
  },
};

/** A message on its way: the form waits for the answer. */
export const Sending: Story = {
  args: { scenario: 'in_progress' },
  play: async (ctx) => {
    await showsStatus(ctx);
    const el = host(ctx.canvasElement);
    const fake = (el as unknown as { fake: ReturnType<typeof fakeTrackerClient> }).fake;
    el.client = { ...fake.client, sendCommand: () => new Promise(() => undefined) };
    const root = el.shadowRoot!;
    const message = root.querySelector<HTMLTextAreaElement>('#message')!;
    message.value = 'The withdrawal at 07:10 was not me.';
    message.dispatchEvent(new Event('input'));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="thread"] button[type="submit"]')!.click();
    await waitFor(() => expect(el.phase).toBe('sending'));
    await el.updateComplete;
    await expect(
      root.querySelector<HTMLButtonElement>('[part~="thread"] button[type="submit"]')!.disabled,
    ).toBe(true);
  },
};

const words = (el: HTMLElement) => CASE_TRACKER_CATALOGS[langOf(el)];
const $ = (el: RecourseCaseTracker, selector: string) => el.shadowRoot!.querySelector(selector);

/** The owner locked the account while signed in: the lock, and the offer to lift it after a waiting period. */
export const Locked: Story = {
  args: { scenario: 'in_progress', protection: 'locked' },
  play: async (ctx) => {
    await showsStatus(ctx);
    const el = host(ctx.canvasElement);
    const t = words(el).containment;
    await expect($(el, '.lock-state')!.textContent).toBe(t.lock.in_force);
    await expect($(el, '.lock')!.textContent).toContain(t.origins.session);
    await expect($(el, '#release-open')).not.toBeNull();
  },
};
/** The owner asked to lift the lock: when it lifts, and that every contact on record was told. */
export const LockReleasePending: Story = {
  args: { scenario: 'in_progress', protection: 'release-pending' },
  play: async (ctx) => {
    await showsStatus(ctx);
    const el = host(ctx.canvasElement);
    await expect($(el, '.release.cooling_off')).not.toBeNull();
    await expect($(el, '#release-open')).toBeNull();
  },
};
export const LockReleasePendingChinese: Story = {
  args: { scenario: 'in_progress', protection: 'release-pending', lang: 'zh-CN' },
  play: LockReleasePending.play,
};
/** After restore: the lock lifted, the recovery hold with its end and why it protects the owner. */
export const RecoveryHold: Story = {
  args: { scenario: 'restored', protection: 'restored' },
  play: async (ctx) => {
    await showsStatus(ctx);
    const el = host(ctx.canvasElement);
    const t = words(el).containment;
    await expect($(el, '.hold time')!.getAttribute('datetime')).not.toBeNull();
    await expect($(el, '.hold')!.textContent).toContain(t.holdWhy);
  },
};
export const RecoveryHoldChineseDark: Story = {
  args: { scenario: 'restored', protection: 'restored', lang: 'zh-CN', scheme: 'dark' },
  play: RecoveryHold.play,
};
/** The confirmation step: keep or remove each credential the platform reports. */
export const CredentialReview: Story = {
  args: { scenario: 'action_needed_confirmation', protection: 'restored' },
  play: async (ctx) => {
    await showsStatus(ctx);
    const el = host(ctx.canvasElement);
    await waitFor(() =>
      expect(el.shadowRoot!.querySelectorAll('[data-credential]').length).toBe(CREDENTIALS.length),
    );
    await expect(($(el, '#cred-submit') as HTMLButtonElement).disabled).toBe(true);
  },
};
