/**
 * Typed errors of the storage layer. The HTTP layer maps them to answers:
 * {@link StoreUnavailableError} → 503 + `Retry-After`, {@link ConcurrencyError} → 409 (or a
 * server-side retry), {@link IdempotencyConflictError} → 409, {@link InvalidCursorError} → 400.
 */

/** Base class of every error the store throws on purpose. */
export class StoreError extends Error {
  /** A stable machine-readable code. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The case's version moved since the caller read it; nothing was written. */
export class ConcurrencyError extends StoreError {
  constructor(
    readonly caseId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(
      'concurrency',
      `case ${caseId} is at version ${actualVersion}, expected ${expectedVersion}: reload and retry`,
    );
  }
}

/** The case does not exist (a foreign id is reported the same way). */
export class CaseNotFoundError extends StoreError {
  constructor(readonly caseId: string) {
    super('case_not_found', 'case not found');
  }
}

/** `createCase` was given an id or a number that is already taken; nothing was written. */
export class DuplicateCaseError extends StoreError {
  constructor(
    readonly field: 'id' | 'number',
    options?: { cause?: unknown },
  ) {
    super('duplicate_case', `a case with this ${field} already exists`, options);
  }
}

/**
 * The idempotency record could not be completed inside the domain transaction: another request
 * with the same key completed first, or the key belongs to another request body. The whole
 * domain write was rolled back; the caller should answer from `beginIdempotent` again.
 */
export class IdempotencyConflictError extends StoreError {
  constructor(
    readonly scope: string,
    readonly key: string,
  ) {
    super('idempotency_conflict', 'the idempotency key was completed by another request');
  }
}

/** A case already holds as many attachments (or bytes) as its limits allow; nothing was written. */
export class AttachmentLimitError extends StoreError {
  constructor(
    readonly limit: 'count' | 'bytes',
    readonly max: number,
  ) {
    super('attachment_limit', `attachment ${limit} limit of ${max} reached for this case`);
  }
}

/** The pagination cursor is not one this store issued. */
export class InvalidCursorError extends StoreError {
  constructor() {
    super('invalid_cursor', 'invalid cursor');
  }
}

/** The data was rejected by a constraint of the schema (check, not-null, type, foreign key). */
export class InvalidDataError extends StoreError {
  constructor(
    message: string,
    readonly sqlState?: string,
    options?: { cause?: unknown },
  ) {
    super('invalid_data', message, options);
  }
}

/**
 * The database cannot be reached right now (PostgreSQL down or restarting, connection lost,
 * pool exhausted, store closed). Answer 503 with `Retry-After: retryAfterSeconds`. When it is
 * thrown by a write, the outcome of that write is unknown: retry with the same idempotency key.
 */
export class StoreUnavailableError extends StoreError {
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
    options?: { cause?: unknown },
  ) {
    super('store_unavailable', message, options);
  }
}

/** The PGlite data folder is held by another live process (or already open in this one). */
export class DataDirLockedError extends StoreError {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      'data_dir_locked',
      `PGlite data folder ${dataDir} is in use by process ${pid}` +
        (pid === process.pid ? ' (this process: close the other store first)' : '') +
        '. PGlite supports one process per folder: stop that process, use another dataDir, ' +
        'or use PostgreSQL (DATABASE_URL) to run several instances.',
    );
  }
}

/** SQLSTATE codes and socket errors that mean "the database is not reachable now". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, recovery)
  '57P05', // idle_session_timeout
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '08007', // transaction_resolution_unknown
  '53300', // too_many_connections
]);
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /cannot use a pool after calling end/i,
  /pglite is closed/i,
  /client was closed/i,
  /connection ended/i,
];

/** True when `err` means the database cannot be reached (see {@link StoreUnavailableError}). */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err instanceof StoreUnavailableError) return true;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code)))
    return true;
  // AggregateError from net.connect when every address (IPv4 + IPv6) refused.
  if (err instanceof AggregateError && err.errors.some(isUnavailable)) return true;
  return UNAVAILABLE_MESSAGES.some((re) => re.test(err.message));
}

/**
 * Translates a driver error into a typed store error: unavailability, constraint and data
 * errors. Anything else is returned unchanged.
 */
export function translateError(err: unknown): unknown {
  if (err instanceof StoreError) return err;
  if (isUnavailable(err)) {
    const code = (err as { code?: unknown }).code;
    return new StoreUnavailableError(
      `database unavailable${typeof code === 'string' ? ` (${code})` : ''}: ${(err as Error).message}`,
      5,
      { cause: err },
    );
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^(22|23)/.test(code) && code !== '23505') {
    return new InvalidDataError((err as Error).message, code, { cause: err });
  }
  return err;
}

/** The SQLSTATE of a driver error, if any. */
export function sqlState(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
