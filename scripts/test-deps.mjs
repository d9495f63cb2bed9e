// What the tests and `pnpm bench` need outside npm: Debian's Chromium and a PostgreSQL. Shared by
// scripts/verify.mjs and bench/run.ts.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

/**
 * Runs scripts/ensure-test-deps.sh (installs Chromium and PostgreSQL where missing, starts the
 * cluster, creates the test database) and applies the `export NAME=value` lines it prints to
 * `process.env`. Its messages go to stderr.
 * @returns whether the dependencies are there
 */
export function ensureTestDeps() {
  const result = spawnSync('bash', ['scripts/ensure-test-deps.sh'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) return false;
  for (const line of result.stdout.split('\n')) {
    const match = /^export ([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) process.env[match[1]] = match[2];
  }
  return true;
}
