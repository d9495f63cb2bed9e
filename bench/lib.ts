/**
 * Shared helpers of `pnpm bench`: result rows, statistics, the child-process runner.
 * @module
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { RateLimits } from '@recourse/server';

/** The repository root (with a trailing slash). */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** PostgreSQL for the PostgreSQL figures. */
export const DATABASE_URL =
  process.env.DATABASE_URL ?? 'postgres://recourse:recourse@127.0.0.1:5432/recourse_test';

/** One line of the results table. */
export interface Row {
  /** Bundle, First render, Server, Live, Scale. */
  section: string;
  /** What was measured. */
  name: string;
  /** The figure, formatted. */
  value: string;
  /** The goal or budget, formatted ('' when none). */
  goal: string;
  /** ok, FAIL, info, or "not measured: why". */
  status: string;
}

/** A logger that drops everything (the bench prints its own table). */
/** The CPU's model name, for the figures' context. */
export function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

export const silent = { info() {}, warn() {}, error() {} };

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
export const fmtMs = (n: number) => `${n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : Math.round(n)} ms`;
export const fmtRatio = (n: number) => `${n.toFixed(2)}×`;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Progress on stderr, so stdout keeps only the table. */
export function progress(message: string): void {
  process.stderr.write(`  · ${message}\n`);
}

let built: Promise<void> | undefined;

/**
 * Builds `@recourse/core` and `@recourse/server` once per bench run (tsup, as published), so the
 * server figures are of the code a platform runs, not of the development transform.
 */
export function buildServer(): Promise<void> {
  built ??= new Promise<void>((resolve, reject) => {
    progress('building @recourse/core and @recourse/server (dist, as published)');
    const child = spawn(
      'pnpm',
      ['--filter', '@recourse/core', '--filter', '@recourse/server', 'run', 'build'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build exited with ${code}`))));
  });
  return built;
}

/**
 * Starts a TypeScript module of bench/ in its own Node process (tsx), so a server does not share
 * an event loop with its load generator. Messages go both ways over IPC. With `published`, the
 * workspace packages resolve to their built `dist/` (call {@link buildServer} first); otherwise
 * to their sources.
 */
export function startChild<Ready>(
  file: string,
  options: { published?: boolean } = {},
): Promise<{
  ready: Ready;
  request<T>(message: unknown): Promise<T>;
  stop(): Promise<void>;
}> {
  const conditions = options.published ? [] : ['--conditions=@recourse/source'];
  const child = spawn(
    process.execPath,
    [...conditions, '--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, DATABASE_URL } },
  );
  let seq = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) before it was ready`));
    child.once('exit', onExit);
    child.on('message', (raw) => {
      const message = raw as { type: string; id?: number; value?: unknown; error?: string };
      if (message.type === 'ready') {
        child.off('exit', onExit);
        resolve({
          ready: message.value as Ready,
          request<T>(body: unknown) {
            const id = ++seq;
            return new Promise<T>((done, fail) => {
              waiting.set(id, (value) => {
                const v = value as { error?: string; value?: T };
                if (v.error) fail(new Error(v.error));
                else done(v.value as T);
              });
              child.send({ id, body });
            });
          },
          stop() {
            return new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.send({ type: 'stop' });
              setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
            });
          },
        });
      } else if (message.type === 'answer' && message.id !== undefined) {
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
      }
    });
  });
}

/** The child side of {@link startChild}: announce readiness, answer requests, stop on request. */
export function serveParent(
  ready: unknown,
  handle: (body: unknown) => Promise<unknown>,
  stop: () => Promise<void>,
): void {
  process.on('message', (raw) => {
    const message = raw as { type?: string; id?: number; body?: unknown };
    if (message.type === 'stop') {
      void stop().finally(() => process.exit(0));
      return;
    }
    handle(message.body).then(
      (value) => process.send?.({ type: 'answer', id: message.id, value }),
      (err: unknown) => process.send?.({ type: 'answer', id: message.id, error: String(err) }),
    );
  });
  process.send?.({ type: 'ready', value: ready });
}

const unlimited: RateLimits['tokenAttempts'] = { limit: 1_000_000_000, windowSeconds: 60 };
/**
 * Rate limits out of the way: the figures are for the work behind them. Counting still runs
 * where a request counts (reports, commands); token guesses count only when they fail.
 */
export const BENCH_LIMITS: RateLimits = {
  reportsPerIp: unlimited,
  reportsPerAccount: unlimited,
  tokenAttempts: unlimited,
  commandsPerCase: unlimited,
  agentAuthFailures: unlimited,
  lockRequestsPerIp: unlimited,
  lockLinksPerAccount: unlimited,
};
