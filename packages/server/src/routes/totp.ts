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
  encryptSecret,
  formatSecretForReading,
  generateTotpSecret,
  parseSecretKey,
  throttleState,
  totpUri,
} from '@recourse/core/totp';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isJsonContentType, jsonText, ProblemError, problemResponse } from '../http';
import { isUnavailable } from '../store/errors';
import { createCodeChecks, secretContext } from '../totp/code-checks';
import type { FactorThrottle, TotpRoutesOptions, TotpStatus, TotpUser } from '../totp/types';

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
  const random = options.random;
  const factors = options.factors;

  const lowAt = options.backupCodesLowAt ?? 3;
  const {
    outboxFor,
    afterCommit,
    notices,
    sessionHash,
    check,
    acceptVerified,
    newBackupCodes,
    requireStepUp,
    throttleOf,
  } = createCodeChecks({
    factors,
    key,
    now,
    stepUpMs,
    backupCodeCost: options.backupCodeCost ?? BACKUP_CODE_SCRYPT,
    ...(random ? { random } : {}),
    ...(options.notify ? { notify: options.notify } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.lockLinks ? { lockLinks: true } : {}),
  });

  async function user(c: Context): Promise<TotpUser> {
    const u = await options.authenticateUser(c.req.raw);
    if (!u || typeof u.userId !== 'string' || u.userId === '' || u.userId.length > 200) {
      throw new ProblemError('unauthorized');
    }
    return u;
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
    const box = encryptSecret(secret, key, {
      context: secretContext(u.userId),
      ...(random ? { random } : {}),
    });
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
    const left = await factors.countBackupCodes(u.userId);
    const low = checked.method === 'backup_code' && left <= lowAt;
    if (low) {
      // The owner hears it on every contact on record: make new codes before the last one is gone.
      const at = now();
      try {
        if (options.notify) await afterCommit(u, 'backup_codes_low', at, { count: left });
        else await options.enqueue?.(notices(u, 'backup_codes_low', at, { count: left }));
      } catch (err) {
        options.logger?.error({ msg: 'notify_failed', error: err instanceof Error ? err.name : 'Error' });
      }
    }
    return jsonText(
      JSON.stringify({
        verified: true,
        method: checked.method,
        backupCodesLeft: left,
        ...(low ? { backupCodesLow: true } : {}),
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
