/** Types of `scripts/test-deps.mjs`. */
/**
 * Installs Chromium and PostgreSQL where missing, starts the cluster, creates the test database,
 * and sets `CHROME_PATH` and `DATABASE_URL` in `process.env`.
 * @returns whether the dependencies are there
 */
export function ensureTestDeps(): boolean;
