/**
 * `GET /healthz` (the process answers) and `GET /readyz` (the database answers and every
 * migration this build knows is applied), for load balancers and orchestrators. No credentials,
 * and nothing an attacker could use: `{"status":"ok"}` (200) or `{"status":"unavailable"}` (503),
 * the reason only in the log.
 * @module
 */
import { Hono } from 'hono';
import type { Logger } from '../options';
import { loadMigrations } from '../store/migrate';
import { storeDb } from '../store/sql-store';
import type { Store } from '../store/types';

const OK = '{"status":"ok"}';
const UNAVAILABLE = '{"status":"unavailable"}';

/** The health routes' needs. */
export interface HealthRouteContext {
  store: Store;
  logger: Logger;
  json(text: string, status?: number, headers?: Record<string, string>): Response;
}

/**
 * Whether the database under `store` has every migration of this build (true once seen: applied
 * migrations are never undone). Stores that are not the SQL store count as migrated.
 */
function migrationsCheck(store: Store): () => Promise<boolean> {
  let latest: number | null = null;
  let seen = false;
  return async () => {
    if (seen) return true;
    const db = storeDb(store);
    if (!db) {
      seen = true;
      return true;
    }
    latest ??= Math.max(0, ...loadMigrations().map((m) => m.version));
    const rows = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    seen = Number(rows[0]?.v ?? 0) >= latest;
    return seen;
  };
}

/** `GET /healthz` and `GET /readyz` (mounted at the root). */
export function healthRoutes(deps: HealthRouteContext): Hono {
  const app = new Hono();
  const migrated = migrationsCheck(deps.store);
  app.get('/healthz', () => deps.json(OK));
  app.get('/readyz', async () => {
    try {
      const health = await deps.store.health();
      if (!health.ok) throw new Error('store_unhealthy');
      if (!(await migrated())) throw new Error('migrations_pending');
      return deps.json(OK);
    } catch (err) {
      deps.logger.warn({ msg: 'not_ready', error: (err as Error)?.message ?? 'Error' });
      return deps.json(UNAVAILABLE, 503);
    }
  });
  return app;
}
