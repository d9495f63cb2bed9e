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
 * Errors are RFC 9457 problems (`application/problem+json`) with a stable `code` (see
 * {@link TotpProblemCode}); code failures carry `attemptsLeft`, delays `retryAfter` and the
 * `Retry-After` header. Every answer is `Cache-Control: no-store`.
 * @module
 */
import { createHash } from 'node:crypto';
import { PROBLEM_STATUS, type ProblemCode } from '@recourse/core';
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
  type RandomBytes,
  type ScryptCost,
  type SecretKey,
  throttleState,
  totpUri,
  verifyBackupCode,
  verifyTotp,
} from '@recourse/core/totp';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContactOnRecord, Logger } from '../options';
import type { Db } from '../store/db';
import { isUnavailable } from '../store/errors';
import { storeDb } from '../store/sql-store';
import type { OutboxMessage, Store } from '../store/types';
import { createTotpStore, type FactorKind, type FactorState, type TotpRecord } from '../store/totp-store';

/** The signed-in user, as the platform's `authenticateUser` hook reports it. */
export interface TotpUser {
  /** The platform's stable user id (at most 200 characters). */
  userId: string;
  /** Contact details ON RECORD: every change of the second factor is notified there. */
  contacts: ContactOnRecord[];
  /** Name shown in the authenticator app (default: `userId`). */
  accountName?: string;
  /**
   * Opaque id of the session. When given, step-up freshness is bound to it: a verification
   * in another session (the owner's phone) does not let this one disable the factor.
   */
  sessionId?: string;
}

/** What a change notice is about. */
export type TotpChange =
  | 'enabled'
  | 'backup_codes_regenerated'
  | 'disabled'
  | 'locked'
  | 'backup_codes_locked';

/** A change notice, for a custom `notify`. Never carries a secret or a code. */
export interface TotpNotification {
  userId: string;
  change: TotpChange;
  at: string;
  /** One message per contact on record (template `totp_<change>`). */
  messages: OutboxMessage[];
}

/** Options of {@link createTotpRoutes}. */
export interface TotpRoutesOptions {
  /** The store (its database holds the TOTP tables); or pass `db`. */
  store?: Store;
  /** The database, when no store is given. */
  db?: Db;
  /** The signed-in user of a request, or null (401). */
  authenticateUser: (request: Request) => Promise<TotpUser | null> | TotpUser | null;
  /** AES-256 key (32 bytes, or base64) encrypting secrets at rest; from configuration. */
  secretKey: SecretKey;
  /** Issuer shown in authenticator apps, e.g. `Lantern Wallet` (no `:`). */
  issuer: string;
  /** Server clock (tests inject one). Never a client's time. */
  now?: () => Date;
  /**
   * Sends a change notice. Default: the notices go to the store's outbox in the SAME transaction
   * as the change. When given, it is called after the commit instead.
   */
  notify?: (notice: TotpNotification) => Promise<void> | void;
  /** How long an enrollment may be confirmed (default 600 s). */
  enrollmentTtlSeconds?: number;
  /** How recent a verification counts as a fresh second factor (default 300 s). */
  stepUpSeconds?: number;
  /** scrypt cost of backup-code hashes (default core's; lower only in tests). */
  backupCodeCost?: ScryptCost;
  /** CSPRNG (tests only). */
  random?: RandomBytes;
  /** Logger for failures (never a code, a secret or a body). */
  logger?: Logger;
}

/** Problem codes of the TOTP endpoints (all in the contract's `PROBLEM_CODES`). */
export type TotpProblemCode = Extract<
  ProblemCode,
  | 'unauthorized'
  | 'validation_failed'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'totp_already_enabled'
  | 'totp_not_enabled'
  | 'totp_enrollment_missing'
  | 'totp_enrollment_expired'
  | 'totp_code_invalid'
  | 'totp_code_used'
  | 'totp_throttled'
  | 'totp_locked'
  | 'step_up_required'
  | 'unavailable'
  | 'internal'
>;

/** Statuses from the contract (`PROBLEM_STATUS` of @recourse/core), so the two cannot drift. */
const STATUS: Record<TotpProblemCode, number> = PROBLEM_STATUS;

/** Which factor a code was checked as. */
export type CodeFactor = 'totp' | 'backup_code';

/** Extra members of a TOTP problem. */
export interface TotpProblemExtras {
  /** Failures still allowed before a delay applies. */
  attemptsLeft?: number;
  /** Seconds until the next attempt (mirrors `Retry-After`). */
  retryAfter?: number;
  /** The factor the code was checked as. */
  factor?: CodeFactor;
}

/** `GET /status`. */
export interface TotpStatus {
  state: 'disabled' | 'pending' | 'enabled';
  enabledAt: string | null;
  /** End of a pending enrollment. */
  expiresAt: string | null;
  backupCodesLeft: number;
  /** A verification in this session is recent enough for step-up until then (or null). */
  stepUpUntil: string | null;
  totp: FactorThrottle;
  backupCodes: FactorThrottle;
}

