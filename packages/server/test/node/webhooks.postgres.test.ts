import { createPostgresStore } from '../../src/store/index';
import { withPostgresSchema } from '../postgres-schema';
import { runWebhookSuite } from '../webhooks.suite';

withPostgresSchema('hook', (url, schema) =>
  runWebhookSuite('PostgreSQL', () => createPostgresStore({ connectionString: url, schema })),
);
