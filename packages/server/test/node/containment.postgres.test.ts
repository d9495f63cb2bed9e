import { createPostgresStore } from '../../src/store/index';
import { runContainmentSuite } from '../containment.suite';
import { withPostgresSchema } from '../postgres-schema';

withPostgresSchema('cont', (url, schema) =>
  runContainmentSuite('PostgreSQL', () => createPostgresStore({ connectionString: url, schema })),
);
