import pg from 'pg';
import type { Db, Queryable } from './db';
import { isUnavailable, translateError } from './errors';
import { migrate, quoteIdent } from './migrate';
import { createSqlStore, type SqlStoreOptions } from './sql-store';
import type { Store } from './types';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions extends Omit<SqlStoreOptions, 'onClose'> {
  /** `postgres://user:password@host:port/database`. */
  connectionString: string;
  /**
   * Schema holding the tables (created if missing; set as the connections' `search_path`).
   * Default: the server's default (`public`). Live events then use the channel
   * `recourse_events_<schema>` so stores on other schemas of the database stay apart.
   */
  schema?: string;
  /** Pool size (default 10). */
  max?: number;
  /** How long to wait for a connection before `StoreUnavailableError` (default 5000 ms). */
  connectionTimeoutMillis?: number;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** Migrations folder (default: the package's `migrations/`). */
  migrationsDir?: string;
  /** Shown in `pg_stat_activity` (default `recourse-server`). */
  applicationName?: string;
}

function toParams(params?: readonly unknown[]): unknown[] | undefined {
  // node-postgres sends Buffers as bytea; make sure plain Uint8Arrays are Buffers too.
  return params?.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p) : p));
}

function clientQueryable(client: pg.PoolClient | pg.Pool): Queryable {
  return {
    async query<T>(sql: string, params?: readonly unknown[]) {
      try {
        return (await client.query(sql, toParams(params))).rows as T[];
      } catch (err) {
        throw translateError(err);
      }
    },
    async exec(sql: string) {
      try {
        await client.query(sql);
      } catch (err) {
        throw translateError(err);
      }
    },
  };
}

/**
 * The LISTEN side: one dedicated connection (outside the pool) that reconnects with backoff
 * after a restart or a network failure and listens again on every channel.
 */
function createListener(config: pg.ClientConfig) {
  const channels = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let delay = 100;
  let timer: NodeJS.Timeout | null = null;

  const scheduleReconnect = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      connect().catch(() => scheduleReconnect());
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, 5000);
  };

  const connect = (): Promise<void> => {
    if (connecting) return connecting;
    connecting = (async () => {
      const c = new pg.Client(config);
      c.on('error', () => {
        if (client === c) client = null;
        c.end().catch(() => {});
        scheduleReconnect();
      });
      c.on('end', () => {
        if (client === c) {
          client = null;
          scheduleReconnect();
        }
      });
      c.on('notification', (msg) => {
        for (const cb of channels.get(msg.channel) ?? []) cb(msg.payload ?? '');
      });
      try {
        await c.connect();
        for (const channel of channels.keys()) await c.query(`LISTEN ${quoteChannel(channel)}`);
      } catch (err) {
        c.end().catch(() => {});
        throw translateError(err);
      }
      if (closed) {
        await c.end().catch(() => {});
        return;
      }
      client = c;
      delay = 100;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };

  return {
    async listen(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>> {
      let set = channels.get(channel);
      const first = !set;
      if (!set) {
        set = new Set();
        channels.set(channel, set);
      }
      set.add(cb);
      if (!client) await connect();
      else if (first)
        await client.query(`LISTEN ${quoteChannel(channel)}`).catch((err) => {
          throw translateError(err);
        });
      return async () => {
        set.delete(cb);
        if (set.size === 0) {
          channels.delete(channel);
          await client?.query(`UNLISTEN ${quoteChannel(channel)}`).catch(() => {});
        }
      };
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await connecting?.catch(() => {});
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
    /** For tests: the backend pid of the listening connection. */
    get processId(): number | undefined {
      return (client as unknown as { processID?: number } | null)?.processID;
    },
  };
}

function quoteChannel(channel: string): string {
  return `"${channel.replace(/"/g, '""')}"`;
}

/** A {@link Db} over a node-postgres pool plus a dedicated LISTEN connection. */
export function postgresDb(config: pg.PoolConfig): Db & { pool: pg.Pool } {
  const pool = new pg.Pool(config);
  // An idle client losing its connection must not crash the process; the pool drops it.
  pool.on('error', () => {});
  const listener = createListener(config);
  return {
    engine: 'postgres',
    pool,
    ...clientQueryable(pool),
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw translateError(err);
      }
      let broken: Error | undefined;
      // A checked-out client whose server goes away emits 'error' between queries; without a
      // listener that is an uncaught exception. Mark it broken so release() discards it.
      const onError = (err: Error) => {
        broken = err;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(clientQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        if (isUnavailable(err)) broken = err as Error;
        else {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackErr) {
            broken = rollbackErr as Error;
          }
        }
        throw translateError(err);
      } finally {
        client.removeListener('error', onError);
        client.release(broken ?? undefined);
      }
    },
    listen: (channel, cb) => listener.listen(channel, cb),
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * Opens the PostgreSQL store: a connection pool, a dedicated LISTEN connection, and the
 * migrations applied (several instances starting at once serialize on an advisory lock).
 * Live events use LISTEN/NOTIFY, so every instance on the database sees every commit.
 * Throws `StoreUnavailableError` when the database cannot be reached.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const {
    connectionString,
    schema,
    max = 10,
    connectionTimeoutMillis = 5000,
    migrate: runMigrations = true,
    migrationsDir,
    applicationName = 'recourse-server',
    ...storeOptions
  } = options;
  if (schema !== undefined) quoteIdent(schema);
  const db = postgresDb({
    connectionString,
    max,
    connectionTimeoutMillis,
    idleTimeoutMillis: 30_000,
    application_name: applicationName,
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  try {
    if (runMigrations) {
      await migrate(db, {
        ...(migrationsDir ? { dir: migrationsDir } : {}),
        ...(schema !== undefined ? { schema } : {}),
        now: storeOptions.now,
      });
    }
    return await createSqlStore(db, {
      ...storeOptions,
      channel: storeOptions.channel ?? (schema ? `recourse_events_${schema}` : 'recourse_events'),
    });
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
