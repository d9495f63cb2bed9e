/**
 * `pnpm demo`: the Recourse server for the fictional Lantern Wallet, on PGlite in `.data/demo`
 * (data survives restarts), or on PostgreSQL when `DATABASE_URL` is set. Seeds when empty and
 * prints the URLs and the agent key (once).
 *
 * Environment: PORT (8787), HOST (127.0.0.1), RECOURSE_DATA_DIR (.data/demo), DATABASE_URL,
 * RECOURSE_CORS_ORIGINS (comma-separated; default the local dev servers).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRecourseServer } from '../app';
import { seedDemo } from '../demo/seed';
import type { Logger } from '../options';
import { createPgliteStore, createPostgresStore } from '../store/index';

const dataDir = resolve(process.env.RECOURSE_DATA_DIR ?? '.data/demo');
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const origins = (
  process.env.RECOURSE_CORS_ORIGINS ??
  'http://localhost:6006,http://localhost:5173,http://127.0.0.1:5173,http://localhost:8000'
)
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const logger: Logger = {
  info: (r) => {
    if (process.env.RECOURSE_LOG === 'debug') console.log(JSON.stringify(r));
  },
  warn: (r) => console.warn(JSON.stringify({ level: 'warn', ...r })),
  error: (r) => console.error(JSON.stringify({ level: 'error', ...r })),
};

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const url = process.env.DATABASE_URL;
  const store = url
    ? await createPostgresStore({ connectionString: url })
    : await createPgliteStore({ dataDir: join(dataDir, 'db') });
  const demo = await seedDemo(store, { stateDir: dataDir });
  const server = createRecourseServer({
    store,
    config: demo.config,
    hooks: demo.hooks,
    // Lantern's lock, hold and credentials, in memory: the desk's freeze and restore act on them.
    actions: demo.actions,
    cors: { origins },
    logger,
  });
  const running = await server.serve({ port, hostname: host });
  const line = '─'.repeat(72);
  console.log(
    `\n${line}\n Recourse demo · ${demo.config.platform.name} (${store.engine}${url ? '' : `, ${join(dataDir, 'db')}`})\n${line}`,
  );
  console.log(` API            ${running.url}/v1/config`);
  console.log(` API docs       ${running.url}/v1/docs`);
  console.log(` OpenAPI        ${running.url}/v1/openapi.json`);
  console.log(` CORS origins   ${origins.join(', ')}`);
  if (demo.agentKey) {
    console.log(`\n Agent key (shown ONCE, only its hash is kept in ${join(dataDir, 'agents.json')}):`);
    console.log(`   Authorization: Bearer ${demo.agentKey}`);
  } else {
    console.log(
      `\n Agent key: printed at the first start. To get a new one, delete ${join(dataDir, 'agents.json')}.`,
    );
  }
  for (const c of demo.cases) {
    console.log(`\n Demo case ${c.number} — ${c.label}`);
    console.log(`   curl -H 'Authorization: Bearer ${c.accessToken}' ${running.url}/v1/cases/${c.id}`);
  }
  console.log(`${line}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
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
