/**
 * `pnpm demo`: the Lantern Wallet help center on the embedded database (PGlite in `.data/demo`,
 * kept across restarts), or on PostgreSQL when DATABASE_URL is set. Prints the URLs, the demo
 * sign-ins and, at the first start, the agent key.
 *
 * Environment: PORT (8000), HOST (127.0.0.1), RECOURSE_DATA_DIR (.data/demo), DATABASE_URL,
 * SMTP_URL (the delivery worker sends email there instead of the demo mailbox).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPgliteStore, createPostgresStore } from '@recourse/server';
import { DEMO_LOGINS } from '@recourse/server/demo';
import { createHelpCenter } from './help-center';

const root = resolve(import.meta.dirname, '../../..');
const dataDir = resolve(root, process.env.RECOURSE_DATA_DIR ?? '.data/demo');
const port = Number(process.env.PORT ?? 8000);
const hostname = process.env.HOST ?? '127.0.0.1';

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const url = process.env.DATABASE_URL;
  const store = url
    ? await createPostgresStore({ connectionString: url })
    : await createPgliteStore({ dataDir: join(dataDir, 'db') });
  const smtpUrl = process.env.SMTP_URL || undefined;
  const center = await createHelpCenter({ store, stateDir: dataDir, ...(smtpUrl ? { smtpUrl } : {}) });
  const running = await center.serve({ port, hostname });
  const line = '─'.repeat(76);
  const out = [
    '',
    line,
    ` Lantern Wallet help center · Recourse demo (${store.engine}${url ? '' : ` in ${join(dataDir, 'db')}`})`,
    line,
    ` Help center        ${running.url}/`,
    ` Report a theft     ${running.url}/report.html`,
    ` Track a case       ${running.url}/track.html`,
    ` Secure an account  ${running.url}/secure.html`,
    ` Support desk       ${running.url}/desk.html`,
    ` Demo mailbox       ${running.url}/mailbox.html   (${center.mailbox ? `SMTP on ${center.mailbox.url}` : 'email goes to SMTP_URL'})`,
    ` Platform webhooks  ${running.url}/platform.html   (what the platform's receiver got, signatures checked)`,
    ` Health             ${running.url}/healthz   ${running.url}/readyz`,
    ` API docs           ${running.url}/v1/docs   (OpenAPI: ${running.url}/v1/openapi.json)`,
    '',
    ` Demo sign-ins      ${DEMO_LOGINS.map((l) => `${l.username} / ${l.password}`).join('   ')}`,
  ];
  if (center.agentKey) {
    out.push(
      ` Agent key          ${center.agentKey}`,
      '                    (shown once; only its hash is kept)',
    );
  } else {
    out.push(
      ` Agent key          printed at the first start; delete ${join(dataDir, 'agents.json')} for a new one`,
    );
  }
  for (const c of center.cases)
    out.push(` Demo case ${c.number}  ${running.url}/track.html#case=${c.id}&token=${c.accessToken}`);
  out.push(line, '');
  console.log(out.join('\n'));

  const stop = async () => {
    await running.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
