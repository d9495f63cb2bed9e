/**
 * Test and story fixtures for the tracker and the desk (not exported from the package): cases
 * walked through the real workflow (`decide`, chained as the server chains them), the views each
 * side gets, and in-memory clients that apply commands through the same workflow and push live
 * entries. Not a server: browser end-to-end tests against `packages/server` are separate.
 * @internal
 * @module
 */
import {
  type Actor,
  AGENT_COMMANDS,
  type AgentCommandType,
  type AttachmentMeta,
  allowedCommands,
  type ChainedEvent,
  type Command,
  type Containment,
  type Credential,
  chainEvents,
  customerStatus,
  DEFAULT_DEADLINE_POLICY,
  type DeskCaseSummary,
  type DeskCasesFilter,
  type DeskCaseView,
  type DeskPriority,
  deadlinesFor,
  decide,
  FILE_SIGNATURES,
  nextSteps,
  type PlatformConfig,
  REPORTER_COMMANDS,
  RecourseApiError,
  type ReporterCaseView,
  type ReporterCommandType,
  redactForReporter,
  replay,
  type SubscriptionStatus,
} from '@recourse/core';
import type { CaseDeskClient } from '../case-desk/case-desk';
import type { CaseTrackerClient } from './case-tracker';

export const REPORTER: Actor = { role: 'reporter' };
export const AGENT: Actor = { role: 'agent', id: 'agent-7' };
export const CASE_ID = 'case-7K3P9M2X';
export const NUMBER = 'RC-7K3P-9M2X';
export const START = Date.UTC(2026, 10, 1, 8);

type Step = readonly [Command, Actor];
const a = (type: Command['type'], payload?: unknown): Step => [{ type, payload }, AGENT];
const r = (type: Command['type'], payload?: unknown): Step => [{ type, payload }, REPORTER];

const SUBMIT: Step[] = [r('submit', {})];
const REVIEW: Step[] = [...SUBMIT, a('start_review')];
const FROZEN: Step[] = [...REVIEW, a('confirm_compromise'), a('freeze')];
const INVESTIGATING: Step[] = [
  ...FROZEN,
  a('add_note', { text: 'INTERNAL: sign-in from a new device right after a SIM change.' }),
  a('start_investigation'),
  a('record_cause', { cause: 'sim_swap' }),
];
const INFO: Step[] = [
  ...INVESTIGATING,
  a('request_info', { requestId: 'req-1', prompt: 'Please send the withdrawal record from the exchange.' }),
];
const ANSWERED: Step[] = [
  ...INFO,
  r('answer_request', { requestId: 'req-1', text: 'Attached: withdrawal record, 0.8 BTC on 1 November.' }),
];
const VERIFY: Step[] = [...ANSWERED, a('request_verification', { method: 'video_call' })];
const RESTORED: Step[] = [
  ...VERIFY,
  a('record_verification', { outcome: 'passed', method: 'video_call' }),
  a('restore'),
  a('send_message', { text: 'Your account is back. Please check it and confirm.' }),
];
const CONFIRMATION: Step[] = [...RESTORED, a('request_confirmation')];
const CHECKLIST = {
  notice_received: true,
  profile_ok: true,
  email_phone_ok: true,
  transactions_ok: true,
  login_history_ok: true,
};
const CONFIRMED: Step[] = [...CONFIRMATION, r('confirm_recovery', { checklist: CHECKLIST })];
const TX = [
  { txId: 'tx-1', asset: 'BTC', amount: '0.8', at: '2026-11-01T07:10:00Z' },
  { asset: 'USDT', amount: '1500', at: '2026-11-01T07:20:00Z' },
];

