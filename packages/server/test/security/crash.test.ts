// Crash safety on PostgreSQL.
// 1. A writer process (server + client, crash-writer.ts) killed with SIGKILL at random points,
//    ≥ 50 cycles: every acknowledged case is there (lost 0), and retrying every key it attempted
//    (same key, same body) gives exactly one case per key (duplicates 0); no case without its
//    first event (partial 0).
// 2. The database restarted under load (`pg_ctlcluster <version> <name> restart` of the cluster
//    that serves DATABASE_URL's port, found with `pg_lsclusters`), run asynchronously while six
//    writers file reports through the real server: at least one 503 + Retry-After while the
//    cluster is down, every acknowledged create there afterwards, partial cases 0. This restarts
//    the cluster other PostgreSQL tests may share: the test runs last in this file, and the suite
//    runs its files one at a time; set SECURITY_SKIP_PG_RESTART=1 when other PostgreSQL tests run
//    against that cluster at the same time (or point DATABASE_URL at a cluster of your own).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRecourseClient, type ReportInput } from '@recourse/core';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore, type Store } from '../../src/index';
import { storeDb } from '../../src/store/sql-store';
import { dropSchema, figure, report, startServer } from './helpers';

const url = process.env.DATABASE_URL;
const CYCLES = Number(process.env.SECURITY_CRASH_CYCLES ?? 50);
const here = fileURLToPath(new URL('.', import.meta.url));

async function sql<T>(store: Store, text: string, params: unknown[] = []): Promise<T[]> {
  return storeDb(store)!.query<T>(text, params);
}

const countCases = async (store: Store) =>
  Number((await sql<{ n: string }>(store, 'SELECT count(*)::text AS n FROM cases'))[0]!.n);

/**
 * The Debian cluster (`pg_lsclusters`) listening on the port of `databaseUrl` (5432 when it names
 * none). Throws when the URL is not local or no local cluster listens there: the restart test
 * cannot restart what it cannot find.
 */
function clusterOf(databaseUrl: string): { version: string; name: string; port: string } {
  const u = new URL(databaseUrl);
  const port = u.port || '5432';
  if (!['127.0.0.1', 'localhost', '[::1]', ''].includes(u.hostname))
    throw new Error(`DATABASE_URL host ${u.hostname} is not local: cannot restart its cluster`);
  const listed = spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`pg_lsclusters failed: ${listed.stderr ?? listed.error}`);
  for (const line of listed.stdout.split('\n')) {
    const [version, name, p] = line.trim().split(/\s+/);
    if (version && name && p === port) return { version, name, port };
  }
  throw new Error(`no local PostgreSQL cluster listens on port ${port} (pg_lsclusters):\n${listed.stdout}`);
}

/** Runs a command without blocking the event loop; resolves with its exit code and output. */
function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += String(d);
    });
    child.stderr.on('data', (d) => {
      output += String(d);
    });
    child.on('error', (err) => resolve({ code: null, output: `${output}${err.message}` }));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Cases whose first event (seq 1, case_submitted) is missing. */
async function partialCases(store: Store): Promise<number> {
  const rows = await sql<{ n: string }>(
    store,
    `SELECT count(*)::text AS n FROM cases c
      WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.seq = 1 AND e.type = 'case_submitted')`,
  );
  return Number(rows[0]!.n);
}

