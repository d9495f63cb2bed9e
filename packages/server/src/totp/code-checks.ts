/**
 * The second factor's checks, HTTP-free: a code (TOTP or backup) admitted, counted and checked
 * against the factor's rows; the problem that says why not; step-up freshness; change notices
 * (to the outbox in the change's transaction, or to a custom `notify` after commit).
 * @module
 */
import {
  decryptSecret,
  generateBackupCodes,
  hashBackupCode,
  nextAllowedAt,
  normalizeBackupCode,
  normalizeTotpCode,
  type RandomBytes,
  type ScryptCost,
  throttleState,
  verifyBackupCode,
  verifyTotp,
} from '@recourse/core/totp';
import { sha256hex } from '../crypto';
import { ProblemError } from '../http';
import type { Logger } from '../options';
import type { FactorKind, FactorState, TotpRecord, TotpStore } from '../store/totp-store';
import type { OutboxMessage } from '../store/types';
import type { CodeFactor, FactorThrottle, TotpChange, TotpNotification, TotpUser } from './types';

/** What the checks need: the rows, the secret key, the clock, the policy and the notices' sink. */
export interface CodeCheckSettings {
  factors: TotpStore;
  /** The parsed AES-256 key of the secrets at rest. */
  key: Uint8Array;
  now: () => Date;
  /** How recent a verification counts as a fresh second factor. */
  stepUpMs: number;
  backupCodeCost: ScryptCost;
  random?: RandomBytes;
  notify?: (notice: TotpNotification) => Promise<void> | void;
  logger?: Logger;
  /** Notices ask for a lock link on the user's account (minted when sent). */
  lockLinks?: boolean;
}

/** The outcome of a code check. */
export type Checked = { ok: true; method: CodeFactor } | { ok: false; problem: ProblemError };

/** The context a user's secret is encrypted under (binds the ciphertext to the user). */
export const secretContext = (userId: string): string => `totp:${userId}`;

/**
 * The checks over one configuration. Each returns the problem to answer (or throws it, for
 * step-up) rather than a response: the routes decide how to answer.
 */
