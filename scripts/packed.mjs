// What a platform installs: every publishable package packed with `pnpm pack` (workspace ranges
// rewritten, `files` applied), and consumer projects made from those tarballs in a folder outside
// the workspace, installed with npm (no workspace links, no `@recourse/source` condition).
// Shared by the size check, the bench and the consumer smoke tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workspace = new URL('..', import.meta.url).pathname;

/**
 * The workspace's publishable packages: `{ name, dir }`, in `packages/`, not private.
 * @param {string} [root] the repository to read (default: this one; another is e.g. a worktree
 *   of an earlier revision, as `pnpm bench compare` makes)
 */
export function publishable(root = workspace) {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'packages', d.name, 'package.json')))
    .map((d) => {
      const dir = join(root, 'packages', d.name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name: pkg.name, dir, private: pkg.private === true };
    })
    .filter((p) => !p.private)
    .map(({ name, dir }) => ({ name, dir }));
}

/** Runs a command; throws with its output if it fails or runs longer than `timeoutMs`. */
function sh(cmd, args, cwd, timeoutMs = 180_000) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
  });
  if (r.error?.code === 'ETIMEDOUT') {
    throw new Error(
      `${cmd} ${args.join(' ')} timed out after ${timeoutMs / 1000} s in ${cwd}:\n${r.stdout}\n${r.stderr}`,
    );
  }
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed in ${cwd} (exit ${r.status}):\n${r.stdout}\n${r.stderr}`,
    );
  }
  return r.stdout;
}

/** {@link sh} without blocking the event loop. */
function shAsync(cmd, args, cwd, timeoutMs = 180_000) {
  const line = `${cmd} ${args.join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s) => {
      out += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s) => {
      out += s;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${line} timed out after ${timeoutMs / 1000} s in ${cwd}:\n${out}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${line} could not run in ${cwd}: ${error.message}`));
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${line} failed in ${cwd} (exit ${code}):\n${out}`));
    });
  });
}

/**
 * Packs every publishable package into `outDir` (made if missing). The packages must be built
 * (`pnpm build`); a package without its `dist/` is an error, never skipped.
 * @param {string} outDir
 * @param {string} [root] the repository whose packages to pack (default: this one)
 * @returns {Record<string, string>} package name → absolute tarball path
 */
export function packAll(outDir, root = workspace) {
  mkdirSync(outDir, { recursive: true });
  /** @type {Record<string, string>} */
  const tarballs = {};
  for (const { name, dir } of publishable(root)) {
    if (!existsSync(join(dir, 'dist')))
      throw new Error(`${name} is not built (no ${dir}/dist): run pnpm build`);
    const before = new Set(readdirSync(outDir));
    sh('pnpm', ['pack', '--pack-destination', outDir], dir);
    const made = readdirSync(outDir).filter((f) => f.endsWith('.tgz') && !before.has(f));
    const base = `${name.replace('@', '').replace('/', '-')}-`;
    const file = made.find((f) => f.startsWith(base)) ?? readdirSync(outDir).find((f) => f.startsWith(base));
    if (!file) throw new Error(`pnpm pack made no tarball for ${name} in ${outDir}`);
    tarballs[name] = join(outDir, file);
  }
  return tarballs;
}

/**
 * Makes a consumer project in a fresh folder outside the workspace and installs it with npm.
 * Every `@recourse/*` package comes from its tarball (also where another package depends on it,
 * through `overrides`).
 * @param {{ name: string, tarballs: Record<string, string>, recourse: string[],
 *   dependencies?: Record<string, string>, devDependencies?: Record<string, string>,
 *   files?: Record<string, string>, dir?: string }} spec
 *   `recourse`: the `@recourse/*` packages the project depends on directly; `files`: relative
 *   path → content, written before the install.
 * @returns {string} the project's folder
 */
export function makeConsumer(spec) {
  const dir = writeConsumer(spec);
  sh('npm', NPM_INSTALL, dir);
  return dir;
}

/**
 * {@link makeConsumer} without blocking: several consumers can install at once.
 * @param {Parameters<typeof makeConsumer>[0]} spec
 * @returns {Promise<string>} the project's folder
 */
export async function makeConsumerAsync(spec) {
  const dir = writeConsumer(spec);
  await shAsync('npm', NPM_INSTALL, dir);
  return dir;
}

const NPM_INSTALL = ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];

/** Writes a consumer's package.json and files into a fresh folder (or `spec.dir`). */
function writeConsumer(spec) {
  const dir = spec.dir ?? mkdtempSync(join(tmpdir(), `recourse-${spec.name}-`));
  const fromTarball = (name) => {
    const file = spec.tarballs[name];
    if (!file) throw new Error(`no tarball for ${name}`);
    return `file:${file}`;
  };
  const overrides = Object.fromEntries(Object.keys(spec.tarballs).map((n) => [n, fromTarball(n)]));
  const pkg = {
    name: `recourse-consumer-${spec.name}`,
    private: true,
    type: 'module',
    dependencies: {
      ...Object.fromEntries(spec.recourse.map((n) => [n, fromTarball(n)])),
      ...spec.dependencies,
    },
    devDependencies: spec.devDependencies ?? {},
    overrides,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const [path, content] of Object.entries(spec.files ?? {})) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
