import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/recourse-case-desk';
import { normalizeLang } from '../../i18n/lang';
import { deskView, fakeDeskClient, runSteps, SCENARIOS } from '../case-tracker/case-tracker.fixtures';
import type { RecourseCaseDesk } from './case-desk';
import { CASE_DESK_CATALOGS } from './case-desk.i18n';

interface Args {
  open: '' | 'case-1' | 'case-2' | 'case-3' | 'case-4';
  lang: 'toolbar' | 'en' | 'zh-CN';
  scheme: 'auto' | 'light' | 'dark';
}

/** The queue every story shows: case-1 … case-4 (numbers RC-1000 … RC-1003), in this order. */
const QUEUE = [
  { scenario: 'in_progress', priority: 'critical' },
  { scenario: 'submitted', priority: 'high' },
  { scenario: 'action_needed_info', priority: 'elevated' },
  { scenario: 'claim_filed', priority: 'critical' },
] as const;
const chainOf = (scenario: keyof typeof SCENARIOS) => runSteps(SCENARIOS[scenario]);

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
    const fake = fakeDeskClient(
      QUEUE.map(({ scenario, priority }) => ({ chain: chainOf(scenario), priority })),
    );
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
  await expect(el.shadowRoot!.getElementById('queue-heading')!.textContent!.trim()).toBe(t(el).queue.title);
  const numbers = [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
  await expect(numbers).toEqual(['RC-1000', 'RC-1001', 'RC-1002', 'RC-1003']);
};
/**
 * The case the story opened (`args.open`) is shown: its number as the heading, the chain
 * verified, and exactly the agent commands the workflow allows for that case's scenario (worked
 * out from the scenario, not read back from the element).
 */
const caseShown: Story['play'] = async ({ canvasElement, args }) => {
  const el = host(canvasElement);
  const index = Number(args.open.slice('case-'.length)) - 1;
  const expected = QUEUE[index]!;
  await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="chain"]')).not.toBeNull());
  await expect(el.shadowRoot!.getElementById('case-heading')!.textContent!.trim()).toBe(`RC-${1000 + index}`);
  await expect(el.shadowRoot!.querySelector('[part~="chain"]')!.textContent).toContain(
    t(el).case.chainOk.split(':')[0]!.split('：')[0]!,
  );
  // The fake answers at the time of the queue's latest event: the same moment here.
  const now = new Date(Math.max(...QUEUE.map((c) => Date.parse(chainOf(c.scenario).at(-1)!.at))));
  const allowed = deskView(chainOf(expected.scenario), now).allowedCommands;
  const offered = [...el.shadowRoot!.querySelectorAll<HTMLFormElement>('form[data-command]')].map(
    (f) => f.dataset.command,
  );
  await expect(allowed.length).toBeGreaterThan(0);
  await expect(offered.sort()).toEqual([...allowed].sort());
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
