#!/usr/bin/env node
// `pnpm test:security`: the security and reliability layer on its own. Installs and starts what it
// needs first (Chromium, PostgreSQL: scripts/test-deps.mjs, as `pnpm verify` and `pnpm bench`
// do), then runs the vitest `security` project; extra arguments go to vitest (a file, `-t name`).
// The files that claim a figure on PostgreSQL fail without it rather than fall back to PGlite.
import { spawnSync } from 'node:child_process';
import { ensureTestDeps } from './test-deps.mjs';

const root = new URL('..', import.meta.url).pathname;

if (!ensureTestDeps()) {
  console.error('test:security: the test dependencies are missing (see the [deps] lines above)');
  process.exit(1);
}
const result = spawnSync(
  'pnpm',
  ['exec', 'vitest', 'run', '--project', 'security', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
