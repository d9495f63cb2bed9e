/**
 * The thin driver abstraction both adapters implement. Every SQL statement of the store (the
 * capability modules `createSqlStore` composes, and `migrate.ts`) runs unchanged on PGlite and on
 * PostgreSQL; only this interface differs per driver.
 *
 * Conventions the shared SQL follows so both drivers return the same JavaScript values:
 * - json/jsonb parameters are passed as JSON text with an explicit `::jsonb` cast;
 * - timestamps are passed as ISO-8601 strings with `::timestamptz`; they come back as `Date`;
 * - bytea is passed and returned as `Uint8Array` (a `Buffer` on node-postgres);
 * - int8 values are cast or converted with `Number()` (node-postgres returns them as strings).
 */

/** Something that runs SQL: the database itself, or an open transaction. */
export interface Queryable {
  /** Runs one parameterized statement and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A database handle: queries, transactions, notifications. */
export interface Db extends Queryable {
  /** `'pglite'` or `'postgres'`. */
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction (READ COMMITTED): COMMIT when it resolves, ROLLBACK when it
   * throws. Inside `fn`, use only `tx`.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Listens to a notification channel; the promise resolves once listening is active. Returns a
   * function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Releases every resource. */
  close(): Promise<void>;
}
