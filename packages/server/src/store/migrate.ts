import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';
import { StoreError } from './errors';

/** One migration file: `NNN_name.sql`. */
export interface Migration {
  /** The number `NNN`. */
  version: number;
  /** The `name` part. */
  name: string;
  /** The SQL script. */
  sql: string;
  /** SHA-256 (hex) of the script, recorded to catch edits of applied migrations. */
  checksum: string;
}

const FILE_RE = /^(\d{3,})_([a-z0-9_]+)\.sql$/;

/**
 * Finds the package's `migrations/` folder: `../../migrations` from `src/store/`, `../migrations`
 * from the bundled `dist/`.
 */
export function defaultMigrationsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'migrations');
    if (existsSync(candidate) && readdirSync(candidate).some((f) => FILE_RE.test(f))) return candidate;
    dir = dirname(dir);
  }
  throw new StoreError('migrations_missing', 'cannot find the migrations folder of @recourse/server');
}

/** Reads and orders the migrations of `dir`; refuses gaps and duplicate numbers. */
export function loadMigrations(dir = defaultMigrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => FILE_RE.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const sql = readFileSync(join(dir, m[0]), 'utf8');
      return {
        version: Number(m[1]),
        name: m[2]!,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new StoreError('migrations_invalid', `migration numbers must run 1, 2, 3…: found ${m.version}`);
    }
  });
  return migrations;
}

/**
 * Applies the pending migrations in order, all inside one transaction that first takes a
 * transaction-scoped advisory lock, so several instances starting at once on one PostgreSQL
 * database serialize here and the later ones find nothing left to do. Applied migrations are
 * recorded in `schema_migrations` with their checksum; an edited applied migration is refused.
 *
 * @param schema - when set, the schema is created if missing (the connection's `search_path`
 *   must already point to it).
 * @returns the versions applied by this call.
 */
export async function migrate(
  db: Db,
  options: { dir?: string; schema?: string; now?: () => Date } = {},
): Promise<number[]> {
  const migrations = loadMigrations(options.dir);
  const now = options.now ?? (() => new Date());
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('recourse:migrate:' || $1::text))`, [
      options.schema ?? '',
    ]);
    if (options.schema) await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      checksum   text NOT NULL,
      applied_at timestamptz NOT NULL
    )`);
    const rows = await tx.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const applied = new Map(rows.map((r) => [r.version, r]));
    for (const row of rows) {
      const m = migrations.find((x) => x.version === row.version);
      if (!m) {
        throw new StoreError(
          'migrations_invalid',
          `the database has migration ${row.version} (${row.name}) that this build does not know: ` +
            'refusing to run an older server against a newer schema',
        );
      }
      if (m.checksum !== row.checksum) {
        throw new StoreError(
          'migrations_invalid',
          `migration ${m.version}_${m.name}.sql was edited after it was applied: add a new migration instead`,
        );
      }
    }
    const done: number[] = [];
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query(
        'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4::timestamptz)',
        [m.version, m.name, m.checksum, now().toISOString()],
      );
      done.push(m.version);
    }
    return done;
  });
}

/** Quotes a schema name after checking it is a plain lower-case identifier. */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new StoreError('invalid_schema', `schema name must match [a-z_][a-z0-9_]*: ${name}`);
  }
  return `"${name}"`;
}
