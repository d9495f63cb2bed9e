import { runActionSuite } from '../actions.suite';
import { createTestPgliteStore } from '../pglite-template';

runActionSuite('PGlite', () => createTestPgliteStore());
