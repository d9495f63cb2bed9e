/**
 * Seeds the demo: the agent key (printed once by the caller), and a few cases in different
 * states, filed and moved through the real API (in process), so every chain is genuine.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseCreated, ReportInput } from '@recourse/core';
import { createRecourseServer } from '../app';
import { sha256hex } from '../crypto';
import type { Logger, RecourseHooks } from '../options';
import type { Store } from '../store/types';
import { createDemoActions, type DemoPlatformActions } from './demo-actions';
import { createDemoHooks, type DemoAgents } from './hooks';
import { DEMO_CONFIG } from './platform';

/** A seeded case with its access token (the demo prints it; a real platform never could). */
export interface SeededCase {
  id: string;
  number: string;
  accessToken: string;
  label: string;
}

/** What {@link seedDemo} returns. */
export interface DemoSeed {
  config: typeof DEMO_CONFIG;
  hooks: RecourseHooks;
  /** The agent key, only when it was created now (print it once; only its hash is kept). */
  agentKey: string | null;
  /** Cases created now (empty when the database already had cases). */
  cases: SeededCase[];
  /**
   * Lantern's platform actions, in memory: pass them as `actions`, and `actions.lockedBy` to
   * `createDemoAuth`, so a lock keeps the account from signing in.
   */
  actions: DemoPlatformActions;
}

const silent: Logger = { info() {}, warn() {}, error() {} };

/** Options of {@link seedDemo}. */
export interface SeedOptions {
  /** Folder of the demo's state file (`agents.json`); default: in memory only. */
  stateDir?: string;
  /** Clock. */
  now?: () => Date;
}

function loadOrCreateAgents(stateDir: string | undefined): { agents: DemoAgents; agentKey: string | null } {
  const file = stateDir ? join(stateDir, 'agents.json') : null;
  if (file && existsSync(file))
    return { agents: JSON.parse(readFileSync(file, 'utf8')) as DemoAgents, agentKey: null };
  const agentKey = `lwk_${randomBytes(32).toString('base64url')}`;
  const agents: DemoAgents = { agents: [{ id: 'agent-demo', keySha256: sha256hex(agentKey) }] };
  if (file && stateDir) {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(agents, null, 2)}\n`, { mode: 0o600 });
  }
  return { agents, agentKey };
}

/**
 * Prepares the demo platform and, if the database has no case yet, files three demo reports.
 * @param store - the store the demo server uses
 * @param options - where to keep the agent key hash; the clock
 */
export async function seedDemo(store: Store, options: SeedOptions = {}): Promise<DemoSeed> {
  const now = options.now ?? (() => new Date());
  const { agents, agentKey } = loadOrCreateAgents(options.stateDir);
  const hooks = createDemoHooks(agents);
  const result: DemoSeed = { config: DEMO_CONFIG, hooks, agentKey, cases: [], actions: createDemoActions() };
  if ((await store.listCases({ limit: 1 })).items.length > 0) return result;

  // A throwaway agent key for seeding only.
  const seedKey = randomBytes(32).toString('base64url');
  const server = createRecourseServer({
    store,
    config: DEMO_CONFIG,
    hooks: { lookupAccount: hooks.lookupAccount },
    agentKeys: [{ id: 'agent-seed', key: seedKey }],
    createCaseMinMs: 0,
    logger: silent,
    now,
  });
  const call = async (method: string, path: string, body: unknown, auth?: string) => {
    const res = await server.fetch(
      new Request(`http://demo.invalid${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': randomBytes(16).toString('base64url'),
          ...(auth ? { Authorization: `Bearer ${auth}` } : {}),
        },
        body: JSON.stringify(body),
      }),
    );
    if (!res.ok) throw new Error(`demo seed: ${method} ${path} answered ${res.status}`);
    return res.json() as Promise<unknown>;
  };
  const hoursAgo = (h: number) => new Date(now().getTime() - h * 3_600_000).toISOString();
  const reports: { label: string; report: ReportInput; agent: { type: string; payload?: unknown }[] }[] = [
    {
      label: 'Mei Lin: money moved, frozen, waiting on the reporter',
      report: {
        account: { kind: 'email', value: 'mei.lin@example.com' },
        contact: { email: 'mei.safe.inbox@example.net', language: 'en' },
        discoveredAt: hoursAgo(5),
        suspectedStartAt: hoursAgo(9),
        access: { canSignIn: false, passwordReset: 'failed' },
        activities: [
          { kind: 'profile_change', field: 'email', at: hoursAgo(8) },
          {
            kind: 'transfer',
            asset: 'USDT',
            amount: '1250.00',
            destination: 'TQexampleexampleexampleexample0001',
            at: hoursAgo(7),
          },
        ],
        narrative: 'My email was changed overnight and 1250 USDT left the wallet.',
        attachments: [],
        channel: 'web_form',
        consent: true,
      },
      agent: [
        { type: 'start_review' },
        { type: 'confirm_compromise' },
        { type: 'freeze' },
        { type: 'add_note', payload: { text: 'Withdrawal to a fresh address; login from a new device.' } },
        {
          type: 'request_info',
          payload: {
            requestId: 'req-1',
            prompt:
              'Please send a screenshot of the withdrawal you did not make, and the date you last signed in yourself. 请发送您未进行的那笔提现的截图，以及您最后一次自己登录的日期。',
          },
        },
      ],
    },
    {
      label: '王芳: profile changed, in review',
      report: {
        account: { kind: 'username', value: 'wangfang88' },
        contact: { phone: '+86 138 0000 0099', language: 'zh-CN' },
        discoveredAt: hoursAgo(2),
        access: { canSignIn: false, passwordReset: 'not_tried' },
        activities: [{ kind: 'profile_change', field: 'phone', at: hoursAgo(3) }],
        narrative: '手机号被改了，收不到验证码。',
        attachments: [],
        channel: 'hotline',
        consent: true,
      },
      agent: [{ type: 'start_review' }],
    },
    {
      label: 'an account the platform does not know: submitted',
      report: {
        account: { kind: 'email', value: 'nobody.here@example.net' },
        contact: { email: 'nobody.reply@example.net', language: 'en' },
        discoveredAt: hoursAgo(1),
        access: { canSignIn: true, passwordReset: 'worked' },
        activities: [{ kind: 'sign_in', at: hoursAgo(1), place: 'Unknown city' }],
        narrative: 'A sign-in I do not recognise.',
        attachments: [],
        channel: 'web_form',
        consent: true,
      },
      agent: [],
    },
  ];
  try {
    for (const { label, report, agent } of reports) {
      const created = (await call('POST', '/v1/cases', report)) as CaseCreated;
      for (const command of agent)
        await call('POST', `/v1/desk/cases/${created.case.id}/commands`, command, seedKey);
      result.cases.push({
        id: created.case.id,
        number: created.case.number,
        accessToken: created.accessToken,
        label,
      });
    }
  } finally {
    server.close();
  }
  return result;
}