export function createCodeChecks(settings: CodeCheckSettings) {
  const { factors, key, now, stepUpMs, random } = settings;
  const cost = settings.backupCodeCost;

  const notices = (
    user: TotpUser,
    change: TotpChange,
    at: Date,
    extra: Record<string, unknown> = {},
  ): OutboxMessage[] => {
    const data: Record<string, unknown> = { change, at: at.toISOString(), ...extra };
    if (settings.lockLinks) data.lockFor = { accountRef: { kind: 'user_id', value: user.userId } };
    const messages: OutboxMessage[] = [];
    for (const contact of user.contacts) {
      if (contact.email)
        messages.push({
          channel: 'email',
          recipient: contact.email,
          template: `totp_${change}`,
          data: contact.language ? { ...data, language: contact.language } : data,
        });
      if (contact.phone)
        messages.push({ channel: 'sms', recipient: contact.phone, template: `totp_${change}`, data });
    }
    return messages;
  };
  /** Outbox rows for the transaction, or none when a custom `notify` sends after commit. */
  const outboxFor = (user: TotpUser, change: TotpChange, at: Date) =>
    settings.notify ? [] : notices(user, change, at);
  const afterCommit = async (
    user: TotpUser,
    change: TotpChange,
    at: Date,
    extra: Record<string, unknown> = {},
  ) => {
    if (!settings.notify) return;
    try {
      await settings.notify({
        userId: user.userId,
        change,
        at: at.toISOString(),
        messages: notices(user, change, at, extra),
      });
    } catch (err) {
      settings.logger?.error({ msg: 'notify_failed', error: err instanceof Error ? err.name : 'Error' });
    }
  };

  const sessionHash = (u: TotpUser) => (u.sessionId ? sha256hex(`recourse-session\n${u.sessionId}`) : null);

  /** Why an attempt was not admitted: re-read the row. */
  async function refusal(u: TotpUser, kind: FactorKind, state: FactorState, at: Date): Promise<ProblemError> {
    const row = await factors.get(u.userId);
    const factor: CodeFactor = kind === 'totp' ? 'totp' : 'backup_code';
    if (!row) return new ProblemError(state === 'pending' ? 'totp_enrollment_missing' : 'totp_not_enabled');
    if (row.state !== state)
      return new ProblemError(row.state === 'enabled' ? 'totp_already_enabled' : 'totp_not_enabled');
    if (state === 'pending' && row.expiresAt && row.expiresAt <= at)
      return new ProblemError('totp_enrollment_expired');
    const counters = row[kind];
    const decision = nextAllowedAt({
      failures: counters.failures,
      lastFailureAt: counters.lastFailureAt,
      now: () => at,
    });
    if (decision.locked) return new ProblemError('totp_locked', { factor, attemptsLeft: 0 });
    return new ProblemError('totp_throttled', {
      factor,
      attemptsLeft: 0,
      retryAfter: Math.max(1, decision.retryAfterSeconds ?? 1),
    });
  }

  /** The answer to a failed (already counted) attempt; locks the factor at the limit. */
  async function failure(
    u: TotpUser,
    kind: FactorKind,
    failures: number,
    at: Date,
    code: 'totp_code_invalid' | 'totp_code_used',
  ): Promise<ProblemError> {
    const factor: CodeFactor = kind === 'totp' ? 'totp' : 'backup_code';
    const state = throttleState(failures);
    if (state.locked) {
      const change: TotpChange = kind === 'totp' ? 'locked' : 'backup_codes_locked';
      if (await factors.markLocked(u.userId, kind, at, outboxFor(u, change, at)))
        await afterCommit(u, change, at);
      return new ProblemError('totp_locked', { factor, attemptsLeft: 0 });
    }
    const retryAfter = state.retryAfterSeconds ?? 0;
    return new ProblemError(code, {
      factor,
      attemptsLeft: state.attemptsLeftBeforeDelay,
      ...(retryAfter > 0 ? { retryAfter } : {}),
    });
  }

  /**
   * Checks a code (TOTP; on an enabled factor also a backup code): admission and counting, then
   * the code, then the compare-and-set `accept` (for TOTP) or the backup-code consumption.
   */
  async function check(
    u: TotpUser,
    rawCode: string,
    state: FactorState,
    accept: (step: number, at: Date) => Promise<boolean>,
  ): Promise<Checked> {
    const at = now();
    const totpCode = normalizeTotpCode(rawCode);
    const backupCode = state === 'enabled' && totpCode === null ? normalizeBackupCode(rawCode) : null;
    if (totpCode === null && backupCode === null)
      return { ok: false, problem: new ProblemError('validation_failed') };
    const kind: FactorKind = totpCode !== null ? 'totp' : 'backup';
    const admitted = await factors.chargeAttempt(u.userId, kind, state, at);
    if (!admitted) return { ok: false, problem: await refusal(u, kind, state, at) };

    if (kind === 'totp') {
      const secret = decryptSecret(admitted.secretBox, key, { context: secretContext(u.userId) });
      const result = await verifyTotp({
        secret,
        code: totpCode!,
        now: () => at,
        lastAcceptedStep: admitted.lastStep,
      });
      if (result.ok) {
        if (await accept(result.step, at)) return { ok: true, method: 'totp' };
        return { ok: false, problem: await failure(u, kind, admitted.failures, at, 'totp_code_used') };
      }
      const code = result.reason === 'replayed' ? 'totp_code_used' : 'totp_code_invalid';
      return { ok: false, problem: await failure(u, kind, admitted.failures, at, code) };
    }

    // Used codes of the current set are checked too (after the unused ones): a reused code
    // answers `totp_code_used`, not `totp_code_invalid`; it is counted as a failure either way.
    const codes = await factors.backupCodes(u.userId);
    const index = await verifyBackupCode(
      backupCode!,
      codes.map((x) => x.hash),
    );
    if (index >= 0) {
      const match = codes[index]!;
      if (
        !match.used &&
        (await factors.consumeBackupCode(u.userId, match.id, at, { session: sessionHash(u) }))
      ) {
        return { ok: true, method: 'backup_code' };
      }
      return { ok: false, problem: await failure(u, kind, admitted.failures, at, 'totp_code_used') };
    }
    return { ok: false, problem: await failure(u, kind, admitted.failures, at, 'totp_code_invalid') };
  }

  const acceptVerified = (u: TotpUser) => (step: number, at: Date) =>
    factors.acceptStep(u.userId, step, at, { session: sessionHash(u) });

  async function newBackupCodes(): Promise<{ codes: string[]; hashes: string[] }> {
    const codes = generateBackupCodes(random ? { random } : {});
    const hashes = await Promise.all(
      codes.map((code) => hashBackupCode(code, { cost, ...(random ? { random } : {}) })),
    );
    return { codes, hashes };
  }

  /** Step-up: a verification in this session within `stepUpSeconds`, or a code in the request. */
  async function requireStepUp(u: TotpUser, row: TotpRecord, code: string | undefined): Promise<void> {
    if (code !== undefined) {
      const checked = await check(u, code, 'enabled', acceptVerified(u));
      if (!checked.ok) throw checked.problem;
      return;
    }
    const at = now().getTime();
    const session = sessionHash(u);
    const fresh =
      row.verifiedAt !== null &&
      row.verifiedAt.getTime() > at - stepUpMs &&
      (session === null || row.verifiedSession === session);
    if (!fresh) throw new ProblemError('step_up_required');
  }

  function throttleOf(row: TotpRecord, kind: FactorKind, at: Date): FactorThrottle {
    const c = row[kind];
    const d = nextAllowedAt({ failures: c.failures, lastFailureAt: c.lastFailureAt, now: () => at });
    return {
      attemptsLeft: d.attemptsLeftBeforeDelay,
      retryAfter: d.retryAfterSeconds ?? 0,
      locked: d.locked,
    };
  }

  return {
    outboxFor,
    afterCommit,
    notices,
    sessionHash,
    check,
    acceptVerified,
    newBackupCodes,
    requireStepUp,
    throttleOf,
  };
}
