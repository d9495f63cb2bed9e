import { resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable } from './db';
import { translateError } from './errors';
import { acquireLockFile } from './lock-file';
import { migrate } from './migrate';
import { createSqlStore, type SqlStoreOptions } from './sql-store';
import type { Store } from './types';

/** Options of {@link createPgliteStore}. */
export interface PgliteStoreOptions extends Omit<SqlStoreOptions, 'onClose'> {
  /**
   * Data folder; undefined keeps everything in memory. The folder is guarded by the lock file
   * `<dataDir>.lock`: PGlite does not lock its folder, and two processes on one folder corrupt it.
   * PGlite on Node does not fsync: make durability promises only for PostgreSQL.
   */
  dataDir?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** Migrations folder (default: the package's `migrations/`). */
  migrationsDir?: string;
}

async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    throw translateError(err);
  }
}

function wrap(q: Pick<Transaction, 'query' | 'exec'>): Queryable {
  return {
    query: async <T>(sql: string, params?: readonly unknown[]) =>
      (await guard(q.query<T>(sql, params as unknown[] | undefined))).rows,
    exec: async (sql: string) => {
      await guard(q.exec(sql));
    },
  };
}

/** A {@link Db} over one PGlite instance (queries and transactions are serialized by PGlite). */
export function pgliteDb(pg: PGlite): Db {
  const base = wrap(pg);
  return {
    engine: 'pglite',
    ...base,
    transaction: (fn) => guard(pg.transaction((tx) => fn(wrap(tx)))),
    async listen(channel, onPayload) {
      const unlisten = await guard(pg.listen(channel, onPayload));
      return async () => {
        if (!pg.closed) await unlisten();
      };
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}

/**
 * Opens the embedded store: PGlite in this process, in memory or in `dataDir`, with the
 * migrations applied. Live events use PGlite's own LISTEN/NOTIFY (delivered in-process after
 * commit). Throws `DataDirLockedError` if another live process holds the folder.
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  const { dataDir, migrate: runMigrations = true, migrationsDir, ...storeOptions } = options;
  let release = () => {};
  let absDir: string | undefined;
  if (dataDir !== undefined) {
    absDir = resolve(dataDir);
    release = acquireLockFile(`${absDir}.lock`, absDir);
  }
  let pg: PGlite | undefined;
  try {
    pg = await PGlite.create(absDir === undefined ? {} : { dataDir: absDir });
    const db = pgliteDb(pg);
    if (runMigrations) {
      await migrate(db, { ...(migrationsDir ? { dir: migrationsDir } : {}), now: storeOptions.now });
    }
    return await createSqlStore(db, { ...storeOptions, onClose: release });
  } catch (err) {
    if (pg && !pg.closed) await pg.close().catch(() => {});
    release();
    throw err;
  }
}
