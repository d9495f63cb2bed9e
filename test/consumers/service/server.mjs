// @ts-check
// A platform's Node service: @recourse/server as npm installs it. PostgreSQL when DATABASE_URL is
// set (PG_SCHEMA picks a schema; the migrations run when the store opens), else PGlite in memory.
// Prints `listening on <url>`; stops on SIGTERM.
import process from 'node:process';
import { createPgliteStore, createPostgresStore, createRecourseServer } from '@recourse/server';
import { config } from './config.mjs';

const env = process.env;
const store = env.DATABASE_URL
  ? await createPostgresStore({
      connectionString: env.DATABASE_URL,
      ...(env.PG_SCHEMA ? { schema: env.PG_SCHEMA } : {}),
    })
  : await createPgliteStore({});
const server = createRecourseServer({
  store,
  config,
  cors: { origins: (env.CORS_ORIGINS ?? '').split(',').filter(Boolean) },
});
const running = await server.serve({ port: Number(env.PORT ?? 8787), hostname: '127.0.0.1' });
console.log(`listening on ${running.url}`);

process.once('SIGTERM', async () => {
  server.close();
  await running.close();
  await store.close();
  process.exit(0);
});