/** Throttle state of one factor in `GET /status`. */
export interface FactorThrottle {
  attemptsLeft: number;
  retryAfter: number;
  locked: boolean;
}

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

function problem(code: TotpProblemCode, extras: TotpProblemExtras = {}): Response {
  const status = STATUS[code];
  const body: Record<string, unknown> = { type: `urn:recourse:problem:${code}`, title: code, status, code };
  for (const [k, v] of Object.entries(extras)) if (v !== undefined) body[k] = v;
  const headers: Record<string, string> = { ...BASE_HEADERS, 'Content-Type': 'application/problem+json' };
  if (extras.retryAfter !== undefined && extras.retryAfter > 0)
    headers['Retry-After'] = String(extras.retryAfter);
  return new Response(JSON.stringify(body), { status, headers });
}

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** Thrown inside handlers to answer with a prepared response. */
class Answer extends Error {
  constructor(readonly response: Response) {
    super('answer');
  }
}

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
const BODY_LIMIT = 4096;

/** Reads an optional JSON object body `{ code? }`. */
async function readBody(c: Context): Promise<{ code?: string }> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  if (!JSON_TYPE.test(c.req.header('content-type') ?? ''))
    throw new Answer(problem('unsupported_media_type'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Answer(problem('validation_failed'));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Answer(problem('validation_failed'));
  const { code } = value as { code?: unknown };
  if (code !== undefined && (typeof code !== 'string' || code.length > 64)) {
    throw new Answer(problem('validation_failed'));
  }
  return code === undefined ? {} : { code };
}

const sha256hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The TOTP endpoints as a Hono app, to mount with `app.route('/v1/2fa/totp', createTotpRoutes(…))`.
 * Needs migration `002_totp.sql` applied on the store's database.
 */
export function createTotpRoutes(options: TotpRoutesOptions): Hono {
  const db = options.db ?? (options.store ? storeDb(options.store) : undefined);
  if (!db)
    throw new TypeError(
      'createTotpRoutes: pass `db`, or a store made by createPgliteStore/createPostgresStore',
    );
  const key = parseSecretKey(options.secretKey);
  const issuer = options.issuer;
  if (!issuer || issuer.includes(':'))
    throw new TypeError('createTotpRoutes: issuer must be non-empty, without ":"');
  const now = options.now ?? (() => new Date());
  const ttlMs = (options.enrollmentTtlSeconds ?? 600) * 1000;
  const stepUpMs = (options.stepUpSeconds ?? 300) * 1000;
  const cost = options.backupCodeCost ?? BACKUP_CODE_SCRYPT;
  const random = options.random;
  const store = createTotpStore(db);
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
      throw new Answer(problem('unauthorized'));
    }
    return u;
  }

  const sessionHash = (u: TotpUser) => (u.sessionId ? sha256hex(`recourse-session\n${u.sessionId}`) : null);

  /** Why an attempt was not admitted: re-read the row. */
  async function refusal(u: TotpUser, kind: FactorKind, state: FactorState, at: Date): Promise<Response> {
    const row = await store.get(u.userId);
    const factor: CodeFactor = kind === 'totp' ? 'totp' : 'backup_code';
    if (!row) return problem(state === 'pending' ? 'totp_enrollment_missing' : 'totp_not_enabled');
    if (row.state !== state)
      return problem(row.state === 'enabled' ? 'totp_already_enabled' : 'totp_not_enabled');
    if (state === 'pending' && row.expiresAt && row.expiresAt <= at)
      return problem('totp_enrollment_expired');
    const counters = row[kind];
    const decision = nextAllowedAt({
      failures: counters.failures,
      lastFailureAt: counters.lastFailureAt,
      now: () => at,
    });
    if (decision.locked) return problem('totp_locked', { factor, attemptsLeft: 0 });
    return problem('totp_throttled', {
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
  ): Promise<Response> {
    const factor: CodeFactor = kind === 'totp' ? 'totp' : 'backup_code';
    const state = throttleState(failures);
    if (state.locked) {
      const change: TotpChange = kind === 'totp' ? 'locked' : 'backup_codes_locked';
      if (await store.markLocked(u.userId, kind, at, outboxFor(u, change, at)))
        await afterCommit(u, change, at);
      return problem('totp_locked', { factor, attemptsLeft: 0 });
    }
    const retryAfter = state.retryAfterSeconds ?? 0;
    return problem(code, {
      factor,
      attemptsLeft: state.attemptsLeftBeforeDelay,
      ...(retryAfter > 0 ? { retryAfter } : {}),
    });
  }

  type Checked = { ok: true; method: CodeFactor } | { ok: false; response: Response };

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
      return { ok: false, response: problem('validation_failed') };
    const kind: FactorKind = totpCode !== null ? 'totp' : 'backup';
    const admitted = await store.chargeAttempt(u.userId, kind, state, at);
    if (!admitted) return { ok: false, response: await refusal(u, kind, state, at) };

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
        return { ok: false, response: await failure(u, kind, admitted.failures, at, 'totp_code_used') };
      }
      const code = result.reason === 'replayed' ? 'totp_code_used' : 'totp_code_invalid';
      return { ok: false, response: await failure(u, kind, admitted.failures, at, code) };
    }

    const codes = await store.unusedBackupCodes(u.userId);
    const index = await verifyBackupCode(
      backupCode!,
      codes.map((x) => x.hash),
    );
    if (index >= 0) {
      if (await store.consumeBackupCode(u.userId, codes[index]!.id, at, { session: sessionHash(u) })) {
        return { ok: true, method: 'backup_code' };
      }
      return { ok: false, response: await failure(u, kind, admitted.failures, at, 'totp_code_used') };
    }
    return { ok: false, response: await failure(u, kind, admitted.failures, at, 'totp_code_invalid') };
  }

  const acceptVerified = (u: TotpUser) => (step: number, at: Date) =>
    store.acceptStep(u.userId, step, at, { session: sessionHash(u) });

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
      if (!checked.ok) throw new Answer(checked.response);
      return;
    }
    const at = now().getTime();
    const session = sessionHash(u);
    const fresh =
      row.verifiedAt !== null &&
      row.verifiedAt.getTime() > at - stepUpMs &&
      (session === null || row.verifiedSession === session);
    if (!fresh) throw new Answer(problem('step_up_required'));
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

  app.use('*', bodyLimit({ maxSize: BODY_LIMIT, onError: () => problem('payload_too_large') }));

  app.onError((err, c) => {
    if (err instanceof Answer) return err.response;
    const unavailable = isUnavailable(err);
    options.logger?.error({
      msg: 'totp_failed',
      method: c.req.method,
      route: c.req.routePath,
      error: err instanceof Error ? err.name : 'Error',
      ...(unavailable ? { code: 'unavailable' } : {}),
    });
    return unavailable ? problem('unavailable', { retryAfter: 5 }) : problem('internal');
  });

  app.get('/status', async (c) => {
    const u = await user(c);
    const at = now();
    const row = await store.get(u.userId);
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
      return json(status);
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
      backupCodesLeft: row.state === 'enabled' ? await store.countBackupCodes(u.userId) : 0,
      stepUpUntil: until && until > at ? until.toISOString() : null,
      totp: throttleOf(row, 'totp', at),
      backupCodes: row.state === 'enabled' ? throttleOf(row, 'backup', at) : idle,
    };
    return json(status);
  });

  app.post('/start', async (c) => {
    const u = await user(c);
    await readBody(c);
    const at = now();
    const secret = generateTotpSecret(random ? { random } : {});
    const box = encryptSecret(secret, key, { context: context(u.userId), ...(random ? { random } : {}) });
    const expiresAt = new Date(at.getTime() + ttlMs);
    if (!(await store.startEnrollment(u.userId, box, expiresAt, at))) return problem('totp_already_enabled');
    const account = (u.accountName ?? u.userId).replace(/:/g, '_');
    return json({
      uri: totpUri({ secret, issuer, account }),
      key: formatSecretForReading(secret),
      expiresAt: expiresAt.toISOString(),
    });
  });

  app.post('/confirm', async (c) => {
    const u = await user(c);
    const { code } = await readBody(c);
    if (code === undefined) return problem('validation_failed');
    let issued: { codes: string[]; at: Date } | undefined;
    const checked = await check(u, code, 'pending', async (step, at) => {
      const { codes, hashes } = await newBackupCodes();
      const ok = await store.confirmEnrollment(
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
    if (!checked.ok) return checked.response;
    if (!issued) return problem('internal');
    await afterCommit(u, 'enabled', issued.at);
    return json({ backupCodes: issued.codes, enabledAt: issued.at.toISOString() });
  });

  app.post('/verify', async (c) => {
    const u = await user(c);
    const { code } = await readBody(c);
    if (code === undefined) return problem('validation_failed');
    const checked = await check(u, code, 'enabled', acceptVerified(u));
    if (!checked.ok) return checked.response;
    return json({
      verified: true,
      method: checked.method,
      backupCodesLeft: await store.countBackupCodes(u.userId),
    });
  });

  app.post('/backup-codes', async (c) => {
    const u = await user(c);
    const { code } = await readBody(c);
    const row = await store.get(u.userId);
    if (row?.state !== 'enabled') return problem('totp_not_enabled');
    await requireStepUp(u, row, code);
    const { codes, hashes } = await newBackupCodes();
    const at = now();
    if (
      !(await store.replaceBackupCodes(u.userId, hashes, at, outboxFor(u, 'backup_codes_regenerated', at)))
    ) {
      return problem('totp_not_enabled');
    }
    await afterCommit(u, 'backup_codes_regenerated', at);
    return json({ backupCodes: codes });
  });

  app.delete('/', async (c) => {
    const u = await user(c);
    const { code } = await readBody(c);
    const row = await store.get(u.userId);
    if (row?.state !== 'enabled') return problem('totp_not_enabled');
    await requireStepUp(u, row, code);
    const at = now();
    if (!(await store.disable(u.userId, at, outboxFor(u, 'disabled', at))))
      return problem('totp_not_enabled');
    await afterCommit(u, 'disabled', at);
    return json({ state: 'disabled' });
  });

  return app;
}
