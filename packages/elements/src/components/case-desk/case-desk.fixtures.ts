/**
 * Fixtures of `<recourse-case-desk>` for its tests and stories: a complete report as filed (it
 * passes core's validation; the test checks), and desk clients on cases walked through the real
 * workflow, with answers that never come, refusals and broken chains for the phases a designer
 * must see.
 * @module
 */
import {
  type Actor,
  type Command,
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

const SYSTEM: Actor = { role: 'system' };
const AGENT: Actor = { role: 'agent', id: 'agent-7' };
const sys = (type: Command['type'], payload: unknown) => [{ type, payload }, SYSTEM] as const;
const agent = (type: Command['type'], payload?: unknown) => [{ type, payload }, AGENT] as const;
/** 48 hours, the server's default recovery hold. */
export const HOLD_MS = 48 * 3_600_000;

/**
 * A case with every platform-action outcome, as the server chains them (ADR 0020): the freeze's
 * lock failed once (timeout) then done; after restore, the unlock done and the hold retrying
 * (platform error); a credential removal the platform refused; a sign-out still requested.
 */
export const ACTIONS_CHAIN = runSteps([
  ...SCENARIOS.in_review,
  agent('confirm_compromise'),
  agent('freeze'),
  sys('request_action', { actionId: 'act-lock', action: 'lock_account' }),
  sys('record_action_failure', {
    actionId: 'act-lock',
    action: 'lock_account',
    attempt: 1,
    reason: 'timeout',
  }),
  sys('record_action_success', { actionId: 'act-lock', action: 'lock_account', attempt: 2 }),
  agent('start_investigation'),
  agent('request_verification', { method: 'video_call' }),
  agent('record_verification', { outcome: 'passed', method: 'video_call' }),
  agent('restore'),
  sys('request_action', { actionId: 'act-unlock', action: 'unlock_account' }),
  sys('request_action', { actionId: 'act-hold', action: 'hold_risky_actions', holdMs: HOLD_MS }),
  sys('record_action_success', { actionId: 'act-unlock', action: 'unlock_account', attempt: 1 }),
  sys('record_action_failure', {
    actionId: 'act-hold',
    action: 'hold_risky_actions',
    attempt: 1,
    reason: 'platform_error',
  }),
  sys('request_action', { actionId: 'act-key', action: 'revoke_credential', credentialId: 'api-key-2' }),
  sys('record_action_failure', {
    actionId: 'act-key',
    action: 'revoke_credential',
    attempt: 1,
    reason: 'refused',
  }),
  sys('request_action', { actionId: 'act-out', action: 'sign_out_everywhere' }),
]);

/** A case the owner opened with a lock link: the lock is its first action, done at once. */
export const LINK_LOCK_CHAIN = runSteps([
  ...SCENARIOS.submitted,
  sys('request_action', { actionId: 'act-link', action: 'lock_account', origin: 'link' }),
  sys('record_action_success', { actionId: 'act-link', action: 'lock_account', attempt: 1 }),
]);

/** A session lock the platform never confirmed: one failed attempt, then the worker gave up. */
export const GIVEN_UP_CHAIN = runSteps([
  ...SCENARIOS.submitted,
  sys('request_action', { actionId: 'act-gone', action: 'lock_account', origin: 'session' }),
  sys('record_action_failure', {
    actionId: 'act-gone',
    action: 'lock_account',
    attempt: 1,
    reason: 'platform_error',
  }),
  sys('record_action_failure', {
    actionId: 'act-gone',
    action: 'lock_account',
    attempt: 1,
    reason: 'given_up',
  }),
]);

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
