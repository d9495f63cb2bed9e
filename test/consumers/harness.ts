/**
 * Consumer smoke tests: projects made from the packed tarballs in folders outside the workspace
 * (npm, no workspace links, no `@recourse/source` condition), checked with their own `tsc`, built
 * with their own tools, served statically and driven by Debian's Chromium against the reference
 * server, itself installed from its tarball (the `service` consumer).
 *
 * `global-setup.ts` packs once, installs every consumer at once, starts the static site and the
 * service on PGlite; each test file checks its consumer and publishes it on the site as `/<name>/`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { ConsumerSpec } from '../../scripts/packed.mjs';

/** Versions the consumers install (the workspace's own, so the npm cache serves them). */
export const VERSIONS = {
  typescript: '5.9.3',
  vite: '8.3.8',
  pluginReact: '6.3.0',
  react: '19.3.1',
  typesReact: '19.3.3',
  typesReactDom: '19.3.0',
  typesNode: '20.19.43',
} as const;

/** The consumers: what each installs besides its template folder `test/consumers/<name>/`. */
export const CONSUMERS = {
  service: {
    recourse: ['@recourse/server', '@recourse/core'],
    devDependencies: { typescript: VERSIONS.typescript, '@types/node': VERSIONS.typesNode },
  },
  plain: {
    recourse: ['@recourse/elements'],
    devDependencies: { typescript: VERSIONS.typescript },
  },
  vite: {
    recourse: ['@recourse/elements'],
    devDependencies: { typescript: VERSIONS.typescript, vite: VERSIONS.vite },
  },
  react: {
    recourse: ['@recourse/react'],
    dependencies: { react: VERSIONS.react, 'react-dom': VERSIONS.react },
    devDependencies: {
      typescript: VERSIONS.typescript,
      vite: VERSIONS.vite,
      '@vitejs/plugin-react': VERSIONS.pluginReact,
      '@types/react': VERSIONS.typesReact,
      '@types/react-dom': VERSIONS.typesReactDom,
    },
  },
} satisfies Record<string, Omit<ConsumerSpec, 'name' | 'tarballs' | 'files' | 'dir'>>;
export type ConsumerName = keyof typeof CONSUMERS;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each consumer's installed folder, or why it did not install. */
    consumers: Record<string, { dir: string; error: string }>;
    /** The service on PGlite, started from the tarball: `http://127.0.0.1:port`. */
    apiUrl: string;
    /** Why the service did not start (empty when it runs). */
    serviceError: string;
    /** The static site's origin (allowed by the service's CORS). */
    siteUrl: string;
    /** The folder the static site serves; a consumer is published as `<siteDir>/<name>`. */
    siteDir: string;
  }
}

/** A consumer's installed folder; throws why it did not install. */
export function consumerDir(name: ConsumerName): string {
  const installed = inject('consumers')[name];
  if (!installed?.dir) throw new Error(`the ${name} consumer did not install: ${installed?.error}`);
  return installed.dir;
}

/** The service from the tarball (on PGlite) for the browser smokes; throws why it is not running. */
export function apiUrl(): string {
  const error = inject('serviceError');
  if (error) throw new Error(`the service consumer is not running: ${error}`);
  return inject('apiUrl');
}

const templates = fileURLToPath(new URL('.', import.meta.url));

/** The template folder `test/consumers/<name>/` as `files` for makeConsumer (holes left as they are). */
export function templateFiles(name: string): Record<string, string> {
  const dir = join(templates, name);
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** Writes a template file into the consumer with its `__KEY__` holes filled; throws on a hole left. */
export function fillTemplate(
  dir: string,
  name: ConsumerName,
  file: string,
  holes: Record<string, string>,
): void {
  let text = readFileSync(join(templates, name, file), 'utf8');
  for (const [key, value] of Object.entries(holes)) text = text.replaceAll(`__${key}__`, value);
  const left = /__[A-Z_]+__/.exec(text);
  if (left) throw new Error(`${name}/${file}: hole ${left[0]} not filled`);
  writeFileSync(join(dir, file), text);
}

/** Runs a command to completion; throws with its output on failure or after `timeoutMs`. */
export function run(
  cmd: string,
  args: string[],
  cwd: string,
  { timeoutMs = 120_000, env = {} }: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<string> {
  const line = `${cmd} ${args.join(' ')} in ${cwd}`;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      out += s;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${line} timed out after ${timeoutMs / 1000} s:\n${out}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${line} could not run: ${error.message}`));
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${line} failed (exit ${code}):\n${out}`));
    });
  });
}

/** `tsc --noEmit` with the consumer's own TypeScript and tsconfig. */
export async function typecheck(dir: string): Promise<void> {
  await run(join(dir, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', dir], dir);
}

/** Publishes a consumer's folder on the static site as `/<name>/`; returns its URL. */
export function publish(siteDir: string, siteUrl: string, name: string, dir: string): string {
  const link = join(siteDir, name);
  rmSync(link, { force: true, recursive: true });
  symlinkSync(dir, link, 'dir');
  return `${siteUrl}/${name}/`;
}

/** Throws unless `path` (relative to the consumer) exists: what a missing `files` entry looks like. */
export function mustExist(dir: string, path: string): void {
  if (!existsSync(join(dir, path)))
    throw new Error(`${path} is not in the installed consumer ${dir} (not built, or left out of files?)`);
}

/** A running service consumer. */
export interface Service {
  url: string;
  /** Everything it wrote to stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the service consumer (`node server.mjs`) on a free port and waits for its
 * `listening on <url>` line; throws if it exits first or after `timeoutMs`.
 */
export function startService(
  dir: string,
  env: Record<string, string | undefined>,
  timeoutMs = 30_000,
): Promise<Service> {
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, PORT: '0', ...env }))
    if (v !== undefined) childEnv[k] = v;
  const child: ChildProcess = spawn(process.execPath, ['server.mjs'], {
    cwd: dir,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => {
    out += s;
  });
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    out += s;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise<Service>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the service in ${dir} did not listen within ${timeoutMs / 1000} s:\n${out}`));
    }, timeoutMs);
    const onData = () => {
      const url = /^listening on (http:\/\/\S+)$/m.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({ url, output: () => out, stop });
    };
    child.stdout?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service in ${dir} exited (code ${code}) before listening:\n${out}`));
    });
  });
}

/** Resolves `promise` or throws `what` after `ms`. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
