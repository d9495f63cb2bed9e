#!/usr/bin/env node
// Packs every publishable package and checks it the way a consumer's tools will see it:
// publint (package.json exports, files) and attw (types resolve for every module resolution),
// and every relative import in the emitted JavaScript resolves to a file that exists (the
// packages ship unbundled modules, docs/adr/0010: Node's ESM loader needs the exact file).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

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
/** Relative specifiers in `dist/**` JavaScript (static, re-export, side-effect and `import()`). */
function brokenImports(dir) {
  const dist = join(dir, 'dist');
  if (!existsSync(dist)) return [`${relative(root, dist)} is missing (run pnpm build)`];
  const broken = [];
  for (const file of readdirSync(dist, { recursive: true }).map(String)) {
    if (!/\.(m?js)$/.test(file)) continue;
    const text = readFileSync(join(dist, file), 'utf8');
    for (const m of text.matchAll(/\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = join(dist, dirname(file), m[1]);
      if (!existsSync(target) || !statSync(target).isFile())
        broken.push(`dist/${file} imports ${m[1]}, which is not there`);
    }
  }
  return broken;
}

for (const dir of dirs) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  const broken = brokenImports(dir);
  for (const b of broken) console.log(`  ${b}`);
  if (broken.length > 0) failed++;
  console.log(`${broken.length === 0 ? 'ok  ' : 'FAIL'} relative imports in dist ${name}`);
}

process.exit(failed === 0 ? 0 : 1);