/** One scenario per state a designer must see. */
export const SCENARIOS = {
  submitted: SUBMIT,
  in_review: REVIEW,
  in_progress: INVESTIGATING,
  action_needed_info: INFO,
  action_needed_verification: VERIFY,
  restored: RESTORED,
  action_needed_confirmation: CONFIRMATION,
  resolved: CONFIRMED,
  ruled_out: [...REVIEW, a('rule_out', { reason: 'not_compromised' })],
  closed: [...CONFIRMED, a('close', { resolution: 'restored' })],
  claim_filed: [...ANSWERED, r('file_claim', { transactions: TX })],
  claim_partly_approved: [
    ...ANSWERED,
    r('file_claim', { transactions: TX }),
    a('review_claim'),
    a('decide_claim', {
      decision: 'partly_approved',
      reason: 'usdt_recovered_by_freeze',
      approved: [{ asset: 'BTC', amount: '0.8' }],
    }),
  ],
  complaint_filed: [...INVESTIGATING, r('file_complaint', { text: 'Nobody answered me for three days.' })],
  complaint_answered: [
    ...INVESTIGATING,
    r('file_complaint', { text: 'Nobody answered me for three days.' }),
    a('answer_complaint', { text: 'We are sorry for the delay; an agent now handles your case.' }),
  ],
} as const satisfies Record<string, readonly Step[]>;
export type ScenarioName = keyof typeof SCENARIOS;

/** Runs steps through `decide`, one hour apart, and chains the events. */
export function runSteps(steps: readonly Step[], start = START): ChainedEvent[] {
  let chain: ChainedEvent[] = [];
  let t = start;
  for (const step of steps) {
    t += 3_600_000;
    chain = apply(chain, step, new Date(t));
  }
  return chain;
}

/** Applies one command to a chain; throws on refusal. */
export function apply(chain: ChainedEvent[], [command, actor]: Step, now: Date): ChainedEvent[] {
  const decision = decide(replay(chain), command, actor, { now });
  if (!decision.ok) throw new Error(`${command.type}: ${decision.refusal.code}`);
  return [...chain, ...chainEvents(chain.at(-1) ?? null, decision.events)];
}

/** A moment two hours after the chain's last event. */
export const nowAfter = (chain: readonly ChainedEvent[]) =>
  new Date(Date.parse(chain.at(-1)!.at) + 2 * 3_600_000);

function common(chain: readonly ChainedEvent[], now: Date) {
  const s = replay(chain);
  const prompt = chain.filter((e) => e.type === 'info_requested').at(-1)?.data.prompt;
  return {
    snapshot: s,
    fields: {
      id: CASE_ID,
      number: NUMBER,
      createdAt: chain[0]!.at,
      updatedAt: chain.at(-1)!.at,
      status: customerStatus(s)!,
      state: s.main as ReporterCaseView['state'],
      info: s.info,
      claim: s.claim,
      complaint: s.complaint,
      pendingRequest: s.openRequestId ? { requestId: s.openRequestId, prompt: String(prompt ?? '') } : null,
      deadlines: deadlinesFor(s, DEFAULT_DEADLINE_POLICY, now),
      head: { seq: chain.at(-1)!.seq, hash: chain.at(-1)!.hash },
    },
  };
}

/** The reporter's view of a chain, with the case's attachments (none by default). */
export function reporterView(
  chain: readonly ChainedEvent[],
  now = nowAfter(chain),
  attachments: readonly AttachmentMeta[] = [],
): ReporterCaseView {
  const { snapshot, fields } = common(chain, now);
  return {
    ...fields,
    nextSteps: nextSteps(snapshot, 'reporter', { now }),
    allowedCommands: allowedCommands(snapshot, 'reporter', { now }).filter((c): c is ReporterCommandType =>
      (REPORTER_COMMANDS as readonly string[]).includes(c),
    ),
    attachments: [...attachments],
  };
}

export const SAMPLE_REPORT = {
  account: { kind: 'username', value: 'alice.chen' },
  discoveredAt: '2026-11-01T07:40:00+08:00',
  narrative: 'I received a SIM change notice, then could not sign in. 0.8 BTC was withdrawn.',
};

/** The desk's view of a chain. */
export function deskView(
  chain: readonly ChainedEvent[],
  now = nowAfter(chain),
  priority: DeskPriority = 'critical',
  accountOnRecord = true,
): DeskCaseView {
  const { snapshot, fields } = common(chain, now);
  const running = fields.deadlines
    .filter((d) => d.metAt === null)
    .map((d) => d.due)
    .sort();
  return {
    ...fields,
    priority,
    waitingOnReporter: nextSteps(snapshot, 'agent', { now }).includes('wait_for_reporter'),
    nextDeadline: running[0] ?? null,
    nextSteps: nextSteps(snapshot, 'agent', { now }),
    allowedCommands: allowedCommands(snapshot, 'agent', { now }).filter((c): c is AgentCommandType =>
      (AGENT_COMMANDS as readonly string[]).includes(c),
    ),
    accountOnRecord,
    report: SAMPLE_REPORT as unknown as DeskCaseView['report'],
    attachments: [
      {
        id: 'att-1',
        name: 'withdrawal-record.pdf',
        mediaType: 'application/pdf',
        size: 48213,
        sha256: '9f'.repeat(32),
        createdAt: chain[0]!.at,
      },
    ],
    entries: [...chain],
  };
}

