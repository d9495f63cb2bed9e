/**
 * Lantern's platform actions for the demo, in memory: a lock that the demo sign-in honours, a
 * recovery hold, and a few made-up credentials per account that the owner can review. Every
 * hook is idempotent on its action id, as the contract asks. Not for production use.
 * @module
 */
import type { AccountCredential, PlatformActions } from '../actions/types';
import { DEMO_ACCOUNTS, type DemoAccount } from './platform';

/** The demo's platform actions and what they did. */
export interface DemoPlatformActions extends PlatformActions {
  /** The case number of the lock in force on the account, or null (the sign-in reads this). */
  lockedBy(accountKey: string): string | null;
  /** End of the recovery hold on the account, or null. */
  heldUntil(accountKey: string): Date | null;
  /** Every hook call, oldest first (`lockAccount acct_0001 RC-…`), for the console. */
  log(): readonly string[];
}

/** Made-up credentials of a demo account (labels as a platform would make them safe to show). */
function credentialsOf(account: DemoAccount): AccountCredential[] {
  const n = account.accountKey.slice(-4);
  return [
    {
      id: `sess_${n}_1`,
      kind: 'session',
      label: 'Chrome on Windows · Lagos',
      addedAt: '2026-11-30T23:12:00.000Z',
    },
    {
      id: `sess_${n}_2`,
      kind: 'session',
      label: 'Lantern app on iPhone · Shanghai',
      addedAt: '2026-06-02T08:00:00.000Z',
    },
    {
      id: `key_${n}_1`,
      kind: 'api_key',
      label: 'API key “trading-bot” (withdrawals on)',
      addedAt: '2026-12-01T00:40:00.000Z',
    },
    {
      id: `wd_${n}_1`,
      kind: 'withdrawal_address',
      label: 'BTC address bc1q…7h3k',
      addedAt: '2026-12-01T00:45:00.000Z',
    },
    {
      id: `2fa_${n}_1`,
      kind: 'second_factor',
      label: 'Authenticator app (added Dec 1)',
      addedAt: '2026-12-01T00:35:00.000Z',
    },
  ];
}

/** Creates the demo's in-memory platform actions over `accounts`. */
export function createDemoActions(accounts: readonly DemoAccount[] = DEMO_ACCOUNTS): DemoPlatformActions {
  const locks = new Map<string, string>();
  const holds = new Map<string, Date>();
  const credentials = new Map(accounts.map((a) => [a.accountKey, credentialsOf(a)]));
  const done = new Set<string>();
  const log: string[] = [];
  /** Runs `apply` once per action id. */
  const once = (actionId: string, line: string, apply: () => void) => {
    if (done.has(actionId)) return;
    done.add(actionId);
    apply();
    log.push(line);
  };
  return {
    lockAccount: ({ actionId, accountKey, caseNumber }) =>
      once(actionId, `lockAccount ${accountKey} ${caseNumber}`, () => locks.set(accountKey, caseNumber)),
    unlockAccount: ({ actionId, accountKey, caseNumber }) =>
      once(actionId, `unlockAccount ${accountKey} ${caseNumber}`, () => locks.delete(accountKey)),
    signOutEverywhere: ({ actionId, accountKey, caseNumber }) =>
      once(actionId, `signOutEverywhere ${accountKey} ${caseNumber}`, () => undefined),
    holdRiskyActions: ({ actionId, accountKey, caseNumber, until }) =>
      once(actionId, `holdRiskyActions ${accountKey} ${caseNumber} until ${until.toISOString()}`, () =>
        holds.set(accountKey, until),
      ),
    revokeCredential: ({ actionId, accountKey, caseNumber, credentialId }) =>
      once(actionId, `revokeCredential ${accountKey} ${caseNumber} ${credentialId}`, () =>
        credentials.set(
          accountKey,
          (credentials.get(accountKey) ?? []).filter((c) => c.id !== credentialId),
        ),
      ),
    listCredentials: ({ accountKey }) => [...(credentials.get(accountKey) ?? [])],
    lockedBy: (accountKey) => locks.get(accountKey) ?? null,
    heldUntil: (accountKey) => holds.get(accountKey) ?? null,
    log: () => [...log],
  };
}
