import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/recourse-case-desk';
import { normalizeLang } from '../../i18n/lang';
import type { DeskPhase, RecourseCaseDesk } from './case-desk';
import {
  ACTIONS_CHAIN,
  DESK_CASES,
  type DeskTwists,
  fakeDesk,
  LINK_LOCK_CHAIN,
  never,
  problem,
} from './case-desk.fixtures';
import { CASE_DESK_CATALOGS } from './case-desk.i18n';

/** How the story's server behaves. */
const TWISTS = {
  none: {},
  'queue-pending': { listDeskCases: never },
  unauthorized: { listDeskCases: () => Promise.reject(problem('unauthorized', 401)) },
  'case-pending': { getDeskCase: never },
  'send-pending': { sendDeskCommand: never },
  refused: { sendDeskCommand: () => Promise.reject(problem('workflow_refused', 409)) },
  tampered: {
    edit: (v) => ({
      ...v,
      entries: v.entries.map((e, i) => (i === 1 ? { ...e, data: { ...e.data, x: 1 } } : e)),
    }),
  },
} satisfies Record<string, DeskTwists>;

interface Args {
  open: '' | 'case-1' | 'case-2' | 'case-3' | 'case-4' | 'case-9';
  lang: 'toolbar' | 'en' | 'zh-CN';
  scheme: 'auto' | 'light' | 'dark';
  signedIn: boolean;
  empty: boolean;
  /** Cases with platform actions (the lock and its origin, retries, failures) instead of the usual four. */
  actions: boolean;
  server: keyof typeof TWISTS;
}

/** The cases with platform actions: every outcome (case-1), and a lock from a lock link (case-2). */
const ACTION_CASES = [{ chain: ACTIONS_CHAIN }, { chain: LINK_LOCK_CHAIN }];

/** The support agents' desk on an in-memory queue of cases walked through the real workflow. */
const meta: Meta<Args> = {
  title: 'Widgets/Case desk',
  tags: ['autodocs'],
  args: {
    open: '',
    lang: 'toolbar',
    scheme: 'auto',
    signedIn: true,
    empty: false,
    actions: false,
    server: 'none',
  },
  argTypes: {
    open: { control: 'select', options: ['', 'case-1', 'case-2', 'case-3', 'case-4', 'case-9'] },
    lang: { control: 'inline-radio', options: ['toolbar', 'en', 'zh-CN'] },
    scheme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    server: { control: 'select', options: Object.keys(TWISTS) },
  },
  render: (args) => {
    const fake = fakeDesk(args.empty ? [] : args.actions ? ACTION_CASES : DESK_CASES, TWISTS[args.server]);
    const el = document.createElement('recourse-case-desk');
    if (args.lang !== 'toolbar') el.lang = args.lang;
    if (args.scheme !== 'auto') el.scheme = args.scheme;
    el.pollInterval = 0;
    el.client = fake.client;
    if (args.signedIn) el.agentKey = 'story-agent-key';
    el.now = () => new Date(Date.UTC(2026, 10, 2, 12));
    if (args.open) el.caseId = args.open;
    return el;
  },
};
export default meta;

type Story = StoryObj<Args>;
type Ctx = Parameters<NonNullable<Story['play']>>[0];
const host = (c: HTMLElement) => c.querySelector('recourse-case-desk') as RecourseCaseDesk;
const t = (el: HTMLElement) => CASE_DESK_CATALOGS[normalizeLang(el.lang || document.documentElement.lang)];
const $ = (el: RecourseCaseDesk, selector: string) => el.shadowRoot!.querySelector(selector);

/** Waits for the phase; returns the desk. */
async function inPhase(ctx: Ctx, phase: DeskPhase): Promise<RecourseCaseDesk> {
  const el = host(ctx.canvasElement);
  await waitFor(() => expect(el.phase).toBe(phase));
  await el.updateComplete;
  return el;
}

const queueShown = async (ctx: Ctx) => {
  const el = await inPhase(ctx, 'queue');
  await expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(4);
};

const showCase = async (ctx: Ctx) => {
  const el = await inPhase(ctx, 'case');
  await expect($(el, '[part~="chain"]')!.textContent).toContain(
    t(el).case.chainOk.split(':')[0]!.split('：')[0]!,
  );
  await waitFor(() =>
    expect($(el, '[part~="report"] [data-field="account.value"]')?.textContent).toBe(
      'alice.chen@example.com',
    ),
  );
  await expect($(el, '[part~="report"] pre')).toBeNull();
  return el;
};
const caseShown = async (ctx: Ctx): Promise<void> => {
  await showCase(ctx);
};

