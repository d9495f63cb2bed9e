import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/recourse-case-desk';
import { normalizeLang } from '../../i18n/lang';
import { fakeDeskClient, runSteps, SCENARIOS } from '../case-tracker/case-tracker.fixtures';
import type { RecourseCaseDesk } from './case-desk';
import { CASE_DESK_CATALOGS } from './case-desk.i18n';

interface Args {
  open: '' | 'case-1' | 'case-2' | 'case-3' | 'case-4';
  lang: 'toolbar' | 'en' | 'zh-CN';
  scheme: 'auto' | 'light' | 'dark';
}

/** The support agents' desk on an in-memory queue of cases walked through the real workflow. */
const meta: Meta<Args> = {
  title: 'Widgets/Case desk',
  tags: ['autodocs'],
  args: { open: '', lang: 'toolbar', scheme: 'auto' },
  argTypes: {
    open: { control: 'select', options: ['', 'case-1', 'case-2', 'case-3', 'case-4'] },
    lang: { control: 'inline-radio', options: ['toolbar', 'en', 'zh-CN'] },
    scheme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => {
    const fake = fakeDeskClient([
      { chain: runSteps(SCENARIOS.in_progress), priority: 'critical' },
      { chain: runSteps(SCENARIOS.submitted), priority: 'high' },
      { chain: runSteps(SCENARIOS.action_needed_info), priority: 'elevated' },
      { chain: runSteps(SCENARIOS.claim_filed), priority: 'critical' },
    ]);
    const el = document.createElement('recourse-case-desk');
    if (args.lang !== 'toolbar') el.lang = args.lang;
    if (args.scheme !== 'auto') el.scheme = args.scheme;
    el.pollInterval = 0;
    el.client = fake.client;
    el.agentKey = 'story-agent-key';
    el.now = () => new Date(Date.UTC(2026, 10, 2, 12));
    if (args.open) el.caseId = args.open;
    return el;
  },
};
export default meta;

type Story = StoryObj<Args>;
const host = (c: HTMLElement) => c.querySelector('recourse-case-desk') as RecourseCaseDesk;
const t = (el: HTMLElement) => CASE_DESK_CATALOGS[normalizeLang(el.lang || document.documentElement.lang)];

const queueShown: Story['play'] = async ({ canvasElement }) => {
  const el = host(canvasElement);
  await waitFor(() => expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(4));
};
const caseShown: Story['play'] = async ({ canvasElement }) => {
  const el = host(canvasElement);
  await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="chain"]')).not.toBeNull());
  await expect(el.shadowRoot!.querySelector('[part~="chain"]')!.textContent).toContain(
    t(el).case.chainOk.split(':')[0]!.split('：')[0]!,
  );
  const offered = [...el.shadowRoot!.querySelectorAll<HTMLFormElement>('form[data-command]')].map(
    (f) => f.dataset.command,
  );
  await expect(offered.sort()).toEqual([...el.open!.allowedCommands].sort());
};

/** The queue: filters, priorities, keyset paging. */
export const Queue: Story = { play: queueShown };
export const QueueChineseDark: Story = { args: { lang: 'zh-CN', scheme: 'dark' }, play: queueShown };
/** A case under investigation: internal note marked, chain verified, only allowed commands. */
export const CaseInvestigating: Story = {
  args: { open: 'case-1' },
  play: async (ctx) => {
    await caseShown(ctx);
    const el = host(ctx.canvasElement);
    await expect(el.shadowRoot!.querySelector('.timeline li.internal')!.textContent).toContain(
      t(el).case.internal,
    );
  },
};
/** A new report: only review, messages and notes. */
export const CaseSubmitted: Story = { args: { open: 'case-2' }, play: caseShown };
/** Waiting on the reporter. */
export const CaseWaitingOnReporter: Story = { args: { open: 'case-3' }, play: caseShown };
/** A loss claim to review. */
export const CaseClaimFiled: Story = { args: { open: 'case-4', lang: 'zh-CN' }, play: caseShown };
export const CaseDark: Story = { args: { open: 'case-1', scheme: 'dark' }, play: caseShown };
