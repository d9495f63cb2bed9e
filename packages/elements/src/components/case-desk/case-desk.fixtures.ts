/**
 * Fixtures of `<recourse-case-desk>` for its tests and stories: a complete report as filed (it
 * passes core's validation; the test checks), and desk clients on cases walked through the real
 * workflow, with answers that never come, refusals and broken chains for the phases a designer
 * must see.
 * @module
 */
import {
  type DeskCasesFilter,
  type DeskCaseView,
  type DeskPriority,
  RecourseApiError,
  type Report,
} from '@recourse/core';
import { fakeDeskClient, runSteps, SCENARIOS } from '../case-tracker/case-tracker.fixtures';
import type { CaseDeskClient } from './case-desk.state';

/** A complete report, as the server keeps it. */
export const FILED_REPORT: Report = {
  account: { kind: 'email', value: 'alice.chen@example.com' },
  contact: { email: 'alice.backup@example.org', phone: '+8613800138000', language: 'zh-CN' },
  discoveredAt: '2026-11-01T07:40:00+08:00',
  suspectedStartAt: '2026-10-31T23:10:00+08:00',
  access: { canSignIn: false, passwordReset: 'failed' },
  activities: [
    {
      kind: 'transfer',
      asset: 'USDT',
      amount: '12500.25',
      destination: 'TXq7bLrW9fattackerAddr0000000000000',
      at: '2026-11-01T02:20:00+08:00',
    },
    {
      kind: 'transfer',
      asset: 'BTC',
      amount: '0.8',
      destination: 'bc1qattacker0000000000000000000000000000',
      txId: 'f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16',
      at: '2026-11-01T02:15:00+08:00',
    },
    {
      kind: 'profile_change',
      field: 'email',
      from: 'alice.chen@example.com',
      to: 'a1ice.chen@mail.example',
      at: '2026-11-01T01:58:00+08:00',
      fromNotice: true,
    },
    {
      kind: 'sign_in',
      at: '2026-11-01T01:52:00+08:00',
      ip: '203.0.113.7',
      place: 'Lagos',
      device: 'Windows 10 / Chrome',
    },
    {
      kind: 'other',
      description: 'A text message said my SIM card was changed.',
      at: '2026-10-31T23:10:00+08:00',
    },
  ],
  narrative: 'I received a SIM change notice, then could not sign in.\n0.8 BTC was withdrawn.',
  attachments: [
    { name: 'withdrawal-record.pdf', mediaType: 'application/pdf', size: 48213, sha256: '9f'.repeat(32) },
  ],
  channel: 'web_form',
  consent: true,
};

/** The four cases of the desk's stories and tests. */
export const DESK_CASES: { chain: ReturnType<typeof runSteps>; priority: DeskPriority }[] = [
  { chain: runSteps(SCENARIOS.in_progress), priority: 'critical' },
  { chain: runSteps(SCENARIOS.submitted), priority: 'high' },
  { chain: runSteps(SCENARIOS.action_needed_info), priority: 'elevated' },
  { chain: runSteps(SCENARIOS.claim_filed), priority: 'critical' },
];

/** A promise that never settles: an answer still on its way. */
export const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/** The API's refusal with a problem code and status. */
export const problem = (code: string, status: number): RecourseApiError =>
  new RecourseApiError({ type: `urn:recourse:problem:${code}`, title: code, status, code } as never);

/** How a fake desk client misbehaves. */
export interface DeskTwists {
  /** The report every case shows (default {@link FILED_REPORT}). */
  report?: Report;
  /** Replaces the queue call. */
  listDeskCases?: (filter: DeskCasesFilter) => Promise<never>;
  /** Replaces the case call. */
  getDeskCase?: () => Promise<never>;
  /** Replaces the command call. */
  sendDeskCommand?: () => Promise<never>;
  /** Changes a case as served (e.g. a tampered timeline). */
  edit?: (view: DeskCaseView) => DeskCaseView;
}

/**
 * A fake desk over cases walked through the real workflow (core's `apply`), with the report as
 * filed and any twist.
 */
export function fakeDesk(cases: Parameters<typeof fakeDeskClient>[0] = DESK_CASES, twists: DeskTwists = {}) {
  const fake = fakeDeskClient(cases);
  const served = (view: DeskCaseView): DeskCaseView => {
    const withReport = { ...view, report: twists.report ?? FILED_REPORT };
    return twists.edit ? twists.edit(withReport) : withReport;
  };
  const client: CaseDeskClient = {
    ...fake.client,
    listDeskCases: (key, filter) =>
      twists.listDeskCases ? twists.listDeskCases(filter ?? {}) : fake.client.listDeskCases(key, filter),
    getDeskCase: async (id, key) =>
      twists.getDeskCase ? twists.getDeskCase() : served(await fake.client.getDeskCase(id, key)),
    sendDeskCommand: async (id, key, command, options) => {
      if (twists.sendDeskCommand) return twists.sendDeskCommand();
      const result = await fake.client.sendDeskCommand(id, key, command, options);
      return { ...result, case: served(result.case) };
    },
  };
  return { ...fake, client };
}
