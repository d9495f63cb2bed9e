import { runLockSuite } from '../locks.suite';
import { createTestPgliteStore } from '../pglite-template';

runLockSuite('PGlite', () => createTestPgliteStore());
