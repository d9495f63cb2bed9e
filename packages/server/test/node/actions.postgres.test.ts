import { createPostgresStore } from '../../src/store/index';
import { runActionSuite } from '../actions.suite';
import { withPostgresSchema } from '../postgres-schema';

withPostgresSchema('act', (url, schema) =>
  runActionSuite('PostgreSQL', () => createPostgresStore({ connectionString: url, schema })),
);
