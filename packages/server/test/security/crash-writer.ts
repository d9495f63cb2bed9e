/**
 * The writer of the crash-safety test: the real server (PostgreSQL store) and the core client in
 * one process, filing reports as fast as it can until it is killed with SIGKILL. Before each
 * request it appends `{ key, body }` to `attempted.log`, after each 201 `{ key, id }` to
 * `acked.log`; both are fsync'd, so the parent knows exactly what was acknowledged.
 *
 * Usage: node writer.mjs <DATABASE_URL> <schema> <dir> <key prefix>
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRecourseClient } from '@recourse/core';
import { DEMO_CONFIG } from '../../src/demo/platform';
import { createPostgresStore, createRecourseServer } from '../../src/index';

const [url, schema, dir, prefix] = process.argv.slice(2) as [string, string, string, string];
const generous = { limit: 1_000_000, windowSeconds: 60 };

const store = await createPostgresStore({ connectionString: url, schema, migrate: false, max: 8 });
const server = createRecourseServer({
  store,
  config: DEMO_CONFIG,
  logger: { info() {}, warn() {}, error() {} },
  createCaseMinMs: 0,
  rateLimits: {
    reportsPerIp: generous,
    reportsPerAccount: generous,
    tokenAttempts: generous,
    commandsPerCase: generous,
    agentAuthFailures: generous,
  },
});
const running = await server.serve({ port: 0 });
const client = createRecourseClient({ baseUrl: running.url, retry: { limit: 5, maxRetryAfterMs: 2000 } });
const attempted = openSync(join(dir, 'attempted.log'), 'a');
const acked = openSync(join(dir, 'acked.log'), 'a');
const line = (fd: number, value: unknown) => {
  writeSync(fd, `${JSON.stringify(value)}\n`);
  fsyncSync(fd);
};

let n = 0;
process.stdout.write('ready\n');
const at = new Date(Date.now() - 3_600_000).toISOString();
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (;;) {
      const key = `${prefix}-${n++}`;
      const body = {
        account: { kind: 'email' as const, value: `crash.${key}@example.com` },
        contact: { email: 'reporter.own@example.net', language: 'en' as const },
        discoveredAt: at,
        access: { canSignIn: false, passwordReset: 'failed' as const },
        activities: [{ kind: 'other' as const, description: `written by ${key}` }],
        narrative: `crash test ${key}`,
        attachments: [],
        channel: 'web_form' as const,
        consent: true as const,
      };
      line(attempted, { key, body });
      const created = await client.createCase(body, { idempotencyKey: key });
      line(acked, { key, id: created.case.id });
    }
  }),
);
closeSync(attempted);
closeSync(acked);
