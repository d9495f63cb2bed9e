#!/usr/bin/env node
// The README's test command ends here: installs what the tests need (Chromium, PostgreSQL),
// then runs lint, typecheck, build, every test layer, the size budgets and the package checks.
// Every layer runs even when an earlier one failed; the last line sums them all:
// `N passed, N failed` (and `, N skipped` if any). Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTestDeps } from './test-deps.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'node_modules', '.verify');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Runs a command with inherited output; returns its exit code. */
function run(cmd, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { code: result.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

/** Names of failed tests, listed under the table so the last lines of a CI log say what failed. */
const failedNames = [];

const vitestCounts = (file) => {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of r.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'failed') {
        const why = (t.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200);
        failedNames.push(`${suite.name.replace(root, '')} > ${t.fullName}: ${why}`);
      }
    }
    if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed'))
      failedNames.push(
        `${suite.name.replace(root, '')}: ${(suite.message ?? '').split('\n')[0].slice(0, 200)}`,
      );
  }
  return {
    passed: r.numPassedTests,
    failed:
      r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0),
    skipped: r.numPendingTests + r.numTodoTests,
  };
};

const junitCounts = (file) => {
  if (!existsSync(file)) return null;
  const xml = readFileSync(file, 'utf8');
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const m of xml.matchAll(/<testcase\b[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = m[2] ?? '';
    if (/<(failure|error)\b/.test(body)) {
      failed++;
      const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? '?';
      const file = /\bfile="([^"]*)"/.exec(m[0])?.[1] ?? /\bclassname="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const why = /<(?:failure|error)\b[^>]*?message="([^"]*)"/.exec(body)?.[1] ?? '';
      failedNames.push(`${file} > ${name}: ${why.slice(0, 200)}`);
    } else if (/<skipped\b/.test(body)) skipped++;
    else passed++;
  }
  return { passed, failed, skipped };
};

/** @type {{ layer: string, passed: number, failed: number, skipped: number, seconds: number }[]} */
const rows = [];
const check = (layer, cmd, args, env) => {
  const { code, seconds } = run(cmd, args, env);
  rows.push({ layer, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds });
  return code === 0;
};
const tests = (layer, cmd, args, reportFile, parse) => {
  const { code, seconds } = run(cmd, args);
  const counts = parse(reportFile) ?? { passed: 0, failed: 1, skipped: 0 };
  // A runner that failed without reporting a failed test (crash, config error) still counts as a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  rows.push({ layer, ...counts, seconds });
};

const depsOk = ensureTestDeps();
rows.push({
  layer: 'test dependencies',
  passed: depsOk ? 1 : 0,
  failed: depsOk ? 0 : 1,
  skipped: 0,
  seconds: 0,
});

check('lint (biome)', 'pnpm', ['run', 'lint']);
check('typecheck (tsc)', 'pnpm', ['run', 'typecheck']);
check('build (tsup)', 'pnpm', ['run', 'build']);

const unitReport = join(reports, 'unit.json');
tests(
  'unit + server (vitest, Node; PGlite and PostgreSQL)',
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--project',
    'unit',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${unitReport}`,
  ],
  unitReport,
  vitestCounts,
);

const wtrReport = join(reports, 'browser.xml');
tests(
  'browser (web-test-runner, Chromium)',
  'pnpm',
  ['exec', 'web-test-runner', '--config', 'web-test-runner.config.mjs'],
  wtrReport,
  junitCounts,
);

check('storybook build (static)', 'pnpm', ['run', 'build-storybook']);
const storyReport = join(reports, 'stories.json');
tests(
  'stories (vitest + Chromium: render, play, axe)',
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--project',
    'storybook',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${storyReport}`,
  ],
  storyReport,
  vitestCounts,
);

const reactReport = join(reports, 'react.json');
tests(
  'react wrappers + examples/react (vitest + Chromium)',
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--project',
    'react',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reactReport}`,
  ],
  reactReport,
  vitestCounts,
);

const e2eReport = join(reports, 'e2e.json');
tests(
  'end-to-end (help center + real server, Chromium)',
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--project',
    'e2e',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${e2eReport}`,
  ],
  e2eReport,
  vitestCounts,
);

const securityReport = join(reports, 'security.json');
tests(
  'security and reliability (figures)',
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--project',
    'security',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${securityReport}`,
  ],
  securityReport,
  vitestCounts,
);

const consumersReport = join(reports, 'consumers.json');
tests(
  'consumers from the tarballs (page, Vite, React, Node service)',
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--project',
    'consumers',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${consumersReport}`,
  ],
  consumersReport,
  vitestCounts,
);

check('size budgets (bench/size.mjs)', 'node', ['bench/size.mjs']);
check('packages (publint + attw)', 'node', ['scripts/check-packages.mjs']);

const total = rows.reduce(
  (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('layer', 56)}${pad('passed', 8)}${pad('failed', 8)}${pad('skipped', 9)}seconds`);
for (const r of rows) {
  console.log(
    `${pad(r.layer, 56)}${pad(r.passed, 8)}${pad(r.failed, 8)}${pad(r.skipped, 9)}${r.seconds.toFixed(1)}`,
  );
}
if (failedNames.length) {
  console.log('\nfailed tests:');
  for (const n of failedNames.slice(0, 30)) console.log(`  ${n}`);
}
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed === 0 ? 0 : 1);
