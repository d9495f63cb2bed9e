/**
 * The second factor over HTTP: a Hono sub-app mounted at `/v1/2fa/totp`.
 *
 * | endpoint | answer |
 * |---|---|
 * | `POST /start` | `{ uri, key, expiresAt }`: the only time the secret leaves the server |
 * | `POST /confirm` `{ code }` | `{ backupCodes, enabledAt }`: the only time the codes leave the server |
 * | `POST /verify` `{ code }` | `{ verified: true, method, backupCodesLeft }` (TOTP or backup code) |
 * | `POST /backup-codes` `{ code? }` | `{ backupCodes }`; step-up required |
 * | `DELETE /` `{ code? }` | `{ state: 'disabled' }`; step-up required |
 * | `GET /status` | {@link TotpStatus} |
 *
 * Errors are RFC 9457 problems (`application/problem+json`, built by `problemResponse` like every
 * other answer of the server) with a stable `code` (`TotpProblemCode`); code failures carry `attemptsLeft`, delays `retryAfter` and the
 * `Retry-After` header. Every answer is `Cache-Control: no-store`; the server's middleware adds
 * the other standard headers.
 * @module
 */
import {
  BACKUP_CODE_SCRYPT,
  decryptSecret,
  encryptSecret,
  formatSecretForReading,
  generateBackupCodes,
  generateTotpSecret,
  hashBackupCode,
  nextAllowedAt,
  normalizeBackupCode,
  normalizeTotpCode,
  parseSecretKey,
  throttleState,
  totpUri,
  verifyBackupCode,
  verifyTotp,
} from '@recourse/core/totp';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sha256hex } from '../crypto';
import { isJsonContentType, jsonText, ProblemError, problemResponse } from '../http';
import { isUnavailable } from '../store/errors';
import type { FactorKind, FactorState, TotpRecord } from '../store/totp-store';
import type { OutboxMessage } from '../store/types';
import type {
  CodeFactor,
  FactorThrottle,
  TotpChange,
  TotpRoutesOptions,
  TotpStatus,
  TotpUser,
} from '../totp/types';

const BODY_LIMIT = 4096;

/** Reads an optional JSON object body `{ code? }`. */
async function readBody(c: Context): Promise<{ code?: string }> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  if (!isJsonContentType(c.req.header('content-type'))) throw new ProblemError('unsupported_media_type');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProblemError('validation_failed');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ProblemError('validation_failed');
  const { code } = value as { code?: unknown };
  if (code !== undefined && (typeof code !== 'string' || code.length > 64)) {
    throw new ProblemError('validation_failed');
  }
  return code === undefined ? {} : { code };
}

/**
 * The TOTP endpoints as a Hono app, to mount with `app.route('/v1/2fa/totp', createTotpRoutes(…))`.
 * Needs migration `002_totp.sql` applied on the store's database.
 */