describe('crash safety on PostgreSQL', () => {
  if (!url)
    throw new Error(
      'DATABASE_URL is not set: start PostgreSQL (scripts/ensure-test-deps.sh) — durability is only claimed on PostgreSQL',
    );
  const schema = `sec_crash_${randomBytes(5).toString('hex')}`;
  let dir: string;
  let writerJs: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'recourse-crash-'));
    // Inside the package, so `pg` resolves from its node_modules.
    writerJs = join(here, '../../node_modules/.cache', `crash-writer-${process.pid}.mjs`);
    // One bundle, started by node: the writer is up in a fraction of a second, so 50 cycles fit.
    await build({
      entryPoints: [join(here, 'crash-writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: writerJs,
      conditions: ['@recourse/source'],
      external: ['pg', 'pg-*', '@electric-sql/pglite', '@electric-sql/*'],
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      logLevel: 'error',
      nodePaths: [join(here, '../../node_modules')],
    });
    // The tables exist before the first writer starts.
    store = await createPostgresStore({ connectionString: url!, schema, inFlightTimeoutSeconds: 1 });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    if (url) await dropSchema(schema);
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (writerJs) rmSync(writerJs, { force: true });
  });

  it(`SIGKILL at random points, ${CYCLES} cycles: acknowledged lost 0, duplicates 0, partial 0`, async () => {
    const t0 = Date.now();
    let killedWhileWriting = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const prefix = `cyc${cycle}x${randomBytes(3).toString('hex')}`;
      const child: ChildProcess = spawn(process.execPath, [writerJs, url!, schema, dir, prefix], {
        cwd: join(here, '../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d) => {
        stderr += String(d);
      });
      const exited = new Promise<void>((r) => child.on('exit', () => r()));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`writer did not start: ${stderr}`)), 20_000);
        child.stdout!.on('data', (d) => {
          if (String(d).includes('ready')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', () => {
          clearTimeout(timer);
          reject(new Error(`writer exited: ${stderr}`));
        });
      });
      // A random point: 20–1000 ms into the writing.
      await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 980)));
      if (child.exitCode === null) killedWhileWriting++;
      child.kill('SIGKILL');
      await exited;
    }
    const killMs = Date.now() - t0;

    const attemptedLines = existsSync(join(dir, 'attempted.log'))
      ? readFileSync(join(dir, 'attempted.log'), 'utf8').split('\n').filter(Boolean)
      : [];
    const ackedLines = readFileSync(join(dir, 'acked.log'), 'utf8').split('\n').filter(Boolean);
    // A line cut by the kill (no newline yet) is not an acknowledgement.
    const parse = <T>(l: string): T | null => {
      try {
        return JSON.parse(l) as T;
      } catch {
        return null;
      }
    };
    const attempted = new Map<string, ReportInput>();
    for (const l of attemptedLines) {
      const x = parse<{ key: string; body: ReportInput }>(l);
      if (x) attempted.set(x.key, x.body);
    }
    const acked = new Map<string, string>();
    for (const l of ackedLines) {
      const x = parse<{ key: string; id: string }>(l);
      if (x) acked.set(x.key, x.id);
    }
    const casesBefore = await countCases(store);
    let lost = 0;
    for (const id of acked.values()) if (!(await store.getCase(id))) lost++;

    // Retry every attempted key (same key, same body) against a fresh server on the same schema.
    const s = await startServer(store);
    const retryClient = createRecourseClient({ baseUrl: s.url, retry: { limit: 8, maxRetryAfterMs: 3000 } });
    let retryFailed = 0;
    let ackMismatch = 0;
    const ids = new Map<string, string>();
    const keys = [...attempted.keys()];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < keys.length) {
          const k = keys[next++]!;
          try {
            const created = await retryClient.createCase(attempted.get(k)!, { idempotencyKey: k });
            ids.set(k, created.case.id);
            if (acked.has(k) && acked.get(k) !== created.case.id) ackMismatch++;
          } catch {
            retryFailed++;
          }
        }
      }),
    );
    await s.close();
    const casesAfter = await countCases(store);
    const duplicates = casesAfter - new Set(ids.values()).size;
    const partial = await partialCases(store);
    figure(
      `crash: ${CYCLES} SIGKILL cycles (${killedWhileWriting} mid-write, ${(killMs / 1000).toFixed(1)} s): attempted keys=${attempted.size} acknowledged=${acked.size} acknowledged lost=${lost} cases before retry=${casesBefore} after=${casesAfter} duplicates=${duplicates} retry failures=${retryFailed} acknowledged id changed on retry=${ackMismatch} partial cases=${partial}`,
    );
    expect(killedWhileWriting).toBeGreaterThanOrEqual(Math.floor(CYCLES * 0.9));
    expect(acked.size).toBeGreaterThan(0);
    expect(lost).toBe(0);
    expect(retryFailed).toBe(0);
    expect(ackMismatch).toBe(0);
    expect(duplicates).toBe(0);
    expect(casesAfter).toBe(attempted.size);
    expect(partial).toBe(0);
  }, 240_000);

  it.skipIf(process.env.SECURITY_SKIP_PG_RESTART === '1')(
    'PostgreSQL restarted under load: 503 + Retry-After during the outage, acknowledged lost 0, partial 0',
    async () => {
      const cluster = clusterOf(url!);
      const s = await startServer(store);
      const seen: { status: number; retryAfter: string | null; at: number }[] = [];
      const recording: typeof fetch = async (input, init) => {
        const res = await fetch(input, init);
        seen.push({ status: res.status, retryAfter: res.headers.get('retry-after'), at: Date.now() });
        return res;
      };
      const client = createRecourseClient({
        baseUrl: s.url,
        fetch: recording as never,
        retry: { limit: 12, maxRetryAfterMs: 2000, backoffMs: () => 500 },
      });
      const before = await countCases(store);
      const acknowledged: string[] = [];
      let failed = 0;
      const failures: string[] = [];
      let stop = false;
      const writers = Array.from({ length: 6 }, async (_, w) => {
        let i = 0;
        while (!stop) {
          try {
            const created = await client.createCase(report(`restart.${w}.${i++}@example.com`));
            acknowledged.push(created.case.id);
          } catch (err) {
            failed++;
            if (failures.length < 5) failures.push(String(err));
          }
        }
      });
      await new Promise((r) => setTimeout(r, 800));
      // Asynchronously: the server and the writers keep running on this event loop while the
      // cluster goes down and comes back (spawnSync would freeze them for the whole outage).
      const t0 = Date.now();
      const okAtRestart = acknowledged.length;
      const restart = await run('pg_ctlcluster', [cluster.version, cluster.name, 'restart']);
      const t1 = Date.now();
      const okDuringRestart = acknowledged.length - okAtRestart;
      await new Promise((r) => setTimeout(r, 4000));
      stop = true;
      await Promise.all(writers);
      await s.close();
      const after = await countCases(store);
      const unavailable = seen.filter((x) => x.status === 503);
      const withRetryAfter = unavailable.filter((x) => x.retryAfter !== null && /^\d+$/.test(x.retryAfter));
      const duringOutage = withRetryAfter.filter((x) => x.at >= t0 && x.at <= t1).length;
      const others = seen.filter((x) => x.status !== 201 && x.status !== 503).map((x) => x.status);
      let lost = 0;
      for (const id of acknowledged) if (!(await store.getCase(id))) lost++;
      const partial = await partialCases(store);
      const ok = acknowledged.length;
      figure(
        `db restart (cluster ${cluster.version}/${cluster.name}, port ${cluster.port}): pg_ctlcluster exit=${restart.code} in ${t1 - t0} ms while 6 writers ran; creates acknowledged=${ok} (${okDuringRestart} during the restart, ${ok - okAtRestart - okDuringRestart} after) failed=${failed}; 503 answers=${unavailable.length} with Retry-After=${withRetryAfter.length} (${duringOutage} during the outage); other non-201 answers=${others.length}; acknowledged lost=${lost}; cases written=${after - before}; partial cases=${partial}`,
      );
      expect(restart.code, restart.output).toBe(0);
      // The outage was served: the server answered while PostgreSQL was down, with 503 + Retry-After.
      expect(duringOutage).toBeGreaterThan(0);
      expect(withRetryAfter.length).toBe(unavailable.length);
      expect(others).toEqual([]);
      expect(failures).toEqual([]);
      expect(ok - okAtRestart - okDuringRestart).toBeGreaterThan(0);
      expect(lost).toBe(0);
      expect(partial).toBe(0);
      // Every acknowledged create is there once; nothing else was written (failed is 0).
      expect(after - before).toBe(ok);
    },
    90_000,
  );
});