/** A platform configuration with outside bodies. */
export const CONFIG = {
  platform: { id: 'demo', name: 'Lantern Wallet' },
  languages: ['en', 'zh-CN'],
  contacts: {},
  passwordResetUrl: 'https://wallet.example.com/account/reset',
  deadlinePolicy: 'platform_sla',
  attachments: {
    maxFileBytes: 10 * 1024 * 1024,
    maxFiles: 10,
    maxCaseBytes: 50 * 1024 * 1024,
    mediaTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'],
  },
  outsideBodies: [
    {
      id: 'cn-12315',
      kind: 'consumer_protection',
      name: { en: '12315 National Consumer Complaint Platform', 'zh-CN': '全国12315平台' },
      url: 'https://www.12315.cn/',
      region: 'CN',
    },
    { id: 'us-cfpb', kind: 'regulator', name: { en: 'Consumer Financial Protection Bureau' }, region: 'US' },
  ],
} as unknown as PlatformConfig;

/** A recorded command. */
export interface SentCommand {
  type: string;
  payload: unknown;
  idempotencyKey: string | undefined;
}

/** Credentials as a platform's `listCredentials` reports them (labels made safe to show). */
export const CREDENTIALS: Credential[] = [
  { id: 'sess_1', kind: 'session', label: 'iPhone 15 · Shanghai', addedAt: '2026-10-02T09:00:00Z' },
  { id: 'sess_2', kind: 'session', label: 'Windows 10 / Chrome · Lagos', addedAt: '2026-11-01T01:52:00Z' },
  { id: 'key_7', kind: 'api_key', label: 'trading-bot (read, withdraw)', addedAt: '2026-11-01T02:05:00Z' },
  { id: 'addr_3', kind: 'withdrawal_address', label: 'bc1q…0000 (added by the attacker?)' },
];

/** A case's containment after a lock from a lock link and a restore: lock lifted, hold in force. */
export function containmentAfterRestore(at: string, holdMs = 48 * 3_600_000): Containment {
  const plus = (ms: number) => new Date(Date.parse(at) + ms).toISOString();
  return {
    lock: { state: 'released', origin: 'link', since: plus(-5 * 3_600_000) },
    hold: { state: 'in_force', until: plus(holdMs) },
    actions: [
      {
        id: 'act_lock',
        action: 'lock_account',
        state: 'done',
        attempts: 1,
        requestedAt: plus(-5 * 3_600_000),
      },
      { id: 'act_unlock', action: 'unlock_account', state: 'done', attempts: 1, requestedAt: at },
      {
        id: 'act_hold',
        action: 'hold_risky_actions',
        state: 'requested',
        attempts: 1,
        reason: 'timeout',
        requestedAt: at,
      },
    ],
  };
}

/** A case whose lock (by the owner, signed in) is in force. */
export function containmentLocked(at: string): Containment {
  return {
    lock: { state: 'in_force', origin: 'session', since: at },
    actions: [{ id: 'act_lock', action: 'lock_account', state: 'done', attempts: 2, requestedAt: at }],
  };
}

/** A case whose desk lock failed for good: the platform kept failing until the retries stopped (`given_up`). */
export function containmentGivenUp(at: string): Containment {
  return {
    lock: { state: 'failed', origin: 'desk', since: at },
    actions: [
      {
        id: 'act_lock',
        action: 'lock_account',
        state: 'failed',
        attempts: 3,
        reason: 'given_up',
        requestedAt: at,
      },
    ],
  };
}