export function createTotpRoutes(options: TotpRoutesOptions): Hono {
  const key = parseSecretKey(options.secretKey);
  const issuer = options.issuer;
  if (!issuer || issuer.includes(':'))
    throw new TypeError('createTotpRoutes: issuer must be non-empty, without ":"');
  const now = options.now ?? (() => new Date());
  const ttlMs = (options.enrollmentTtlSeconds ?? 600) * 1000;
  const stepUpMs = (options.stepUpSeconds ?? 300) * 1000;
  const cost = options.backupCodeCost ?? BACKUP_CODE_SCRYPT;
  const random = options.random;
  const factors = options.factors;
  const context = (userId: string) => `totp:${userId}`;

  const notices = (user: TotpUser, change: TotpChange, at: Date): OutboxMessage[] => {
    const data = { change, at: at.toISOString() };
    const messages: OutboxMessage[] = [];
    for (const contact of user.contacts) {
      if (contact.email)
        messages.push({ channel: 'email', recipient: contact.email, template: `totp_${change}`, data });
      if (contact.phone)
        messages.push({ channel: 'sms', recipient: contact.phone, template: `totp_${change}`, data });
    }
    return messages;
  };
  /** Outbox rows for the transaction, or none when a custom `notify` sends after commit. */
  const outboxFor = (user: TotpUser, change: TotpChange, at: Date) =>
    options.notify ? [] : notices(user, change, at);
  const afterCommit = async (user: TotpUser, change: TotpChange, at: Date) => {
    if (!options.notify) return;
    try {
      await options.notify({
        userId: user.userId,
        change,
        at: at.toISOString(),
        messages: notices(user, change, at),
      });
    } catch (err) {
      options.logger?.error({ msg: 'notify_failed', error: err instanceof Error ? err.name : 'Error' });
    }
  };

  async function user(c: Context): Promise<TotpUser> {
    const u = await options.authenticateUser(c.req.raw);
    if (!u || typeof u.userId !== 'string' || u.userId === '' || u.userId.length > 200) {
      throw new ProblemError('unauthorized');
    }
    return u;
  }

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

  type Checked = { ok: true; method: CodeFactor } | { ok: false; problem: ProblemError };

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
      const secret = decryptSecret(admitted.secretBox, key, { context: context(u.userId) });
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

    const codes = await factors.unusedBackupCodes(u.userId);
    const index = await verifyBackupCode(
      backupCode!,
      codes.map((x) => x.hash),
    );
    if (index >= 0) {
      if (await factors.consumeBackupCode(u.userId, codes[index]!.id, at, { session: sessionHash(u) })) {
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

  const app = new Hono();

  app.use('*', bodyLimit({ maxSize: BODY_LIMIT, onError: () => problemResponse('payload_too_large') }));

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problemResponse(err.code, err.extras, err.headers);
    const unavailable = isUnavailable(err);
    options.logger?.error({
      msg: 'totp_failed',
      method: c.req.method,
      route: c.req.routePath,
      error: err instanceof Error ? err.name : 'Error',
      ...(unavailable ? { code: 'unavailable' } : {}),
    });
    return unavailable ? problemResponse('unavailable', { retryAfter: 5 }) : problemResponse('internal');
  });

  app.get('/status', async (c) => {
    const u = await user(c);
    const at = now();
    const row = await factors.get(u.userId);
    const idle: FactorThrottle = {
      attemptsLeft: throttleState(0).attemptsLeftBeforeDelay,
      retryAfter: 0,
      locked: false,
    };
    if (!row || (row.state === 'pending' && row.expiresAt !== null && row.expiresAt <= at)) {
      const status: TotpStatus = {
        state: 'disabled',
        enabledAt: null,
        expiresAt: null,
        backupCodesLeft: 0,
        stepUpUntil: null,
        totp: idle,
        backupCodes: idle,
      };
      return jsonText(JSON.stringify(status));
    }
    const session = sessionHash(u);
    const until =
      row.state === 'enabled' && row.verifiedAt && (session === null || row.verifiedSession === session)
        ? new Date(row.verifiedAt.getTime() + stepUpMs)
        : null;
    const status: TotpStatus = {
      state: row.state,
      enabledAt: row.enabledAt?.toISOString() ?? null,
      expiresAt: row.state === 'pending' ? (row.expiresAt?.toISOString() ?? null) : null,
      backupCodesLeft: row.state === 'enabled' ? await factors.countBackupCodes(u.userId) : 0,
      stepUpUntil: until && until > at ? until.toISOString() : null,
      totp: throttleOf(row, 'totp', at),
      backupCodes: row.state === 'enabled' ? throttleOf(row, 'backup', at) : idle,
    };
    return jsonText(JSON.stringify(status));
  });

  app.post('/start', async (c) => {
    const u = await user(c);
    await readBody(c);
    const at = now();
    const secret = generateTotpSecret(random ? { random } : {});
    const box = encryptSecret(secret, key, { context: context(u.userId), ...(random ? { random } : {}) });
    const expiresAt = new Date(at.getTime() + ttlMs);
    if (!(await factors.startEnrollment(u.userId, box, expiresAt, at)))
      return problemResponse('totp_already_enabled');
    const account = (u.accountName ?? u.userId).replace(/:/g, '_');
    return jsonText(
      JSON.stringify({
        uri: totpUri({ secret, issuer, account }),
        key: formatSecretForReading(secret),
        expiresAt: expiresAt.toISOString(),
      }),
    );
  });

  app.post('/confirm', async (c) => {
    const u = await user(c);
    const { code } = await readBody(c);
    if (code === undefined) return problemResponse('validation_failed');
    let issued: { codes: string[]; at: Date } | undefined;
    const checked = await check(u, code, 'pending', async (step, at) => {
      const { codes, hashes } = await newBackupCodes();
      const ok = await factors.confirmEnrollment(
        u.userId,
        step,
        at,
        { session: sessionHash(u) },
        hashes,
        outboxFor(u, 'enabled', at),
      );
      if (ok) issued = { codes, at };
      return ok;
    });
    if (!checked.ok) throw checked.problem;
    if (!issued) return problemResponse('internal');
    await afterCommit(u, 'enabled', issued.at);
    return jsonText(JSON.stringify({ backupCodes: issued.codes, enabledAt: issued.at.toISOString() }));
  });

  app.post('/verify', async (c) => {
    const u = await user(c);
    const { code } = await readBody(c);
    if (code === undefined) return problemResponse('validation_failed');
    const checked = await check(u, code, 'enabled', acceptVerified(u));
    if (!checked.ok) throw checked.problem;
    return jsonText(
      JSON.stringify({
        verified: true,
        method: checked.method,
        backupCodesLeft: await factors.countBackupCodes(u.userId),
      }),
    );
  });

  app.post('/backup-codes', async (c) => {
    const u = await user(c);
    const { code } = await readBody(c);
    const row = await factors.get(u.userId);
    if (row?.state !== 'enabled') return problemResponse('totp_not_enabled');
    await requireStepUp(u, row, code);
    const { codes, hashes } = await newBackupCodes();
    const at = now();
    if (
      !(await factors.replaceBackupCodes(u.userId, hashes, at, outboxFor(u, 'backup_codes_regenerated', at)))
    ) {
      return problemResponse('totp_not_enabled');
    }
    await afterCommit(u, 'backup_codes_regenerated', at);
    return jsonText(JSON.stringify({ backupCodes: codes }));
  });

  app.delete('/', async (c) => {
    const u = await user(c);
    const { code } = await readBody(c);
    const row = await factors.get(u.userId);
    if (row?.state !== 'enabled') return problemResponse('totp_not_enabled');
    await requireStepUp(u, row, code);
    const at = now();
    if (!(await factors.disable(u.userId, at, outboxFor(u, 'disabled', at))))
      return problemResponse('totp_not_enabled');
    await afterCommit(u, 'disabled', at);
    return jsonText(JSON.stringify({ state: 'disabled' }));
  });

  return app;
}
