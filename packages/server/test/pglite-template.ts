/**
 * In-memory PGlite stores for tests, opened from a migrated template instead of a fresh initdb.
 *
 * `PGlite.create()` in memory runs initdb in WebAssembly each time: 3–6 s on a loaded 2-core
 * machine, the bulk of a PGlite test file's set-up (the PostgreSQL twins of the same files take a
 * second). A data folder dumped once after the migrations (`dumpDataDir`) and loaded with
 * `loadDataDir` opens in about a second. The dump is kept under `node_modules/.cache`, keyed by
 * the PGlite version and the migrations' checksums, so every test file and worker of a run (and the
 * next run) shares it; a changed migration makes a new one.
 *
 * The store is the same as `createPgliteStore()`'s: the same `pgliteDb`, `migrate` (run again on
 * open: it checks every applied migration's checksum and applies nothing) and `createSqlStore`.
 * Tests of `createPgliteStore` itself (its data folder, its lock file, the PGlite storage
 * contract in store.pglite.test.ts) keep calling it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { loadMigrations, migrate } from '../src/store/migrate';
import { pgliteDb } from '../src/store/pglite';
import { createSqlStore, type SqlStoreOptions } from '../src/store/sql-store';
import type { Store } from '../src/store/types';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pgliteVersion = (
  JSON.parse(
    readFileSync(join(root, 'packages/server/node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as { version: string }
).version;

let template: Promise<Blob> | undefined;

/** The migrated, empty data folder as a tarball: from the cache, or made now (and cached). */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const key = createHash('sha256')
      .update(pgliteVersion)
      .update(
        loadMigrations()
          .map((m) => `${m.version}:${m.checksum}`)
          .join('\n'),
      )
      .digest('hex')
      .slice(0, 16);
    const dir = join(root, 'node_modules', '.cache', 'recourse-pglite');
    const file = join(dir, `migrated-${key}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const pg = await PGlite.create({});
    try {
      await migrate(pgliteDb(pg));
      const dump = await pg.dumpDataDir('none');
      const bytes = new Uint8Array(await dump.arrayBuffer());
      mkdirSync(dir, { recursive: true });
      // Written aside, then renamed: two workers making it at once never leave half a file.
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
      return new Blob([bytes]);
    } finally {
      await pg.close();
    }
  })();
  return template;
}

/**
 * Opens an in-memory PGlite store from the migrated template: what `createPgliteStore(options)`
 * opens without a `dataDir`, in a fraction of its time.
 */
export async function createTestPgliteStore(options: Omit<SqlStoreOptions, 'onClose'> = {}): Promise<Store> {
  const pg = await PGlite.create({ loadDataDir: await migratedTemplate() });
  try {
    const db = pgliteDb(pg);
    await migrate(db, { now: options.now });
    return await createSqlStore(db, options);
  } catch (err) {
    if (!pg.closed) await pg.close().catch(() => {});
    throw err;
  }
}
