/**
 * The storage layer of @recourse/server: one set of SQL migrations, run on PGlite (embedded
 * default) or PostgreSQL.
 *
 * @packageDocumentation
 */
export { CROCKFORD_ALPHABET, generateCaseNumber, normalizeCaseNumber } from './case-number';
export type { Db, Queryable } from './db';
export {
  AttachmentLimitError,
  CaseNotFoundError,
  ConcurrencyError,
  DataDirLockedError,
  DuplicateCaseError,
  IdempotencyConflictError,
  InvalidCursorError,
  InvalidDataError,
  isUnavailable,
  StoreError,
  StoreUnavailableError,
} from './errors';
export type { LockTokenStore } from './lock-token-store';
export { defaultMigrationsDir, loadMigrations, type Migration, migrate } from './migrate';
export { createPgliteStore, type PgliteStoreOptions } from './pglite';
export { createPostgresStore, type PostgresStoreOptions } from './postgres';
export type { SqlStoreOptions } from './sql-store';
export type {
  AdmittedAttempt,
  FactorKind,
  FactorState,
  SuccessEffects,
  ThrottleCounters,
  TotpRecord,
  TotpStore,
} from './totp-store';
export type * from './types';