/** An in-memory reporter client on a chain; agents act through `agent()` and live entries are pushed. */
export function fakeTrackerClient(
  start: readonly ChainedEvent[],
  options: {
    fail?: 'network' | 'not_found';
    stream?: boolean;
    attachments?: AttachmentMeta[];
    /** The case's containment (the release and the review change it). */
    containment?: Containment;
    /** What `listCredentials` answers (default {@link CREDENTIALS}). */
    credentials?: Credential[];
    /** The cooling-off of a release (default 72 h). */
    coolingOffMs?: number;
  } = {},
) {
  let chain = [...start];
  let clock = Date.parse(chain.at(-1)!.at);
  const tick = () => {
    clock += 60_000;
    return new Date(clock);
  };
  const sent: SentCommand[] = [];
  let containment = options.containment;
  const calls: { call: string; body?: unknown; idempotencyKey?: string }[] = [];
  const view = () => {
    const v = reporterView(chain, new Date(clock), attachments);
    return containment ? { ...v, containment } : v;
  };
  const uploads: { name: string; sha256: string; key: string | undefined }[] = [];
  const attachments: AttachmentMeta[] = [...(options.attachments ?? [])];
  const listeners = new Set<{
    onEntry: (e: never) => void;
    after: number;
    status?: (s: SubscriptionStatus) => void;
  }>();
  const gate = () => {
    if (options.fail === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (options.fail === 'not_found')
      return Promise.reject(
        new RecourseApiError({
          type: 'urn:recourse:problem:not_found',
          title: 'not_found',
          status: 404,
          code: 'not_found',
        } as never),
      );
    return Promise.resolve();
  };
  const push = () => {
    const redacted = redactForReporter(chain);
    for (const l of listeners) {
      for (const e of redacted) {
        if (e.seq > l.after) {
          l.after = e.seq;
          l.onEntry(e as never);
        }
      }
    }
  };
  const client: CaseTrackerClient = {
    getConfig: async () => CONFIG,
    getCase: async () => {
      await gate();
      return view();
    },
    listEvents: async (_id, _token, after = 0) => {
      await gate();
      return {
        entries: redactForReporter(chain).filter((e) => e.seq > after),
        head: { seq: chain.at(-1)!.seq, hash: chain.at(-1)!.hash },
      };
    },
    sendCommand: async (_id, _token, command, opts) => {
      await gate();
      sent.push({ type: command.type, payload: command.payload, idempotencyKey: opts?.idempotencyKey });
      const before = chain.length;
      chain = apply(chain, [command as Command, REPORTER], tick());
      return { case: view(), entries: redactForReporter(chain.slice(before)) };
    },
    uploadAttachment: async (_id, _token, file, opts) => {
      uploads.push({ name: file.name, sha256: file.sha256, key: opts?.idempotencyKey });
      const meta: AttachmentMeta = {
        id: `att-${uploads.length}`,
        name: file.name,
        mediaType: file.mediaType,
        size: file.bytes.length,
        sha256: file.sha256,
        createdAt: new Date(clock).toISOString(),
      };
      attachments.push(meta);
      return meta;
    },
    requestLockRelease: async (_id, _token, opts) => {
      await gate();
      calls.push({ call: 'release', idempotencyKey: opts?.idempotencyKey });
      const now = new Date(clock).toISOString();
      const at = new Date(clock + (options.coolingOffMs ?? 72 * 3_600_000)).toISOString();
      containment = {
        ...(containment ?? { actions: [] }),
        release: { state: 'cooling_off', requestedAt: now, at },
      };
      return { case: view() };
    },
    listCredentials: async () => {
      await gate();
      calls.push({ call: 'list' });
      return { credentials: options.credentials ?? CREDENTIALS };
    },
    reviewCredentials: async (_id, _token, decisions, opts) => {
      await gate();
      calls.push({ call: 'review', body: decisions, idempotencyKey: opts?.idempotencyKey });
      const now = new Date(clock).toISOString();
      const removals = decisions
        .filter((d) => d.decision === 'remove')
        .map((d) => ({
          id: `act_${d.id}`,
          action: 'revoke_credential' as const,
          state: 'requested' as const,
          attempts: 0,
          credentialId: d.id,
          requestedAt: now,
        }));
      containment = { ...(containment ?? {}), actions: [...(containment?.actions ?? []), ...removals] };
      return { case: view() };
    },
    subscribe: (_id, _token, onEntry, opts = {}) => {
      const l = { onEntry: onEntry as never, after: opts.after ?? 0, status: opts.onStatus };
      listeners.add(l);
      if (options.stream !== false) queueMicrotask(() => opts.onStatus?.('live'));
      return () => listeners.delete(l);
    },
  };
  return {
    client,
    sent,
    calls,
    uploads,
    attachments,
    get chain() {
      return chain;
    },
    /** An agent (or anyone) acts; live subscribers get the new entries. */
    act(step: Step) {
      chain = apply(chain, step, tick());
      push();
    },
    /** The platform acted: the containment changes (a reload shows it). */
    contain(next: (c: Containment | undefined) => Containment) {
      containment = next(containment);
    },
    /** Reports a connection state to every subscriber. */
    status(s: SubscriptionStatus) {
      for (const l of listeners) l.status?.(s);
    },
  };
}

/** An in-memory desk client: a queue of cases with keyset paging and commands applied by the workflow. */
export function fakeDeskClient(
  cases: { chain: ChainedEvent[]; priority?: DeskPriority; accountOnRecord?: boolean }[],
) {
  const store = cases.map((c, i) => ({
    id: `case-${i + 1}`,
    number: `RC-${1000 + i}`,
    chain: [...c.chain],
    priority: c.priority ?? 'high',
    accountOnRecord: c.accountOnRecord ?? true,
  }));
  let clock = Math.max(...store.map((c) => Date.parse(c.chain.at(-1)!.at)));
  const sent: (SentCommand & { caseId: string })[] = [];
  const queries: DeskCasesFilter[] = [];
  const view = (c: (typeof store)[number]): DeskCaseView => ({
    ...deskView(c.chain, new Date(clock), c.priority, c.accountOnRecord),
    id: c.id,
    number: c.number,
  });
  const client: CaseDeskClient = {
    listDeskCases: async (_key, filter = {}) => {
      queries.push(filter);
      let rows = store.map(view);
      const before = filter.deadlineBefore;
      if (before) rows = rows.filter((x) => x.nextDeadline !== null && x.nextDeadline < before);
      if (filter.state) rows = rows.filter((x) => x.state === filter.state);
      if (filter.priority) rows = rows.filter((x) => x.priority === filter.priority);
      if (filter.waiting !== undefined) rows = rows.filter((x) => x.waitingOnReporter === filter.waiting);
      const start = filter.cursor ? Number(filter.cursor.slice(1)) : 0;
      const limit = filter.limit ?? 25;
      const items: DeskCaseSummary[] = rows.slice(start, start + limit).map((x) => ({
        id: x.id,
        number: x.number,
        createdAt: x.createdAt,
        updatedAt: x.updatedAt,
        status: x.status,
        state: x.state,
        info: x.info,
        claim: x.claim,
        complaint: x.complaint,
        priority: x.priority,
        waitingOnReporter: x.waitingOnReporter,
        nextDeadline: x.nextDeadline,
      }));
      return { items, nextCursor: start + limit < rows.length ? `c${start + limit}` : null };
    },
    getDeskCase: async (id) => {
      const c = store.find((x) => x.id === id);
      if (!c)
        throw new RecourseApiError({
          type: 'urn:recourse:problem:not_found',
          title: 'not_found',
          status: 404,
          code: 'not_found',
        } as never);
      return view(c);
    },
    sendDeskCommand: async (id, _key, command, opts) => {
      const c = store.find((x) => x.id === id)!;
      sent.push({
        caseId: id,
        type: command.type,
        payload: command.payload,
        idempotencyKey: opts?.idempotencyKey,
      });
      const before = c.chain.length;
      clock += 60_000;
      c.chain = apply(c.chain, [command as Command, AGENT], new Date(clock));
      return { case: view(c), entries: c.chain.slice(before) };
    },
    downloadDeskAttachment: async () => ({
      // The PDF signature from core (written only there), then the rest of a sample header.
      bytes: new Uint8Array([
        ...FILE_SIGNATURES['application/pdf'][0]!.bytes,
        ...new TextEncoder().encode('1.4 sample'),
      ]),
      mediaType: 'application/pdf',
      name: 'withdrawal-record.pdf',
    }),
  };
  return { client, sent, store, queries };
}