/** No agent credential yet: the desk asks for one. */
export const SignedOut: Story = {
  args: { signedIn: false },
  play: async (ctx) => {
    const el = await inPhase(ctx, 'signed-out');
    await expect($(el, '[part~="notice"]')!.textContent).toBe(t(el).needKey);
  },
};
/** The first queue page is on its way. */
export const QueueLoading: Story = {
  args: { server: 'queue-pending' },
  play: async (ctx) => {
    const el = await inPhase(ctx, 'queue-loading');
    await expect($(el, '.root')!.getAttribute('aria-busy')).toBe('true');
  },
};
/** The queue: filters, priorities, keyset paging. */
export const Queue: Story = { play: queueShown };
export const QueueChineseDark: Story = { args: { lang: 'zh-CN', scheme: 'dark' }, play: queueShown };
/** No case matches. */
export const QueueEmpty: Story = {
  args: { empty: true },
  play: async (ctx) => {
    const el = await inPhase(ctx, 'queue');
    await expect($(el, '[part~="queue"] .hint')!.textContent).toBe(t(el).queue.empty);
  },
};
/** The credential was refused: nothing to show but the error and a retry. */
export const CredentialRefused: Story = {
  args: { server: 'unauthorized' },
  play: async (ctx) => {
    const el = await inPhase(ctx, 'failed');
    await expect($(el, '[role="alert"]')!.textContent).toContain(t(el).errors.unauthorized);
  },
};
/** A case is on its way. */
export const CaseLoading: Story = {
  args: { open: 'case-1', server: 'case-pending' },
  play: async (ctx) => {
    const el = await inPhase(ctx, 'case-loading');
    await expect($(el, '[part~="case"] button.link')!.textContent).toContain(t(el).case.back);
  },
};
/** A case id that does not exist. */
export const CaseNotFound: Story = {
  args: { open: 'case-9' },
  play: async (ctx) => {
    const el = await inPhase(ctx, 'failed');
    await expect($(el, '[role="alert"]')!.textContent).toContain(t(el).errors.not_found);
  },
};
/** A case under investigation: internal note marked, chain verified, the report as filed, only allowed commands. */
export const CaseInvestigating: Story = {
  args: { open: 'case-1' },
  play: async (ctx) => {
    const el = await showCase(ctx);
    await expect($(el, '.timeline li.internal')!.textContent).toContain(t(el).case.internal);
  },
};
/** A new report: only review, messages and notes. */
export const CaseSubmitted: Story = { args: { open: 'case-2' }, play: caseShown };
/** Waiting on the reporter. */
export const CaseWaitingOnReporter: Story = { args: { open: 'case-3' }, play: caseShown };
/** A loss claim to review. */
export const CaseClaimFiled: Story = { args: { open: 'case-4', lang: 'zh-CN' }, play: caseShown };
export const CaseDark: Story = { args: { open: 'case-1', scheme: 'dark' }, play: caseShown };
/** A command is under way: every command button waits. */
export const CaseSending: Story = {
  args: { open: 'case-2', server: 'send-pending' },
  play: async (ctx) => {
    const el = await showCase(ctx);
    ($(el, 'form[data-command="start_review"] button') as HTMLButtonElement).click();
    await inPhase(ctx, 'sending');
    await expect($(el, 'form[data-command="start_review"]')!.getAttribute('aria-busy')).toBe('true');
    await expect(($(el, 'form[data-command="add_note"] button') as HTMLButtonElement).disabled).toBe(true);
  },
};
/** The workflow refused a command (the case changed meanwhile): the desk says so and reloads. */
export const CaseCommandRefused: Story = {
  args: { open: 'case-2', server: 'refused' },
  play: async (ctx) => {
    const el = await showCase(ctx);
    ($(el, 'form[data-command="start_review"] button') as HTMLButtonElement).click();
    await waitFor(() => expect($(el, '[role="alert"]')?.textContent).toContain(t(el).errors.rejected));
    await expect(el.phase).toBe('case');
  },
};
/** A timeline whose hash chain does not verify. */
export const CaseChainBroken: Story = {
  args: { open: 'case-1', server: 'tampered' },
  play: async (ctx) => {
    const el = await inPhase(ctx, 'case');
    await expect($(el, '[part~="chain"]')!.className).toContain('bad');
    await expect($(el, '[part~="chain"]')!.textContent).toContain(t(el).case.problems.digest_mismatch);
  },
};
/** Platform actions: the lock (lifted after restore, started by the freeze), a retried hold, a refused removal. */
export const CasePlatformActions: Story = {
  args: { open: 'case-1', actions: true },
  play: async (ctx) => {
    const el = await showCase(ctx);
    const c = t(el).containment;
    await expect($(el, 'tr[data-action="hold_risky_actions"] .action-state')!.textContent).toBe(
      c.states.retrying,
    );
    await expect($(el, 'tr[data-action="revoke_credential"] .reason')!.textContent).toBe(c.reasons.refused);
    await expect($(el, '.lock')!.textContent).toContain(c.lock.released);
  },
};
/** The owner locked the account with a lock link (zh-CN). */
export const CaseLockedByLink: Story = {
  args: { open: 'case-2', actions: true, lang: 'zh-CN' },
  play: async (ctx) => {
    const el = await showCase(ctx);
    const c = t(el).containment;
    await expect($(el, '.lock')!.textContent).toContain(c.origins.link);
    await expect($(el, '.lock')!.textContent).toContain(c.lock.in_force);
  },
};
