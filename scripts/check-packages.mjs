#!/usr/bin/env node
// Packs every publishable package and checks it the way a consumer's tools will see it:
// publint (package.json exports, files) and attw (types resolve for every module resolution).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dirs = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, 'packages', d.name))
  .filter((dir) => {
    try {
      return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private;
    } catch {
      return false;
    }
  });

let failed = 0;
for (const dir of dirs) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  for (const [tool, args] of [
    ['publint', ['exec', 'publint', 'run', dir, '--strict', '--pack', 'pnpm']],
    ['attw', ['exec', 'attw', '--pack', dir, '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    const r = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
    const ok = r.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${tool} ${name}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
